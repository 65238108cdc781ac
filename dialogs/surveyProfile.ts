import { ComponentDialog, TextPrompt, WaterfallDialog, type PromptValidatorContext, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { BotServices } from '../src/bot/services';
import { turnT } from '../src/bot/turn';
import { foldedText } from '../src/nlu/normalize';
import { markNoTranscript } from '../src/privacy/markers';
import type { ProfileSnapshot } from '../src/storage/ports/surveys';
import { surveySettings } from '../src/surveys/settings';
import { GENDERS, type AgeBand, type Gender, type Grade } from '../src/surveys/types';
import { withQuickReplies } from './menu';
import { choiceMatcher, phraseMatcher } from './surveyChoices';
import { PROFILE_DIALOG, PROFILE_GENDER_PROMPT, PROFILE_GRADE_PROMPT, PROFILE_LOCALITY_PROMPT, PROFILE_OFFER_PROMPT, PROFILE_WATERFALL } from './surveyIds';

export interface ProfileOptions {
  resultId: string;
  ageBand: AgeBand;
}

interface ProfileValues {
  grade?: Grade;
  locality?: string;
}

const SKIP_PHRASES = ['bo qua', 'skip', 'khong muon noi', 'ko muon noi', 'khong tra loi', 'pass'];
const NOT_IN_SCHOOL: Grade[] = ['vocational', 'working', 'out_of_school'];
/** Localities shown as buttons: the whole list when it is this short, else the matches of what was typed. */
const MAX_LOCALITY_BUTTONS = 5;

/**
 * The optional profile, asked only with consent and after the result: grade, commune/ward (from the configured
 * list; the question is left out when none is configured) and gender. Every question can be skipped. No names
 * or phone numbers are asked. The answers are saved as the user's profile and copied onto the result.
 */
export class SurveyProfileDialog extends ComponentDialog {
  private readonly offer: (text: string | undefined) => 'yes' | 'no' | undefined;
  private readonly notInSchool: (text: string | undefined) => Grade | undefined;
  private readonly gender: (text: string | undefined) => Gender | undefined;
  private readonly isSkip: (text: string | undefined) => boolean;

  constructor(private readonly services: BotServices) {
    super(PROFILE_DIALOG);
    const i18n = services.i18n;
    this.offer = choiceMatcher(i18n, { yes: 'survey:profile.yes', no: 'survey:profile.no' }, { yes: ['co', 'ok', 'yes', 'duoc', 'dong y'], no: ['khong', 'ko', 'no', 'khong can', 'no thanks'] });
    this.notInSchool = choiceMatcher(i18n, Object.fromEntries(NOT_IN_SCHOOL.map((g) => [g, `survey:profile.grades.${g}`])) as Record<Grade, string>, {
      vocational: ['hoc nghe', 'truong nghe'],
      working: ['di lam', 'lam viec'],
      out_of_school: ['nghi hoc', 'bo hoc', 'khong di hoc'],
    });
    this.gender = choiceMatcher(i18n, Object.fromEntries(GENDERS.map((g) => [g, `survey:profile.genders.${g}`])) as Record<Gender, string>, {
      female: ['nu', 'con gai', 'gai', 'girl', 'f'],
      male: ['nam', 'con trai', 'trai', 'boy', 'm'],
    });
    this.isSkip = phraseMatcher(i18n, [...SKIP_PHRASES, foldedText(i18n.getFixedT('vi')('survey:profile.preferNot')), foldedText(i18n.getFixedT('en')('survey:profile.preferNot'))], 'survey:profile.skip');
    this.addDialog(new TextPrompt(PROFILE_OFFER_PROMPT, (p) => this.valid(p, this.offer(p.recognized.value) !== undefined)));
    this.addDialog(new TextPrompt(PROFILE_GRADE_PROMPT, (p) => this.valid(p, this.isSkip(p.recognized.value) || this.grade(p.recognized.value) !== undefined)));
    this.addDialog(new TextPrompt(PROFILE_LOCALITY_PROMPT, (p) => this.validLocality(p)));
    this.addDialog(new TextPrompt(PROFILE_GENDER_PROMPT, (p) => this.valid(p, this.isSkip(p.recognized.value) || this.gender(p.recognized.value) !== undefined)));
    this.addDialog(
      new WaterfallDialog(PROFILE_WATERFALL, [(s) => this.askOffer(s), (s) => this.askGrade(s), (s) => this.askLocality(s), (s) => this.askGender(s), (s) => this.save(s)]),
    );
    this.initialDialogId = PROFILE_WATERFALL;
  }

  private valid(p: PromptValidatorContext<string>, ok: boolean): Promise<boolean> {
    markNoTranscript(p.context);
    return Promise.resolve(ok);
  }

  /** "9", "lớp 9", "lop 9", "grade 9", or one of the not-at-school choices. */
  private grade(text: string | undefined): Grade | undefined {
    const other = this.notInSchool(text);
    if (other) return other;
    const m = /^(?:lop|grade|year)?\s*(\d{1,2})$/.exec(foldedText(text ?? ''));
    const n = m ? Number(m[1]) : NaN;
    return n >= 6 && n <= 12 ? (`g${n}` as Grade) : undefined;
  }

  private async askOffer(step: WaterfallStepContext) {
    const t = turnT(step.context, this.services.i18n);
    const choices = [t('survey:profile.yes'), t('survey:profile.no')];
    return step.prompt(PROFILE_OFFER_PROMPT, { prompt: withQuickReplies(t('survey:profile.offer'), choices), retryPrompt: withQuickReplies(t('survey:profile.offerRetry'), choices) });
  }

  private async askGrade(step: WaterfallStepContext) {
    if (this.offer(step.result as string) !== 'yes') return step.endDialog();
    const t = turnT(step.context, this.services.i18n);
    const choices = [...NOT_IN_SCHOOL.map((g) => t(`survey:profile.grades.${g}`)), t('survey:profile.skip')];
    return step.prompt(PROFILE_GRADE_PROMPT, { prompt: withQuickReplies(t('survey:profile.grade'), choices), retryPrompt: withQuickReplies(t('survey:profile.gradeRetry'), choices) });
  }

  private async askLocality(step: WaterfallStepContext) {
    const grade = this.grade(step.result as string);
    if (grade) (step.values as ProfileValues).grade = grade;
    const list = surveySettings(this.services).localities;
    if (!list) return step.next();
    const t = turnT(step.context, this.services.i18n);
    const names = list.all.length <= MAX_LOCALITY_BUTTONS ? list.all.map((l) => l.name) : [];
    const choices = [...names, t('survey:profile.skip')];
    return step.prompt(PROFILE_LOCALITY_PROMPT, {
      prompt: withQuickReplies(t('survey:profile.locality', { example: list.all[0]?.name ?? '' }), choices),
      retryPrompt: withQuickReplies(t('survey:profile.localityNone'), choices),
    });
  }

  /** One match is accepted; several are offered as buttons (the retry prompt is replaced); none re-prompts. */
  private validLocality(p: PromptValidatorContext<string>): Promise<boolean> {
    markNoTranscript(p.context);
    if (this.isSkip(p.recognized.value)) return Promise.resolve(true);
    const matches = surveySettings(this.services).localities?.match(p.recognized.value ?? '', MAX_LOCALITY_BUTTONS) ?? [];
    if (matches.length === 1) return Promise.resolve(true);
    const t = turnT(p.context, this.services.i18n);
    const skip = t('survey:profile.skip');
    p.options.retryPrompt = matches.length > 1
      ? withQuickReplies(t('survey:profile.localityPick'), [...matches.map((l) => l.name), skip])
      : withQuickReplies(t('survey:profile.localityNone'), [skip]);
    return Promise.resolve(false);
  }

  private async askGender(step: WaterfallStepContext) {
    const list = surveySettings(this.services).localities;
    const text = step.result as string | undefined;
    const match = text && !this.isSkip(text) ? list?.match(text, 2) : undefined;
    if (match?.length === 1 && match[0]) (step.values as ProfileValues).locality = match[0].id;
    const t = turnT(step.context, this.services.i18n);
    const choices = [...GENDERS.map((g) => t(`survey:profile.genders.${g}`)), t('survey:profile.preferNot')];
    return step.prompt(PROFILE_GENDER_PROMPT, { prompt: withQuickReplies(t('survey:profile.gender'), choices), retryPrompt: withQuickReplies(t('survey:profile.genderRetry'), choices) });
  }

  private async save(step: WaterfallStepContext) {
    const gender = this.isSkip(step.result as string) ? undefined : this.gender(step.result as string);
    const options = step.options as ProfileOptions;
    const userId = step.context.activity.from.id;
    const values = step.values as ProfileValues;
    const snapshot: ProfileSnapshot = {
      ...(values.grade ? { grade: values.grade } : {}),
      ...(values.locality ? { locality: values.locality } : {}),
      ...(gender ? { gender } : {}),
    };
    await this.services.stores.surveyProfiles.save({ userId, ageBand: options.ageBand, ...snapshot, updatedAt: this.services.now().toISOString() });
    await this.services.stores.surveyResults.attachProfile(options.resultId, userId, snapshot);
    await step.context.sendActivity(turnT(step.context, this.services.i18n)('survey:profile.thanks'));
    return step.endDialog();
  }
}
