/**
 * How a handoff ended, for the programme's reports. Every close needs one (S11: a risk case is never closed
 * without an outcome). `withdrawn` is set by the system when the teen cancels an ordinary request.
 */
export const OUTCOMES = [
  'resolved',
  'info_given',
  'referred_hotline',
  'referred_local_service',
  'emergency_services',
  'no_response',
  'false_alarm',
  'duplicate',
] as const;
export type Outcome = (typeof OUTCOMES)[number] | 'withdrawn';

/** The closer of a ticket the teen withdrew (not a console account). */
export const TEEN_ACTOR = 'teen';
