/**
 * Shared types of the risk triage (issue 4). Kept free of runtime dependencies so the storage port, the
 * console and the dialogs can import them without pulling in the lexicon.
 */

/** What kind of harm a message signals. */
export const RISK_CATEGORIES = [
  'self_harm',
  'abuse',
  'sexual_abuse',
  'forced_labour',
  'trafficking',
  'imminent_danger',
] as const;
export type RiskCategory = (typeof RISK_CATEGORIES)[number];

/**
 * How urgent it is. `imminent` = danger now (crisis card, 113/115, top-priority handoff); `disclosed` = harm
 * or intent told without that immediacy (hotline + handoff); `possible` = a signal that deserves a gentle
 * check-in or safety tip, no handoff unless the teen asks.
 */
export const RISK_LEVELS = ['imminent', 'disclosed', 'possible'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** Severity order used to compare levels (higher = more urgent). */
export const LEVEL_RANK: Readonly<Record<RiskLevel, number>> = { possible: 1, disclosed: 2, imminent: 3 };

/** Kinds of request for help with something illegal or dangerous that get a refusal with the legal options. */
export const ILLEGAL_KINDS = ['fake_documents', 'illegal_crossing'] as const;
export type IllegalKind = (typeof ILLEGAL_KINDS)[number];

/**
 * Why a flag has the level it has, for staff review: `match` = the rule's own level; `ambiguous` = matched
 * only through folding (e.g. "tu tu" = tự tử or từ từ), so a check-in; `negated` = a negation right before it
 * ("không muốn chết"); `past` = told as past ("hồi trước"), so not imminent; `boost` = a plan, means or time
 * marker ("tối nay", "thuốc ngủ") lifted a disclosure to imminent; `question` = capped at `possible` because the
 * message is an informational question or an "if…" hypothetical, not an account (README policy).
 */
export type FlagBasis = 'match' | 'ambiguous' | 'negated' | 'past' | 'boost' | 'question';

/** One rule that fired. Carries no message text, so it may be logged and stored. */
export interface RiskFlag {
  ruleId: string;
  category: RiskCategory;
  level: RiskLevel;
  /** The message seems to be about someone else ("bạn em…", "hỏi giùm bạn…", "my friend…"). */
  thirdParty: boolean;
  basis: FlagBasis;
}

/** The detector's verdict on one message. Pure data, no text. */
export interface RiskAssessment {
  /** Most urgent level among the flags, or null when nothing fired. */
  level: RiskLevel | null;
  /** Flags ordered most urgent first. */
  flags: RiskFlag[];
  /** Reply with a gentle check-in ("bạn ổn chứ?") rather than a crisis card. */
  checkIn: boolean;
  /** Set when the message asks for help with something illegal or dangerous. */
  illegalRequest?: { ruleId: string; kind: IllegalKind };
}
