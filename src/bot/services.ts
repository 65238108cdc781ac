import type { i18n as I18n } from 'i18next';
import type { Answerer, KnowledgeBase, OrgProfile } from '../knowledge';
import type { Logger } from '../logger';
import type { Stores } from '../storage';
import type { Intent } from './intents';
import type { BotState } from './state';

/** What dialogs and middleware need, built once in the composition root (src/index.ts). */
export interface BotServices {
  i18n: I18n;
  state: BotState;
  stores: Stores;
  logger: Logger;
  intents: Map<string, Intent>;
  knowledge: { kb: KnowledgeBase; answerer: Answerer };
  /** Organisation profile from configuration (ORG_*); unset fields are never invented. */
  org: OrgProfile;
  faqState: BotState['faqState'];
  /** Current time; tests replace it. */
  now: () => Date;
}
