import { createDetector, type Detector } from './detector';
import { DEFAULT_RULESET } from './rules';
import type { RiskAssessment } from './types';

/** The production detector, compiled once when this module is first imported (a few milliseconds). */
export const DEFAULT_DETECTOR: Detector = createDetector(DEFAULT_RULESET);

/**
 * Triage one inbound message. Pure and deterministic: the same text always gives the same assessment, and
 * the result carries rule ids, categories and levels but never the text, so it may be logged and stored.
 *
 * Vietnamese with or without diacritics, teen code and English are handled; idioms ("chết cười", "mệt muốn
 * chết") do not alarm; a negation downgrades self-harm to a check-in; "tu tu" typed without diacritics
 * (tự tử / từ từ) is a check-in, never a crisis card.
 */
export function assess(text: string): RiskAssessment {
  return DEFAULT_DETECTOR.assess(text);
}
