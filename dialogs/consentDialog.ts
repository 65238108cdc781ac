import { ComponentDialog, TextPrompt, WaterfallDialog, type PromptValidatorContext, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { BotServices } from '../src/bot/services';
import { turnT } from '../src/bot/turn';
import { markNoTranscript } from '../src/privacy/markers';
import { NOTICE_VERSION } from '../src/surveys/notice';
import { surveySettings } from '../src/surveys/settings';
import { AGE_BANDS, NEEDS_PARENT, type AgeBand } from '../src/surveys/types';
import { withQuickReplies } from './menu';
import { ageBandMatcher, choiceMatcher } from './surveyChoices';
import { CONSENT_AGE_PROMPT, CONSENT_CHOICE_PROMPT, CONSENT_DIALOG, CONSENT_WATERFALL } from './surveyIds';

/** What the consent dialog decided: store under a consent record, or stay anonymous (store nothing). */
export type ConsentOutcome = { mode: 'stored'; ageBand: AgeBand; consentId: string } | { mode: 'anonymous'; ageBand: AgeBand };

type Choice = 'agree' | 'parentAgrees' | 'anonymous';
interface ConsentValues {
  ageBand: AgeBand;
}

/**
 * Consent before anything personal is stored (Law 91/2025/QH15, Decree 356/2025; reference facts.md §5): the
 * age band first, then the short privacy notice, then the choice. Under 16 only "my parents agree" stores (a
 * plain "I agree" is not enough); anyone may continue anonymously. The consent is recorded with the notice
 * version and time; anonymous mode records nothing at all.
 */
export class ConsentDialog extends ComponentDialog {
  private readonly age: (text: string | undefined) => AgeBand | undefined;
  private readonly choice: (text: string | undefined) => Choice | undefined;

  constructor(private readonly services: BotServices) {
    super(CONSENT_DIALOG);
    this.age = ageBandMatcher(services.i18n);
    this.choice = choiceMatcher<Choice>(
      services.i18n,
      { agree: 'privacy:consent.agree', parentAgrees: 'privacy:consent.parentAgrees', anonymous: 'privacy:consent.anonymous' },
      {
        agree: ['dong y', 'toi dong y', 'minh dong y', 'co', 'ok', 'yes', 'i agree', 'agree', 'keep it'],
        parentAgrees: ['bo me dong y', 'ba me dong y', 'bo me minh dong y', 'ba me minh dong y', 'phu huynh dong y', 'parents agree', 'my parents agreed', 'parent agrees'],
        anonymous: ['an danh', 'lam an danh', 'khong luu', 'ko luu', 'dung luu', 'anonymous', 'anonymously', 'dont keep', 'do not keep'],
      },
    );
    this.addDialog(new TextPrompt(CONSENT_AGE_PROMPT, (p) => this.validAge(p)));
    this.addDialog(new TextPrompt(CONSENT_CHOICE_PROMPT, (p) => this.validChoice(p)));
    this.addDialog(new WaterfallDialog(CONSENT_WATERFALL, [(s) => this.askAge(s), (s) => this.askChoice(s), (s) => this.record(s)]));
    this.initialDialogId = CONSENT_WATERFALL;
  }

  private async askAge(step: WaterfallStepContext) {
    const t = turnT(step.context, this.services.i18n);
    const bands = AGE_BANDS.map((b) => t(`privacy:consent.ages.${b}`));
    return step.prompt(CONSENT_AGE_PROMPT, { prompt: withQuickReplies(t('privacy:consent.age'), bands), retryPrompt: withQuickReplies(t('privacy:consent.ageRetry'), bands) });
  }

  private validAge(p: PromptValidatorContext<string>): Promise<boolean> {
    markNoTranscript(p.context);
    return Promise.resolve(this.age(p.recognized.value) !== undefined);
  }

  private async askChoice(step: WaterfallStepContext) {
    const ageBand = this.age(step.result as string) as AgeBand;
    (step.values as ConsentValues).ageBand = ageBand;
    const t = turnT(step.context, this.services.i18n);
    await step.context.sendActivity(t('privacy:consent.notice', { months: surveySettings(this.services).retentionMonths }));
    const child = NEEDS_PARENT.has(ageBand);
    const choices = [t(child ? 'privacy:consent.parentAgrees' : 'privacy:consent.agree'), t('privacy:consent.anonymous')];
    return step.prompt(CONSENT_CHOICE_PROMPT, {
      prompt: withQuickReplies(t(child ? 'privacy:consent.askChild' : 'privacy:consent.askAdult'), choices),
      retryPrompt: withQuickReplies(t('privacy:consent.choiceRetry'), choices),
      validations: { child },
    });
  }

  private validChoice(p: PromptValidatorContext<string>): Promise<boolean> {
    markNoTranscript(p.context);
    const c = this.choice(p.recognized.value);
    const child = (p.options.validations as { child: boolean }).child;
    return Promise.resolve(c === 'anonymous' || (child ? c === 'parentAgrees' : c === 'agree' || c === 'parentAgrees'));
  }

  private async record(step: WaterfallStepContext) {
    const t = turnT(step.context, this.services.i18n);
    const ageBand = (step.values as ConsentValues).ageBand;
    if (this.choice(step.result as string) === 'anonymous') {
      await step.context.sendActivity(t('privacy:consent.anonymousOk'));
      return step.endDialog({ mode: 'anonymous', ageBand } satisfies ConsentOutcome);
    }
    const { activity } = step.context;
    const consent = await this.services.stores.consents.record({
      userId: activity.from.id,
      channel: activity.channelId,
      ageBand,
      textVersion: NOTICE_VERSION,
      parentalConfirmed: NEEDS_PARENT.has(ageBand),
      givenAt: this.services.now().toISOString(),
    });
    await step.context.sendActivity(t('privacy:consent.recorded'));
    return step.endDialog({ mode: 'stored', ageBand, consentId: consent.id } satisfies ConsentOutcome);
  }
}
