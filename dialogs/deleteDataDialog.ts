import { ComponentDialog, TextPrompt, WaterfallDialog, type PromptValidatorContext, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import type { BotServices } from '../src/bot/services';
import { turnLang, turnT } from '../src/bot/turn';
import { DataEraser, type ErasureTarget } from '../src/privacy/eraser';
import { ERASE_AFTER_TURN, markNoTranscript } from '../src/privacy/markers';
import { withdrawSurveyConsent } from '../src/privacy/withdraw';
import { sendMenu, withQuickReplies } from './menu';
import { choiceMatcher } from './surveyChoices';
import { DELETE_DATA_DIALOG, DELETE_DATA_PROMPT, DELETE_DATA_WATERFALL } from './surveyIds';
import { clearProgress } from './surveyState';

type Choice = 'all' | 'withdraw' | 'keep';

/**
 * "Xóa dữ liệu của tôi" / "delete my data": shows what the bot holds about the user, then, after a
 * confirmation, either deletes everything from every store (DataEraser) or only withdraws survey consent
 * (processing stops; results and profile are deleted). Nothing is deleted without the confirmation.
 */
export class DeleteDataDialog extends ComponentDialog {
  private readonly choice: (text: string | undefined) => Choice | undefined;
  private readonly eraser: DataEraser;

  constructor(private readonly services: BotServices) {
    super(DELETE_DATA_DIALOG);
    this.eraser = new DataEraser(services.stores);
    this.choice = choiceMatcher<Choice>(
      services.i18n,
      { all: 'privacy:delete.all', withdraw: 'privacy:delete.withdraw', keep: 'privacy:delete.keep' },
      {
        all: ['xoa', 'xoa het', 'xoa tat ca', 'dong y xoa', 'co', 'yes', 'delete', 'delete all', 'delete it all'],
        withdraw: ['rut dong y', 'rut lai dong y', 'withdraw'],
        keep: ['khong', 'ko', 'khong xoa', 'giu lai', 'no', 'keep', 'dont delete'],
      },
    );
    this.addDialog(new TextPrompt(DELETE_DATA_PROMPT, (p: PromptValidatorContext<string>) => {
      markNoTranscript(p.context);
      return Promise.resolve(this.choice(p.recognized.value) !== undefined);
    }));
    this.addDialog(new WaterfallDialog(DELETE_DATA_WATERFALL, [(s) => this.ask(s), (s) => this.act(s)]));
    this.initialDialogId = DELETE_DATA_WATERFALL;
  }

  /** What is held: results (with the latest code), the active consent, the profile, and chat history. */
  private async summary(context: TurnContext): Promise<{ lines: string[]; consent: boolean }> {
    const t = turnT(context, this.services.i18n);
    const userId = context.activity.from.id;
    const { stores } = this.services;
    const [results, consent, profile] = await Promise.all([stores.surveyResults.listByUser(userId), stores.consents.active(userId), stores.surveyProfiles.get(userId)]);
    const date = (iso: string) => new Date(iso).toLocaleDateString(turnLang(context) === 'vi' ? 'vi-VN' : 'en-GB', { timeZone: 'Asia/Ho_Chi_Minh' });
    const lines = [
      results[0] ? t('privacy:delete.results', { count: results.length, code: results[0].code }) : undefined,
      consent ? t('privacy:delete.consent', { date: date(consent.givenAt) }) : undefined,
      profile ? t('privacy:delete.profile') : undefined,
    ].filter((x): x is string => x !== undefined);
    return { lines, consent: consent !== undefined };
  }

  private async ask(step: WaterfallStepContext) {
    markNoTranscript(step.context);
    const t = turnT(step.context, this.services.i18n);
    const { lines, consent } = await this.summary(step.context);
    const head = lines.length > 0 ? [t('privacy:delete.summary'), ...lines, t('privacy:delete.chat')] : [t('privacy:delete.nothing'), t('privacy:delete.summary'), t('privacy:delete.chat')];
    const choices = [t('privacy:delete.all'), ...(consent ? [t('privacy:delete.withdraw')] : []), t('privacy:delete.keep')];
    return step.prompt(DELETE_DATA_PROMPT, {
      prompt: withQuickReplies(`${head.join('\n')}\n\n${t('privacy:delete.ask')}`, choices),
      retryPrompt: withQuickReplies(t('privacy:delete.retry'), choices),
    });
  }

  private async act(step: WaterfallStepContext) {
    const { context } = step;
    const choice = this.choice(step.result as string);
    if (choice === 'all') {
      const t = turnT(context, this.services.i18n);
      const target: ErasureTarget = { userId: context.activity.from.id, conversationId: context.activity.conversation.id };
      await this.eraser.erase(target);
      // The bot saves state and the transcript logger writes this turn after the dialog: clear the cached
      // state now, and let ErasureMiddleware erase once more when the turn is over.
      await this.services.state.userState.clear(context);
      await this.services.state.conversationState.clear(context);
      context.turnState.set(ERASE_AFTER_TURN, target);
      await sendMenu(context, t, t('privacy:delete.done'));
      return step.endDialog();
    }
    const t = turnT(context, this.services.i18n);
    if (choice === 'withdraw') {
      await withdrawSurveyConsent(this.services.stores, context.activity.from.id, this.services.now());
      await clearProgress(this.services, context);
      await sendMenu(context, t, t('privacy:delete.withdrawn'));
    } else {
      await sendMenu(context, t, t('privacy:delete.kept'));
    }
    return step.endDialog();
  }
}
