import type { i18n as I18n } from 'i18next';
import type { Handoff } from '../handoff';
import type { Answerer, KnowledgeBase, OrgProfile } from '../knowledge';
import type { Logger } from '../logger';
import type { Stores } from '../storage';
import type { SurveySettings } from '../surveys/settings';
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
  /** Human handoff (issue 7): the teen's requests (intake), the counselors' desk, the relay to each channel. */
  handoff: Handoff;
  /** Survey settings from configuration (localities, local programmes, retention); see src/surveys/settings.ts. */
  surveys?: SurveySettings;
}
