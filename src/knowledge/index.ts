/** The knowledge base: content loading and validation, matching, rendering, menu. */
export { Answerer, MAX_QUERY_CHARS, type AnswererOptions, type AskResult, type Explanation } from './answerer';
export { KnowledgeBaseError, formatIssue, type KbIssue } from './errors';
export { KB_NAMESPACE, kbKey, registerKnowledgeBase } from './i18n';
export { CONTENT_DIR, KnowledgeBase, MENU_FILE, inspectKnowledgeBase, loadKnowledgeBase, type LoadOptions } from './load';
export { topQuestions, type MenuItem } from './menu';
export { formatOrgContact, renderAnswer, renderMore, renderSourceLine, type OrgProfile } from './render';
export { DOMAINS, MAX_ANSWER_CHARS, type Bilingual, type Domain, type Entry } from './schema';
export { scrubText } from '../nlu/scrub';
export { bootKnowledge, type Knowledge } from './boot';
