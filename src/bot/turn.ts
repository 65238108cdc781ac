import type { TurnContext } from 'botbuilder';
import type { i18n as I18n, TFunction } from 'i18next';
import { toLang, type Lang } from '../i18n';

/** turnState key holding the language chosen for this turn (set first, by LanguageMiddleware). */
export const TURN_LANG = Symbol('bdh.lang');

/** The language of this turn: the user's saved choice, else the activity locale, else Vietnamese. */
export function turnLang(context: TurnContext): Lang {
  return context.turnState.get<Lang | undefined>(TURN_LANG) ?? toLang(context.activity.locale);
}

export function setTurnLang(context: TurnContext, lang: Lang): void {
  context.turnState.set(TURN_LANG, lang);
}

const fixed = new WeakMap<I18n, Map<Lang, TFunction>>();

/**
 * A `t` in this turn's language. The bound functions are made once per i18next instance and language
 * (getFixedT allocates on every call, and a turn asks for `t` many times).
 */
export function turnT(context: TurnContext, i18n: I18n): TFunction {
  const lang = turnLang(context);
  let byLang = fixed.get(i18n);
  if (!byLang) {
    byLang = new Map();
    fixed.set(i18n, byLang);
  }
  let t = byLang.get(lang);
  if (!t) {
    t = i18n.getFixedT(lang);
    byLang.set(lang, t);
  }
  return t;
}
