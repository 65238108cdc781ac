import { modelFlag, riskModel } from './classifier';
import { createDetector, type Detector } from './detector';
import { DEFAULT_RULESET } from './rules';
import { prepare } from './text';
import type { RiskAssessment } from './types';

/** The production detector, compiled once when this module is first imported (a few milliseconds). */
export const DEFAULT_DETECTOR: Detector = createDetector(DEFAULT_RULESET);

/**
 * Triage one inbound message. Pure and deterministic: the same text always gives the same assessment, and
 * the result carries rule ids, categories and levels but never the text, so it may be logged and stored.
 *
 * Two layers. The rules (src/safety/rules) decide first: Vietnamese with or without diacritics, teen code and
 * English; idioms ("chết cười", "mệt muốn chết") do not alarm; a negation downgrades self-harm to a check-in;
 * "tu tu" typed without diacritics (tự tử / từ từ) is a check-in, never a crisis card. When they find nothing,
 * the statistical layer (classifier.ts, a model trained on every labelled message) may add one `possible`
 * flag (`ml.<category>`): the bot then adds that category's safety tip, 111 and an offer to talk, and still
 * answers. It catches wordings no rule has a concept for, at the cost of some gentle tips on harmless messages
 * (test/eval/risk/README.md "Statistical layer").
 */
export function assess(text: string): RiskAssessment {
  const prepared = prepare(text);
  const rules = DEFAULT_DETECTOR.assess(text, { prepared });
  const flag = modelFlag(text, rules, riskModel(), { prepared });
  return flag === undefined ? rules : { ...rules, level: flag.level, flags: [flag], checkIn: false };
}

/** The rules alone, without the statistical layer (evaluation reports show both). */
export function assessRules(text: string): RiskAssessment {
  return DEFAULT_DETECTOR.assess(text);
}
