/**
 * The questions the topic menu offers per domain: the ids listed in src/knowledge/menu.yaml first (in order),
 * then the domain's other entries in file order, up to `n`.
 */
import type { Lang } from '../i18n';
import type { KnowledgeBase } from './load';
import type { Domain, Entry } from './schema';

/** One menu button: the entry id (the payload) and its title (first question) in the user's language. */
export interface MenuItem {
  id: string;
  title: string;
}

export function topQuestions(kb: Pick<KnowledgeBase, 'menu' | 'byId' | 'byDomain'>, domain: Domain, lang: Lang, n: number): MenuItem[] {
  const chosen = (kb.menu[domain] ?? [])
    .map((id) => kb.byId(id))
    .filter((e): e is Entry => e !== undefined && e.domain === domain);
  const rest = kb.byDomain(domain).filter((e) => !chosen.includes(e));
  return [...chosen, ...rest].slice(0, Math.max(0, n)).map((e) => ({ id: e.id, title: e.questions[lang][0] ?? e.id }));
}
