import { developmentFloor } from './floor';

/**
 * Regression floor for the round-2 development data (README "Round 2"): dev-round2.yaml (written before the
 * round-2 rule changes), dev-round2-probes.yaml (generalisation probes, scored once each, then tuned on) and
 * blind-2.yaml (used for development from round 2 on). Same thresholds as the release gate. These files are
 * tuned on, so passing says nothing about unseen phrasings: that is what blind-3 measures.
 */
developmentFloor('round-2', ['dev-round2.yaml', 'dev-round2-probes.yaml', 'blind-2.yaml']);
