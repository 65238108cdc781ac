import { z } from 'zod';
import { ILLEGAL_KINDS, RISK_CATEGORIES, RISK_LEVELS } from './types';

/**
 * The shape of one risk rule, as reviewers read it in ./rules/*.ts. Validated with zod when the detector is
 * built, so a malformed rule stops start-up instead of silently never firing.
 *
 * Pattern fields (syntax in ./pattern.ts):
 * - `patterns`: over the FOLDED text (no diacritics, teen code canonical). The default.
 * - `marked`: over the MARKED text, where syllables typed with diacritics keep them. Use for words that
 *   folding makes ambiguous, written with their diacritics ("tự tử").
 * - `checkIn`: over the MARKED text, written WITHOUT diacritics: match only syllables the teen typed
 *   without any ("tu tu" = tự tử or từ từ). Such a hit is a gentle check-in (level `possible`), never a
 *   crisis card.
 * Context fields (FOLDED):
 * - `unless`: idioms; a hit overlapping one of them is dropped ("mệt muốn chết").
 * - `except`: if any occurs anywhere in the message the rule does not fire (fiction, legality questions).
 * - `requires`: at least one must occur somewhere in the message.
 * - `elsewhere`: at least one must occur in the message OUTSIDE the hit (a second, distinct signal: two
 *   exploitation signs of a job offer, not one sign counted twice). Split and anchored like `requires`, so a
 *   concept can be a rule's pattern and its own second condition without one big "A … A" regex.
 * - `negation`: what a negator in the 3 syllables before the hit does: `downgrade` to `possible` (default for
 *   self_harm — "không muốn chết" still deserves a check-in), `drop` (default for most), `ignore` (default
 *   for imminent_danger: "không ai cứu em" is still a call for help).
 * - `question`: what an informational question or "if…" hypothetical without an account marker does (see
 *   FRAMING in ./lexicon.ts and the README policy): `cap` at `possible` (default for forced labour and
 *   trafficking), `drop` the flag (rules that only describe a situation, e.g. a minor working
 *   nights: the question is for the FAQ), `drop_legal` (drop on a legality question, cap on other questions),
 *   `cap_others` (default for abuse and sexual abuse: like `cap`, but a question whose hit names the teen as
 *   the victim — "is it normal that my dad hits me?" — is an account; an "if…" still caps), `keep` (default
 *   for imminent_danger), `keep_own` (default for self_harm: keep — "tự làm đau mình thì có hết buồn không" is a
 *   disclosure — except an "if…" about someone else, neither the teen nor a named third party: "nếu thấy bạn có
 *   dấu hiệu tự làm hại bản thân thì nên làm gì" is a question about helping, capped at `possible`).
 */
export const ruleSpecSchema = z
  .object({
    id: z.string().regex(/^[a-z]+(\.[a-z0-9_]+)+$/),
    category: z.enum(RISK_CATEGORIES),
    level: z.enum(RISK_LEVELS),
    patterns: z.array(z.string().min(1)).optional(),
    marked: z.array(z.string().min(1)).optional(),
    checkIn: z.array(z.string().min(1)).optional(),
    unless: z.array(z.string().min(1)).optional(),
    except: z.array(z.string().min(1)).optional(),
    requires: z.array(z.string().min(1)).optional(),
    elsewhere: z.array(z.string().min(1)).optional(),
    negation: z.enum(['downgrade', 'drop', 'ignore']).optional(),
    question: z.enum(['cap', 'cap_others', 'drop', 'drop_legal', 'keep', 'keep_own']).optional(),
    note: z.string().optional(),
  })
  .strict()
  .refine((r) => (r.patterns?.length ?? 0) + (r.marked?.length ?? 0) + (r.checkIn?.length ?? 0) > 0, {
    message: 'a rule needs at least one pattern',
  });
export type RuleSpec = z.infer<typeof ruleSpecSchema>;

/**
 * A plan, means or time marker ("tối nay", "thuốc ngủ", "mai đi rồi") that lifts a `disclosed` flag of one of
 * `categories` in the same message to `imminent` (reference: T1 = plan, means or time). It never fires alone.
 */
export const boosterSpecSchema = z
  .object({
    id: z.string().regex(/^[a-z]+(\.[a-z0-9_]+)+$/),
    categories: z.array(z.enum(RISK_CATEGORIES)).min(1),
    patterns: z.array(z.string().min(1)).min(1),
    /** Levels it lifts; default only `disclosed` (means in hand may also lift a `possible` distress signal). */
    lifts: z.array(z.enum(['disclosed', 'possible'])).optional(),
    /** Also lift fold-ambiguous check-ins ("vừa uống thuốc tu tu": an act in progress disambiguates). */
    liftsAmbiguous: z.boolean().optional(),
    note: z.string().optional(),
  })
  .strict();
export type BoosterSpec = z.infer<typeof boosterSpecSchema>;

/** A request for help with something illegal or dangerous (faking papers to look 18, crossing a border illegally). */
export const illegalSpecSchema = z
  .object({
    id: z.string().regex(/^[a-z]+(\.[a-z0-9_]+)+$/),
    kind: z.enum(ILLEGAL_KINDS),
    patterns: z.array(z.string().min(1)).min(1),
    except: z.array(z.string().min(1)).optional(),
    note: z.string().optional(),
  })
  .strict();
export type IllegalSpec = z.infer<typeof illegalSpecSchema>;

/**
 * Markers that decide whether a message is framed as a question or hypothetical (see FRAMING in ./lexicon.ts):
 * `strong` account markers cancel all framing; `hypothetical` frames; `weak` account markers (plus the
 * third-party markers) cancel `legal` and `info` frames.
 */
export interface FramingSpec {
  strong: readonly string[];
  hypothetical: readonly string[];
  weak: readonly string[];
  legal: readonly string[];
  info: readonly string[];
}

/** Everything the detector is built from. */
export interface RuleSet {
  rules: readonly RuleSpec[];
  boosters: readonly BoosterSpec[];
  illegal: readonly IllegalSpec[];
  macros: Readonly<Record<string, string>>;
  thirdPartyMarkers: readonly string[];
  pastMarkers: readonly string[];
  negators: ReadonlySet<string>;
  firstPerson: ReadonlySet<string>;
  /** Question/hypothetical framing; without it no rule is ever capped or dropped for framing. */
  framing?: FramingSpec;
}
