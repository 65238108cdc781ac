import { ActivityTypes, type TurnContext } from 'botbuilder';
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { matchIntent, MENU_ITEMS } from '../src/bot/intents';
import type { BotServices } from '../src/bot/services';
import { turnLang, turnT } from '../src/bot/turn';
import { markNoTranscript } from '../src/privacy/markers';
import { SAFETY_TURN_KEY } from '../src/safety';
import { surveyContent } from '../src/surveys/content';
import type { Answer } from '../src/surveys/types';
import { FaqResponder } from './faq';
import { withQuickReplies } from './menu';
import { answerMatcher, BACK_PHRASES, PAUSE_PHRASES, phraseMatcher, RESUME_PHRASES } from './surveyChoices';
import { SURVEY_QUESTIONS } from './surveyIds';
import { getProgress, setProgress, type SurveyProgress } from './surveyState';

/** How the question loop ended. `reroute`: the user picked another menu item; the quiz is kept for later. */
export interface QuestionsResult {
  completed?: boolean;
  paused?: boolean;
  reroute?: boolean;
}

/** A message this long (in words) that is not an answer is taken for a question to the FAQ. */
const QUESTION_MIN_WORDS = 4;

/**
 * Asks the items one by one ("Câu 7/36") with quick replies, and keeps the answers in user state after every
 * turn. Besides an answer it understands "quay lại" (change the last answer), "tạm dừng" (pause), another menu
 * choice (pause, then go there), a question (answered by the FAQ, then the item is asked again) and anything
 * else (a kind re-prompt). A turn the safety middleware answered is not taken as an answer.
 */
export class SurveyQuestionsDialog extends Dialog {
  private readonly faq: FaqResponder;
  private readonly answer: (text: string | undefined) => Answer | undefined;
  private readonly isBack: (text: string | undefined) => boolean;
  private readonly isPause: (text: string | undefined) => boolean;
  private readonly isResume: (text: string | undefined) => boolean;

  constructor(private readonly services: BotServices) {
    super(SURVEY_QUESTIONS);
    this.faq = new FaqResponder(services);
    this.answer = answerMatcher(services.i18n);
    this.isBack = phraseMatcher(services.i18n, BACK_PHRASES, 'survey:back');
    this.isPause = phraseMatcher(services.i18n, PAUSE_PHRASES, 'survey:pause');
    this.isResume = phraseMatcher(services.i18n, RESUME_PHRASES, 'survey:continueButton');
  }

  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const progress = await getProgress(this.services, dc.context);
    if (!progress) return dc.endDialog({} satisfies QuestionsResult);
    await this.ask(dc.context, progress);
    return Dialog.EndOfTurn;
  }

  /** Asks the current item again (e.g. after "Mình ổn, tiếp tục" on a safety reply). */
  override async repromptDialog(context: TurnContext): Promise<void> {
    const progress = await getProgress(this.services, context);
    if (progress) await this.ask(context, progress, 'survey:afterSafety');
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const { context } = dc;
    const progress = await getProgress(this.services, context);
    if (!progress) return dc.endDialog({} satisfies QuestionsResult);
    const text = context.activity.type === ActivityTypes.Message ? context.activity.text?.trim() : undefined;
    if (context.turnState.get(SAFETY_TURN_KEY) !== undefined) {
      await this.ask(context, progress, 'survey:afterSafety');
      return Dialog.EndOfTurn;
    }
    const answer = this.answer(text);
    if (answer !== undefined) return this.record(dc, progress, answer);
    if (this.isBack(text)) return this.back(context, progress);
    if (this.isPause(text)) return this.pause(dc, progress, 'survey:paused', { paused: true });
    const intent = matchIntent(this.services.intents, text);
    if (intent && intent !== 'quiz' && (MENU_ITEMS as readonly string[]).includes(intent)) {
      return this.pause(dc, progress, 'survey:pausedAside', { reroute: true });
    }
    if (text && intent !== 'quiz' && !this.isResume(text) && this.looksLikeQuestion(context, text)) {
      await this.faq.answerQuestion(context, text);
      await this.ask(context, progress, 'survey:afterQuestion');
      return Dialog.EndOfTurn;
    }
    markNoTranscript(context);
    await this.ask(context, progress, intent === 'quiz' || this.isResume(text) ? undefined : 'survey:retry');
    return Dialog.EndOfTurn;
  }

  private async record(dc: DialogContext, progress: SurveyProgress, answer: Answer): Promise<DialogTurnResult> {
    markNoTranscript(dc.context);
    const total = surveyContent(this.services.i18n).items.length;
    progress.answers.push(answer);
    await setProgress(this.services, dc.context, progress);
    if (progress.answers.length >= total) return dc.endDialog({ completed: true } satisfies QuestionsResult);
    await this.ask(dc.context, progress);
    return Dialog.EndOfTurn;
  }

  private async back(context: TurnContext, progress: SurveyProgress): Promise<DialogTurnResult> {
    markNoTranscript(context);
    if (progress.answers.length === 0) {
      await this.ask(context, progress, 'survey:backAtFirst');
      return Dialog.EndOfTurn;
    }
    progress.answers.pop();
    await setProgress(this.services, context, progress);
    await this.ask(context, progress, 'survey:backDone');
    return Dialog.EndOfTurn;
  }

  /** Keeps the answers (they are already in user state) and ends the loop; the quiz resumes with "tiếp tục". */
  private async pause(dc: DialogContext, progress: SurveyProgress, key: string, result: QuestionsResult): Promise<DialogTurnResult> {
    const t = turnT(dc.context, this.services.i18n);
    const vars = { n: progress.answers.length + 1, total: surveyContent(this.services.i18n).items.length };
    if (result.paused) {
      markNoTranscript(dc.context);
      await dc.context.sendActivity(withQuickReplies(t(key, vars), [t('survey:continueButton'), t('common:menu.back')]));
    } else {
      await dc.context.sendActivity(t(key, vars));
    }
    return dc.endDialog(result);
  }

  /** A question for the FAQ rather than a mistyped answer: a question mark, several words, or a confident KB match. */
  private looksLikeQuestion(context: TurnContext, text: string): boolean {
    if (text.includes('?') || text.split(/\s+/).length >= QUESTION_MIN_WORDS) return true;
    return this.services.knowledge.answerer.ask(text, turnLang(context)).kind !== 'abstain';
  }

  /** Asks the next unanswered item, with an optional lead line ("Mình chưa hiểu…"). */
  private async ask(context: TurnContext, progress: SurveyProgress, leadKey?: string): Promise<void> {
    const t = turnT(context, this.services.i18n);
    const { items } = surveyContent(this.services.i18n);
    const index = Math.min(progress.answers.length, items.length - 1);
    const item = items[index];
    const question = t('survey:question', { n: index + 1, total: items.length, text: t(`surveyContent:items.${item?.id ?? ''}`) });
    const buttons = [t('survey:answers.like'), t('survey:answers.neutral'), t('survey:answers.dislike')];
    if (index > 0) buttons.push(t('survey:back'));
    buttons.push(t('survey:pause'));
    await context.sendActivity(withQuickReplies(leadKey ? `${t(leadKey)}\n\n${question}` : question, buttons));
  }
}
