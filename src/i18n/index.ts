import fs from 'node:fs';
import path from 'node:path';
import i18next, { type i18n as I18n, type TFunction } from 'i18next';
import { projectPath } from '../paths';

/** The languages the bot speaks. Vietnamese first; English must be complete. */
export const LANGUAGES = ['vi', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];
export const DEFAULT_LANG: Lang = 'vi';

export const LOCALES_DIR = projectPath('locales');

/**
 * Maps an activity locale ("vi-VN", "en-US", "en") or a stored preference to a supported language.
 * Anything unknown falls back to Vietnamese: the province's teens are the first audience.
 */
export function toLang(locale: string | undefined | null): Lang {
  const base = (locale ?? '').toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(base ?? '') ? (base as Lang) : DEFAULT_LANG;
}

/** Reads every `locales/<lang>/<namespace>.json` file: one namespace per feature, one file per namespace. */
export function readLocaleResources(dir = LOCALES_DIR): Record<string, Record<string, object>> {
  const resources: Record<string, Record<string, object>> = {};
  for (const lang of LANGUAGES) {
    const langDir = path.join(dir, lang);
    resources[lang] = {};
    for (const f of fs.readdirSync(langDir).filter((x) => x.endsWith('.json')).sort()) {
      const ns = f.slice(0, -'.json'.length);
      resources[lang][ns] = JSON.parse(fs.readFileSync(path.join(langDir, f), 'utf8')) as object;
    }
  }
  return resources;
}

/**
 * Creates the i18next instance shared by the whole process. Initialisation is synchronous
 * (resources are in memory), so `t` is usable as soon as this returns.
 */
export function createI18n(dir = LOCALES_DIR): I18n {
  const resources = readLocaleResources(dir);
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng: DEFAULT_LANG,
    fallbackLng: false,
    supportedLngs: [...LANGUAGES],
    ns: Object.keys(resources[DEFAULT_LANG] ?? {}),
    defaultNS: 'common',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  } as Parameters<I18n['init']>[0]);
  return instance;
}

export type Translate = TFunction;

/** A `t` bound to one language. */
export function fixedT(i18n: I18n, lang: Lang): TFunction {
  return i18n.getFixedT(lang);
}
