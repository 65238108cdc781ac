/**
 * Puts the knowledge base's texts into i18next as namespace `kb`, so dialogs reach user-facing content the same
 * way as every other string: `t('kb:rights.min-working-age.answer', { orgContact })`, `.more`, `.source`,
 * `.title` (the entry's first question, for buttons and menus).
 *
 * Ids look like `<domain>.<slug>`, and i18next reads the dot as nesting, so the bundle is nested
 * `{ rights: { 'min-working-age': { answer, … } } }`.
 */
import type { i18n as I18n } from 'i18next';
import { LANGUAGES, type Lang } from '../i18n';
import type { KnowledgeBase } from './load';
import type { Entry } from './schema';

export const KB_NAMESPACE = 'kb';

/** The i18next key of one text of an entry: `kb:<id>.<part>`. */
export function kbKey(id: string, part: 'answer' | 'more' | 'source' | 'title'): string {
  return `${KB_NAMESPACE}:${id}.${part}`;
}

function texts(entry: Entry, lang: Lang): Record<string, string> {
  const t: Record<string, string> = {
    answer: entry.answer[lang],
    source: entry.source[lang],
    title: entry.questions[lang][0] ?? entry.id,
  };
  if (entry.more) t.more = entry.more[lang];
  return t;
}

/** Adds (or replaces) namespace `kb` in every language. Call after `createI18n()` and after a content reload. */
export function registerKnowledgeBase(i18n: I18n, kb: Pick<KnowledgeBase, 'entries'>): void {
  for (const lang of LANGUAGES) {
    const bundle: Record<string, Record<string, Record<string, string>>> = {};
    for (const entry of kb.entries) {
      const [domain, slug] = entry.id.split('.') as [string, string];
      (bundle[domain] ??= {})[slug] = texts(entry, lang);
    }
    i18n.removeResourceBundle(lang, KB_NAMESPACE);
    i18n.addResourceBundle(lang, KB_NAMESPACE, bundle, false, true);
  }
}
