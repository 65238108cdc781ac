import { FIRST_PERSON, FRAMING, MACROS, NEGATORS, PAST_MARKERS, THIRD_PARTY_MARKERS } from '../lexicon';
import type { RuleSet } from '../rule-spec';
import { ABUSE_BOOSTERS, ABUSE_RULES } from './abuse';
import { ABUSE_SIGN_RULES } from './abuse-signs';
import { DANGER_RULES } from './danger';
import { DANGER_CODED_RULES } from './danger-coded';
import { DANGER_SIGN_RULES } from './danger-signs';
import { DANGER_THREAT_RULES } from './danger-threats';
import { GROOMING_RULES } from './grooming';
import { GROOMING_SIGN_RULES } from './grooming-signs';
import { ILLEGAL_RULES } from './illegal';
import { LABOUR_BOOSTERS, LABOUR_RULES } from './labour';
import { LABOUR_SIGN_BOOSTERS, LABOUR_SIGN_RULES } from './labour-signs';
import { SELF_HARM_BOOSTERS, SELF_HARM_RULES } from './self-harm';
import { SELF_HARM_CODED_RULES } from './self-harm-coded';
import { SELF_HARM_SIGN_RULES } from './self-harm-signs';
import { SEXUAL_BOOSTERS, SEXUAL_RULES } from './sexual';
import { TRAFFICKING_BOOSTERS, TRAFFICKING_RULES } from './trafficking';
import { TRAFFICKING_INDIRECT_RULES } from './trafficking-indirect';
import { TRAFFICKING_SIGN_RULES } from './trafficking-signs';

/** The production rule set: every category's rules, boosters, illegal-request rules and the shared lexicon. */
export const DEFAULT_RULESET: RuleSet = {
  rules: [
    ...SELF_HARM_RULES, ...SELF_HARM_CODED_RULES, ...SELF_HARM_SIGN_RULES, ...ABUSE_RULES, ...SEXUAL_RULES, ...GROOMING_RULES,
    ...GROOMING_SIGN_RULES, ...ABUSE_SIGN_RULES, ...LABOUR_RULES, ...LABOUR_SIGN_RULES, ...TRAFFICKING_RULES,
    ...TRAFFICKING_INDIRECT_RULES, ...TRAFFICKING_SIGN_RULES, ...DANGER_RULES, ...DANGER_CODED_RULES, ...DANGER_THREAT_RULES,
    ...DANGER_SIGN_RULES,
  ],
  boosters: [...SELF_HARM_BOOSTERS, ...ABUSE_BOOSTERS, ...SEXUAL_BOOSTERS, ...LABOUR_BOOSTERS, ...LABOUR_SIGN_BOOSTERS, ...TRAFFICKING_BOOSTERS],
  illegal: ILLEGAL_RULES,
  macros: MACROS,
  thirdPartyMarkers: THIRD_PARTY_MARKERS,
  pastMarkers: PAST_MARKERS,
  negators: NEGATORS,
  firstPerson: FIRST_PERSON,
  framing: FRAMING,
};
