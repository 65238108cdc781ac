import type { Middleware, TurnContext } from 'botbuilder';
import { toLang } from '../i18n';
import type { BotState } from './state';
import { setTurnLang } from './turn';

/**
 * Decides the turn's language before anything else answers (the safety reply must already be in the
 * user's language): the saved preference, else the activity locale. It only reads state; the bot saves it.
 */
export class LanguageMiddleware implements Middleware {
  constructor(private readonly state: BotState) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const profile = await this.state.profile.get(context, {});
    setTurnLang(context, profile.lang ?? toLang(context.activity.locale));
    await next();
  }
}
