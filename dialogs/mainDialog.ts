import { ActivityTypes, type TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  DialogTurnStatus,
  WaterfallDialog,
  type DialogContext,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { isGreeting, matchIntent, type Intent } from '../src/bot/intents';
import type { BotServices } from '../src/bot/services';
import { turnT } from '../src/bot/turn';
import { wantsCounselor } from '../src/handoff/triggers';
import { DeleteDataDialog } from './deleteDataDialog';
import { FaqResponder } from './faq';
import { HANDOFF_DIALOG, HandoffDialog } from './handoffDialog';
import { LANGUAGE_DIALOG, MAIN_DIALOG, ROUTER_WATERFALL } from './ids';
import { LanguageDialog } from './languageDialog';
import { sendMenu } from './menu';
import { SurveyDialog } from './surveyDialog';
import { DELETE_DATA_DIALOG, SURVEY_DIALOG } from './surveyIds';

/**
 * The root dialog. Each message that no child dialog is waiting for is routed here: a menu choice starts
 * its dialog, anything else goes to the knowledge base (FAQ). Global commands (menu, cancel, restart, help) interrupt
 * whatever child is running, in any language, with or without diacritics.
 */
export class MainDialog extends ComponentDialog {
  private readonly faq: FaqResponder;

  constructor(private readonly services: BotServices) {
    super(MAIN_DIALOG);
    this.faq = new FaqResponder(services);
    this.addDialog(new LanguageDialog(services));
    this.addDialog(new SurveyDialog(services));
    this.addDialog(new DeleteDataDialog(services));
    this.addDialog(new HandoffDialog(services));
    this.addDialog(new WaterfallDialog(ROUTER_WATERFALL, [(s) => this.route(s), (s) => this.done(s)]));
    this.initialDialogId = ROUTER_WATERFALL;
  }

  override async onContinueDialog(inner: DialogContext): Promise<DialogTurnResult> {
    const intent = this.intentOf(inner);
    if (intent === 'resume') {
      // Back to the flow a safety message paused: ask its current question again.
      await inner.repromptDialog();
      return { status: DialogTurnStatus.waiting };
    }
    if (intent === 'menu' || intent === 'cancel' || intent === 'restart' || intent === 'help') {
      await inner.cancelAllDialogs();
      await this.runCommand(inner.context, intent);
      return inner.endDialog();
    }
    return super.onContinueDialog(inner);
  }

  private intentOf(dc: DialogContext): Intent | undefined {
    const a = dc.context.activity;
    return a.type === ActivityTypes.Message ? matchIntent(this.services.intents, a.text) : undefined;
  }

  private async runCommand(context: TurnContext, intent: 'menu' | 'cancel' | 'restart' | 'help'): Promise<void> {
    const t = turnT(context, this.services.i18n);
    const lead = { menu: undefined, cancel: t('common:cancel.done'), restart: t('common:restart.done'), help: t('common:help.text') }[intent];
    await sendMenu(context, t, lead ? `${lead}\n\n${t('common:menu.prompt')}` : undefined);
  }

  /**
   * Answers a message that needs no dialog — a command, a tap on something offered last turn, a topic menu, a
   * greeting, a question for the knowledge base — and returns undefined; returns the dialog to start, having
   * done nothing, when the message starts one (language, counselor, quiz, delete data). The bot calls this first
   * when no dialog is active, so most turns never build the dialog stack; `route` calls it too, so both agree.
   */
  async answerWithoutDialog(context: TurnContext): Promise<DialogStart | undefined> {
    const { activity } = context;
    const t = turnT(context, this.services.i18n);
    const text = activity.text?.trim();
    if (!text) {
      await sendMenu(context, t, t('common:nonText.unsupported'));
      return undefined;
    }
    const intent = activity.type === ActivityTypes.Message ? matchIntent(this.services.intents, text) : undefined;
    if (intent === 'menu' || intent === 'cancel' || intent === 'restart' || intent === 'help' || intent === 'resume') {
      await this.runCommand(context, intent === 'resume' ? 'menu' : intent);
      return undefined;
    }
    // A tap on (or the typed words of) a quick reply the FAQ offered last turn.
    if (await this.faq.handleOffer(context, text)) return undefined;
    const start = dialogIntent(intent, text);
    if (start) return start;
    if (intent === 'training' || intent === 'jobs' || intent === 'abroad' || intent === 'rights') {
      await this.faq.showTopic(context, intent);
      return undefined;
    }
    if (isGreeting(text)) {
      // "xin chào" again later in the conversation: greet back and show the menu, not "I don't know that".
      await sendMenu(context, t, `${t('common:greeting.again')}\n\n${t('common:menu.prompt')}`);
      return undefined;
    }
    await this.faq.answerQuestion(context, text);
    return undefined;
  }

  private async route(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const start = await this.answerWithoutDialog(step.context);
    const text = step.context.activity.text?.trim() ?? '';
    switch (start) {
      case 'language':
        return step.beginDialog(LANGUAGE_DIALOG, { text });
      case 'counselor':
        return step.beginDialog(HANDOFF_DIALOG);
      case 'quiz':
        return step.beginDialog(SURVEY_DIALOG, { text });
      case 'deleteData':
        return step.beginDialog(DELETE_DATA_DIALOG);
      default:
        return step.endDialog();
    }
  }

  private async done(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.endDialog(step.result);
  }
}

/** The menu choices that start a child dialog. */
type DialogStart = 'language' | 'counselor' | 'quiz' | 'deleteData';

/** The dialog a message starts (undefined for everything `answerWithoutDialog` answers itself). */
function dialogIntent(intent: Intent | undefined, text: string): DialogStart | undefined {
  if (intent === 'language' || intent === 'quiz' || intent === 'deleteData') return intent;
  if (intent === 'counselor' || (!intent && wantsCounselor(text))) return 'counselor';
  return undefined;
}
