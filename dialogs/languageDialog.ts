import {
  ComponentDialog,
  TextPrompt,
  WaterfallDialog,
  type PromptValidatorContext,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { Lang } from '../src/i18n';
import { foldedText } from '../src/nlu/normalize';
import type { BotServices } from '../src/bot/services';
import { setTurnLang, turnT } from '../src/bot/turn';
import { LANGUAGE_DIALOG, LANGUAGE_PROMPT, LANGUAGE_WATERFALL } from './ids';
import { sendMenu, withQuickReplies } from './menu';

const NAMES: Record<string, Lang> = {
  'tieng viet': 'vi',
  vietnamese: 'vi',
  vi: 'vi',
  'tieng anh': 'en',
  english: 'en',
  en: 'en',
};

/** The language a text names ("English", "tiếng việt", "tieng anh"), if any. */
export function languageNamed(text: string | undefined): Lang | undefined {
  return text ? NAMES[foldedText(text)] : undefined;
}

export interface LanguageOptions {
  /** The message that opened the dialog; when it already names a language, switch at once. */
  text?: string;
}

/** Lets the user switch between Vietnamese and English; the choice is saved in user state. */
export class LanguageDialog extends ComponentDialog {
  constructor(private readonly services: BotServices) {
    super(LANGUAGE_DIALOG);
    this.addDialog(new TextPrompt(LANGUAGE_PROMPT, (p) => this.validate(p)));
    this.addDialog(new WaterfallDialog(LANGUAGE_WATERFALL, [(s) => this.ask(s), (s) => this.apply(s)]));
    this.initialDialogId = LANGUAGE_WATERFALL;
  }

  private async ask(step: WaterfallStepContext) {
    const named = languageNamed((step.options as LanguageOptions | undefined)?.text);
    if (named) return step.next(named);
    const t = turnT(step.context, this.services.i18n);
    const choices = [t('common:language.vi'), t('common:language.en')];
    return step.prompt(LANGUAGE_PROMPT, {
      prompt: withQuickReplies(t('common:language.prompt'), choices),
      retryPrompt: withQuickReplies(t('common:language.retry'), choices),
    });
  }

  private validate(prompt: PromptValidatorContext<string>): Promise<boolean> {
    return Promise.resolve(languageNamed(prompt.recognized.value) !== undefined);
  }

  private async apply(step: WaterfallStepContext) {
    const lang = languageNamed(step.result as string);
    if (!lang) return step.endDialog();
    const profile = await this.services.state.profile.get(step.context, {});
    profile.lang = lang;
    setTurnLang(step.context, lang);
    const t = turnT(step.context, this.services.i18n);
    await sendMenu(step.context, t, `${t('common:language.changed')}\n${t('common:menu.prompt')}`);
    return step.endDialog(lang);
  }
}
