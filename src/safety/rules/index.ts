import { FIRST_PERSON, MACROS, NEGATORS, PAST_MARKERS, THIRD_PARTY_MARKERS } from '../lexicon';
import type { RuleSet } from '../rule-spec';
import { ABUSE_BOOSTERS, ABUSE_RULES } from './abuse';
import { DANGER_RULES } from './danger';
import { ILLEGAL_RULES } from './illegal';
import { LABOUR_BOOSTERS, LABOUR_RULES } from './labour';
import { SELF_HARM_BOOSTERS, SELF_HARM_RULES } from './self-harm';
import { SEXUAL_BOOSTERS, SEXUAL_RULES } from './sexual';
import { TRAFFICKING_BOOSTERS, TRAFFICKING_RULES } from './trafficking';

/** The production rule set: every category's rules, boosters, illegal-request rules and the shared lexicon. */
export const DEFAULT_RULESET: RuleSet = {
  rules: [...SELF_HARM_RULES, ...ABUSE_RULES, ...SEXUAL_RULES, ...LABOUR_RULES, ...TRAFFICKING_RULES, ...DANGER_RULES],
  boosters: [...SELF_HARM_BOOSTERS, ...ABUSE_BOOSTERS, ...SEXUAL_BOOSTERS, ...LABOUR_BOOSTERS, ...TRAFFICKING_BOOSTERS],
  illegal: ILLEGAL_RULES,
  macros: MACROS,
  thirdPartyMarkers: THIRD_PARTY_MARKERS,
  pastMarkers: PAST_MARKERS,
  negators: NEGATORS,
  firstPerson: FIRST_PERSON,
};
