/** Risk triage (issue 4): detector, reply builder, middleware. See README-level docs in each module. */
export { assess, DEFAULT_DETECTOR } from './assess';
export { createDetector, type AssessOptions, type Detector } from './detector';
export { RuleSetError } from './compile';
export { PatternError, compilePattern } from './pattern';
export { DEFAULT_RULESET } from './rules';
export type { RuleSet, RuleSpec, BoosterSpec, IllegalSpec, FramingSpec } from './rule-spec';
export {
  buildSafetyReply,
  priorityFor,
  HANDOFF_PRIORITY,
  SAFETY_ACTIONS,
  type SafetyAction,
  type SafetyReply,
  type SafetyReplyKind,
  type Translate,
} from './reply';
export {
  SafetyMiddleware,
  SAFETY_TURN_KEY,
  type SafetyHandoffRequest,
  type SafetyLogger,
  type SafetyMiddlewareDeps,
  type SafetyTurn,
} from './middleware';
export * from './types';
