import { ActivityTypes, type TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  DialogReason,
  TextPrompt,
  WaterfallDialog,
  type DialogContext,
  type DialogInstance,
  type DialogTurnResult,
  type PromptValidatorContext,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { matchIntent } from '../src/bot/intents';
import type { BotServices } from '../src/bot/services';
import { turnLang, turnT } from '../src/bot/turn';
import { surveyContent } from '../src/surveys/content';
import { NOTICE_VERSION } from '../src/surveys/notice';
import { scoreAnswers, type QuizScore } from '../src/surveys/scoring';
import { surveySettings } from '../src/surveys/settings';
import { ConsentDialog, type ConsentOutcome } from './consentDialog';
import { ROUTER_WATERFALL } from './ids';
import { withQuickReplies } from './menu';
import { choiceMatcher, phraseMatcher, RESUME_PHRASES } from './surveyChoices';
import { CONSENT_DIALOG, PROFILE_DIALOG, SURVEY_DIALOG, SURVEY_QUESTIONS, SURVEY_RESUME_PROMPT, SURVEY_WATERFALL } from './surveyIds';
import { SurveyProfileDialog, type ProfileOptions } from './surveyProfile';
import { SurveyQuestionsDialog, type QuestionsResult } from './surveyQuestions';
import { resultMessages } from './surveyResult';
import { clearProgress, getProgress, setProgress, type SurveyProgress } from './surveyState';

export interface SurveyOptions {
  /** The message that opened the survey ("Khám phá nghề…", "tiếp tục"). */
  text?: string;
}

type Start = { resumed: true } | ConsentOutcome;

/**
 * The career-interest quiz from start to end: resume or restart an unfinished quiz, consent (or anonymous
 * mode), the items, the result, the optional profile, and the offer to talk to a counselor. Answers are kept
 * in user state every turn (see surveyState.ts). When the main dialog cancels the quiz ("menu", "help") the
 * answers are kept for "tiếp tục"; "hủy" and "bắt đầu lại" discard them.
 */
export class SurveyDialog extends ComponentDialog {
  private readonly isResume: (text: string | undefined) => boolean;
  private readonly resumeChoice: (text: string | undefined) => 'continue' | 'restart' | undefined;

  constructor(private readonly services: BotServices) {
    super(SURVEY_DIALOG);
    surveyContent(services.i18n);
    this.isResume = phraseMatcher(services.i18n, RESUME_PHRASES, 'survey:continueButton');
    this.resumeChoice = choiceMatcher(services.i18n, { continue: 'survey:resume.continue', restart: 'survey:resume.restart' }, { continue: RESUME_PHRASES, restart: ['lam lai', 'lam moi', 'bai moi', 'new quiz'] });
    this.addDialog(new ConsentDialog(services));
    this.addDialog(new SurveyQuestionsDialog(services));
    this.addDialog(new SurveyProfileDialog(services));
    this.addDialog(new TextPrompt(SURVEY_RESUME_PROMPT, (p: PromptValidatorContext<string>) => Promise.resolve(this.resumeChoice(p.recognized.value) !== undefined)));
    this.addDialog(
      new WaterfallDialog(SURVEY_WATERFALL, [(s) => this.start(s), (s) => this.consent(s), (s) => this.begin(s), (s) => this.finish(s), (s) => this.close(s)]),
    );
    this.initialDialogId = SURVEY_WATERFALL;
  }

  private async start(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const text = (step.options as SurveyOptions | undefined)?.text;
    const progress = await getProgress(this.services, step.context);
    const t = turnT(step.context, this.services.i18n);
    const { itemSet, items } = surveyContent(this.services.i18n);
    if (progress && progress.itemSet !== itemSet) await clearProgress(this.services, step.context);
    if (progress?.itemSet === itemSet) {
      if (this.isResume(text)) return step.next('continue');
      const choices = [t('survey:resume.continue'), t('survey:resume.restart')];
      return step.prompt(SURVEY_RESUME_PROMPT, {
        prompt: withQuickReplies(t('survey:resume.ask', { done: progress.answers.length, total: items.length }), choices),
        retryPrompt: withQuickReplies(t('survey:resume.retry'), choices),
      });
    }
    if (this.isResume(text)) {
      await step.context.sendActivity(withQuickReplies(t('survey:resume.nothing'), [t('common:menu.quiz'), t('common:menu.back')]));
      return step.endDialog();
    }
    return step.next('restart');
  }

  /** Resumes, or starts afresh: an earlier consent to the current notice is reused, otherwise it is asked. */
  private async consent(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (this.resumeChoice(step.result as string) === 'continue') return step.next({ resumed: true } satisfies Start);
    await clearProgress(this.services, step.context);
    const active = await this.services.stores.consents.active(step.context.activity.from.id);
    if (active?.textVersion === NOTICE_VERSION) {
      await step.context.sendActivity(turnT(step.context, this.services.i18n)('privacy:consent.existing'));
      return step.next({ mode: 'stored', ageBand: active.ageBand, consentId: active.id } satisfies Start);
    }
    return step.beginDialog(CONSENT_DIALOG);
  }

  private async begin(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const start = step.result as Start | undefined;
    if (!start) return step.endDialog();
    if (!('resumed' in start)) {
      const { itemSet, items } = surveyContent(this.services.i18n);
      const progress: SurveyProgress = {
        itemSet,
        answers: [],
        mode: start.mode,
        ageBand: start.ageBand,
        ...(start.mode === 'stored' ? { consentId: start.consentId } : {}),
        startedAt: this.services.now().toISOString(),
      };
      await setProgress(this.services, step.context, progress);
      await step.context.sendActivity(turnT(step.context, this.services.i18n)('survey:intro', { total: items.length }));
    }
    return step.beginDialog(SURVEY_QUESTIONS);
  }

  /** Scores, shows and (with consent) stores the result; the answers are dropped from user state. */
  private async finish(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const outcome = step.result as QuestionsResult | undefined;
    const progress = await getProgress(this.services, step.context);
    if (!outcome?.completed || !progress) return step.endDialog(outcome);
    const content = surveyContent(this.services.i18n);
    const score = scoreAnswers(content.items, progress.answers);
    await clearProgress(this.services, step.context);
    const t = turnT(step.context, this.services.i18n);
    const messages = resultMessages(t, turnLang(step.context), content, score, surveySettings(this.services).programmes);
    for (const text of messages) await step.context.sendActivity({ type: ActivityTypes.Message, text });
    const stored = progress.mode === 'stored' && progress.consentId ? await this.store(step.context, progress, score) : undefined;
    await step.context.sendActivity(t(stored ? 'survey:result.saved' : 'survey:result.notSaved'));
    if (stored && !stored.hadProfile) return step.beginDialog(PROFILE_DIALOG, { resultId: stored.id, ageBand: progress.ageBand } satisfies ProfileOptions);
    return step.next();
  }

  /** Stores the result, unless consent was withdrawn meanwhile (then nothing is stored). */
  private async store(context: TurnContext, progress: SurveyProgress, score: QuizScore): Promise<{ id: string; hadProfile: boolean } | undefined> {
    const { stores } = this.services;
    const userId = context.activity.from.id;
    const consent = await stores.consents.active(userId);
    if (!consent || consent.id !== progress.consentId) return undefined;
    const profile = await stores.surveyProfiles.get(userId);
    const saved = await stores.surveyResults.save({
      userId,
      consentId: consent.id,
      channel: context.activity.channelId,
      lang: turnLang(context),
      itemSet: progress.itemSet,
      completedAt: this.services.now().toISOString(),
      scores: score.scores,
      maxScore: score.maxScore,
      code: score.code,
      ageBand: progress.ageBand,
      ...(profile?.grade ? { grade: profile.grade } : {}),
      ...(profile?.locality ? { locality: profile.locality } : {}),
      ...(profile?.gender ? { gender: profile.gender } : {}),
    });
    return { id: saved.id, hadProfile: profile !== undefined };
  }

  private async close(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = turnT(step.context, this.services.i18n);
    const choices = [t('common:menu.counselor'), t('common:menu.training'), t('common:menu.quiz'), t('common:menu.back')];
    await step.context.sendActivity(withQuickReplies(t('survey:result.closing'), choices));
    return step.endDialog();
  }

  /** Another menu choice during the quiz: the quiz is kept, and the main router handles the same message. */
  protected override async endComponent(outerDC: DialogContext, result: unknown): Promise<DialogTurnResult> {
    if ((result as QuestionsResult | undefined)?.reroute) return outerDC.replaceDialog(ROUTER_WATERFALL);
    return outerDC.endDialog(result);
  }

  /** Cancelled by a global command: "hủy"/"bắt đầu lại" discard the answers; "menu"/"help" keep them. */
  override async endDialog(context: TurnContext, instance: DialogInstance, reason: DialogReason): Promise<void> {
    if (reason === DialogReason.cancelCalled) {
      const intent = matchIntent(this.services.intents, context.activity.text);
      const progress = await getProgress(this.services, context);
      if (intent === 'cancel' || intent === 'restart') await clearProgress(this.services, context);
      else if (progress) {
        const t = turnT(context, this.services.i18n);
        await context.sendActivity(t('survey:pausedAside', { n: progress.answers.length + 1, total: surveyContent(this.services.i18n).items.length }));
      }
    }
    await super.endDialog(context, instance, reason);
  }
}
