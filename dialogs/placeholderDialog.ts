import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { BotServices } from '../src/bot/services';
import { turnT } from '../src/bot/turn';
import type { MenuItem } from '../src/bot/intents';
import { PLACEHOLDER_DIALOG } from './ids';
import { sendMenu } from './menu';

export interface PlaceholderOptions {
  feature: MenuItem;
}

/** Stands in for a menu feature that a later release adds: says so kindly and shows the menu again. */
export class PlaceholderDialog extends Dialog<PlaceholderOptions> {
  constructor(private readonly services: BotServices) {
    super(PLACEHOLDER_DIALOG);
  }

  override async beginDialog(dc: DialogContext, options?: PlaceholderOptions): Promise<DialogTurnResult> {
    const t = turnT(dc.context, this.services.i18n);
    const feature = t(`common:menu.${options?.feature ?? 'training'}`);
    await sendMenu(dc.context, t, t('common:placeholder.comingSoon', { feature }));
    return dc.endDialog();
  }
}
