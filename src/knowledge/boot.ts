import type { i18n as I18n } from 'i18next';
import { Answerer } from './answerer';
import { registerKnowledgeBase } from './i18n';
import { loadKnowledgeBase, type KnowledgeBase } from './load';

export interface Knowledge {
  kb: KnowledgeBase;
  answerer: Answerer;
}

/**
 * Start-up: reads and validates the content files (a bad file throws KnowledgeBaseError naming file, entry id and
 * problem), registers the texts with i18next (namespace `kb`) and builds the search index once.
 */
export function bootKnowledge(i18n: I18n, dir?: string): Knowledge {
  const kb = dir ? loadKnowledgeBase(dir) : loadKnowledgeBase();
  registerKnowledgeBase(i18n, kb);
  return { kb, answerer: new Answerer(kb) };
}
