import type { RiskAssessment, RiskCategory, RiskLevel } from './types';

/**
 * Builds the same-turn safety reply from i18next keys (namespace `safety`). Only facts from facts.md: 111 is
 * the free, 24/7 national child-protection hotline and, since 19 Sep 2025, also the anti-trafficking line;
 * 113 police; 115 ambulance; nobody under 18 may work abroad under contract; 15–18 may work at most
 * 8 h/day, 40 h/week with a parent's written consent; apprenticeships from 14.
 * WARNING: never add questions about method, place or time to these texts (S5: do not probe).
 */

/** A `t` bound to the user's language (i18next `getFixedT(lang)` or a test double). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Values of the suggested actions; the dialog layer recognises them when the user taps one. */
export const SAFETY_ACTIONS = {
  COUNSELOR: 'safety:counselor',
  CONTINUE: 'safety:continue',
  CALL_111: 'tel:111',
  CALL_113: 'tel:113',
  CALL_115: 'tel:115',
} as const;
export type SafetyActionValue = (typeof SAFETY_ACTIONS)[keyof typeof SAFETY_ACTIONS];

/** A button offered with the reply. Values starting with `tel:` are calls; the others are postbacks. */
export interface SafetyAction {
  title: string;
  value: SafetyActionValue;
}

export type SafetyReplyKind = 'imminent' | 'disclosed' | 'possible' | 'check_in' | 'illegal';

export interface SafetyReply {
  kind: SafetyReplyKind;
  /** Messages to send in order, in the user's language. */
  messages: string[];
  actions: SafetyAction[];
}

/** Handoff-queue priority per level: severity beats arrival time (Crisis Text Line). Higher = sooner. */
export const HANDOFF_PRIORITY: Readonly<Record<RiskLevel, number>> = { imminent: 100, disclosed: 80, possible: 50 };

/**
 * Numeric priority for the handoff queue (imminent highest). `null` (no risk, e.g. a plain "talk to a person"
 * request) gets 10, below every risk level.
 */
export function priorityFor(level: RiskLevel | null): number {
  return level === null ? 10 : HANDOFF_PRIORITY[level];
}

const NS = 'safety:';

function primary(a: RiskAssessment): { category: RiskCategory; thirdParty: boolean } | undefined {
  const top = a.flags[0];
  return top === undefined ? undefined : { category: top.category, thirdParty: top.thirdParty };
}

function hotline(t: Translate, category: RiskCategory, thirdParty: boolean): string {
  if (category === 'trafficking') return t(`${NS}hotline.trafficking`);
  return t(`${NS}hotline.${thirdParty ? 'third' : 'general'}`);
}

function action(t: Translate, key: string, value: SafetyActionValue): SafetyAction {
  return { title: t(`${NS}actions.${key}`), value };
}

function imminent(t: Translate, category: RiskCategory, third: boolean): SafetyReply {
  return {
    kind: 'imminent',
    messages: [
      t(`${NS}imminent.${third ? 'openThird' : 'open'}`),
      t(`${NS}imminent.${third ? 'emergencyThird' : 'emergency'}`),
      hotline(t, category, third),
      t(`${NS}imminent.adult`),
      t(`${NS}imminent.handoff`),
    ],
    actions: [action(t, 'call113', SAFETY_ACTIONS.CALL_113), action(t, 'call115', SAFETY_ACTIONS.CALL_115), action(t, 'call111', SAFETY_ACTIONS.CALL_111)],
  };
}

function disclosed(t: Translate, category: RiskCategory, third: boolean): SafetyReply {
  return {
    kind: 'disclosed',
    messages: [
      third ? t(`${NS}disclosed.ackThird`) : t(`${NS}disclosed.ack.${category}`),
      hotline(t, category, third),
      t(`${NS}disclosed.emergency`),
      t(`${NS}disclosed.adult`),
      t(`${NS}disclosed.handoff`),
    ],
    actions: [action(t, 'call111', SAFETY_ACTIONS.CALL_111), action(t, 'continue', SAFETY_ACTIONS.CONTINUE)],
  };
}

function gentleActions(t: Translate): SafetyAction[] {
  return [
    action(t, 'counselor', SAFETY_ACTIONS.COUNSELOR),
    action(t, 'continue', SAFETY_ACTIONS.CONTINUE),
    action(t, 'call111', SAFETY_ACTIONS.CALL_111),
  ];
}

function possible(t: Translate, category: RiskCategory): SafetyReply {
  return {
    kind: 'possible',
    messages: [t(`${NS}possible.tip.${category}`), t(`${NS}possible.hotline`), t(`${NS}possible.offer`)],
    actions: gentleActions(t),
  };
}

function checkIn(t: Translate): SafetyReply {
  return {
    kind: 'check_in',
    messages: [t(`${NS}checkIn.ask`), t(`${NS}checkIn.care`), t(`${NS}checkIn.offer`)],
    actions: gentleActions(t),
  };
}

function illegalTexts(t: Translate, kind: string): string[] {
  return [t(`${NS}illegal.${kind}.refuse`), t(`${NS}illegal.${kind}.risk`), t(`${NS}illegal.${kind}.options`)];
}

function riskReply(a: RiskAssessment, t: Translate): SafetyReply | undefined {
  const p = primary(a);
  if (a.level === null || p === undefined) return undefined;
  if (a.level === 'imminent') return imminent(t, p.category, p.thirdParty);
  if (a.level === 'disclosed') return disclosed(t, p.category, p.thirdParty);
  return a.checkIn ? checkIn(t) : possible(t, p.category);
}

/**
 * The reply for an assessment, or `undefined` when there is nothing to say (no risk, no illegal request).
 * Imminent: calm opening, 113/115, 111, a trusted adult, "a counselor is coming". Disclosed: thanks and
 * "not your fault", 111, 113/115 if in danger, a trusted adult, "a counselor is coming". Possible: a
 * category tip, 111, an offer to talk. Check-in: "are you OK?" and an easy way out. An illegal request adds a
 * refusal, the risk and the legal options (after the risk reply, if there is one).
 */
export function buildSafetyReply(a: RiskAssessment, t: Translate): SafetyReply | undefined {
  const risk = riskReply(a, t);
  if (a.illegalRequest === undefined) return risk;
  const refusal = illegalTexts(t, a.illegalRequest.kind);
  if (risk === undefined) return { kind: 'illegal', messages: refusal, actions: gentleActions(t) };
  return { ...risk, messages: [...risk.messages, ...refusal] };
}
