import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { BotServices } from '../src/bot/services';
import { ABSTAIN_STREAK_OFFER } from './faq';

/** Dialog id (kept here with the dialog: dialogs/ids.ts belongs to the main router). */
export const HANDOFF_DIALOG = 'handoffDialog';

/**
 * "Talk to a counselor" (menu, typed phrases, the safety answer's button, the FAQ's offer after three
 * unanswered questions): opens the request and ends. From here on the handoff gate owns the conversation —
 * the teen's messages go to the counselors, and the bot stays silent until a counselor returns the chat.
 */
export class HandoffDialog extends Dialog {
  constructor(private readonly services: BotServices) {
    super(HANDOFF_DIALOG);
  }

  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const faq = await this.services.faqState.get(dc.context, {});
    const reason = (faq.abstainStreak ?? 0) >= ABSTAIN_STREAK_OFFER ? 'abstentions' : 'user_request';
    faq.abstainStreak = 0;
    faq.offers = {};
    await this.services.handoff.intake.fromUser(dc.context, reason);
    return dc.endDialog();
  }
}
