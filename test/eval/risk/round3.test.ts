import { developmentFloor } from './floor';

/**
 * Regression floor for the round-3 development data (README "Round 3"): blind-3.yaml (measured once after round 2,
 * development data from round 3 on) and dev-round3-probes.yaml (generalisation probes, each batch scored once,
 * then tuned on). Same thresholds as the release gate. Tuned on, so passing says nothing about unseen phrasings:
 * blind-4 measures round 3.
 */
/**
 * Probe messages worded exactly like a benign one of the same file ("em đang đứng ở ga tàu…", "đêm nay em sẽ đi
 * gặp ông bà nội…"): nothing in the words tells them apart, so catching them would mean flagging the benign twin.
 * Kept in the file, and listed here so a new imminent miss still fails.
 */
const KNOWN_AMBIGUOUS = new Set(['dev-round3-probes/risk#23', 'dev-round3-probes/risk#54']);

developmentFloor('round-3', ['blind-3.yaml', 'dev-round3-probes.yaml'], KNOWN_AMBIGUOUS);
