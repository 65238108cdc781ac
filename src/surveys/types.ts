/**
 * The vocabulary of the career-interest survey, shared by storage, dialogs, scoring and the console.
 * Holland's six interest types (RIASEC, reference facts.md §7.1), in the conventional hexagon order.
 */
export const RIASEC = ['R', 'I', 'A', 'S', 'E', 'C'] as const;
export type Riasec = (typeof RIASEC)[number];

/** Per-type scores (sum of the answers to that type's items). */
export type Scores = Record<Riasec, number>;

/**
 * Age bands asked before anything else. "Trẻ em" in Vietnamese law means under 16 (facts.md §0.10), so the
 * bands split at 16: under 16 the user needs a parent's or guardian's agreement before anything is stored.
 */
export const AGE_BANDS = ['under13', '13-15', '16-17', '18+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** Bands for which a parent's or guardian's agreement is needed before storing (Luật Trẻ em: under 16). */
export const NEEDS_PARENT: ReadonlySet<AgeBand> = new Set<AgeBand>(['under13', '13-15']);

/** School situation: grades 6–12, or not at school in one of three ways. */
export const GRADES = ['g6', 'g7', 'g8', 'g9', 'g10', 'g11', 'g12', 'vocational', 'working', 'out_of_school'] as const;
export type Grade = (typeof GRADES)[number];

/** Optional; "prefer not to say" is simply not storing it. */
export const GENDERS = ['female', 'male', 'other'] as const;
export type Gender = (typeof GENDERS)[number];

/** An answer to one item: 0 = dislike, 1 = neutral / not sure, 2 = like. */
export type Answer = 0 | 1 | 2;
export const ANSWER_VALUES: readonly Answer[] = [2, 1, 0];
