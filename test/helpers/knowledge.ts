import type { i18n as I18n } from 'i18next';
import { Answerer, loadKnowledgeBase, registerKnowledgeBase, type Knowledge, type KnowledgeBase } from '../../src/knowledge';

let cached: { kb: KnowledgeBase; answerer: Answerer } | undefined;

/** The real knowledge base, loaded and indexed once per test file, registered with this i18n instance. */
export function testKnowledge(i18n: I18n): Knowledge {
  cached ??= (() => {
    const kb = loadKnowledgeBase();
    return { kb, answerer: new Answerer(kb) };
  })();
  registerKnowledgeBase(i18n, cached.kb);
  return cached;
}
