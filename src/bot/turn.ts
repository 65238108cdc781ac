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
 * `t` with the strings of key-only calls remembered: the locale files are loaded once at start-up and never
 * change at run time, so `t('common:menu.prompt')` is the same string every turn, and i18next's resolution
 * (key parsing, namespace and fallback lookup, an options object per call) was a measurable part of a turn's CPU.
 * Calls with options (interpolation, plurals, returnObjects) always go to i18next.
 */
function memoised(t: TFunction): TFunction {
  const call = t as unknown as (...args: unknown[]) => unknown;
  const seen = new Map<string, unknown>();
  const wrapped = (...args: unknown[]): unknown => {
    const key = args[0];
    if (args.length !== 1 || typeof key !== 'string') return call(...args);
    let value = seen.get(key);
    if (value === undefined) {
      value = call(key);
      seen.set(key, value);
    }
    return value;
  };
  return wrapped as unknown as TFunction;
}

/**
 * A `t` in this turn's language. The bound functions are made once per i18next instance and language
 * (getFixedT allocates on every call, and a turn asks for `t` many times); key-only strings are remembered.
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
    t = memoised(i18n.getFixedT(lang));
    byLang.set(lang, t);
  }
  return t;
}
