import type { CompiledPattern } from './pattern';

/**
 * Exact anchor prefilters: a pattern can match a message only if one of its `anchors` AND one of its `also`
 * tokens occur among the message's syllables or syllable bigrams (see ./pattern.ts). Used to skip index
 * candidates and context regexes (`requires`, `except`, framing) before running them.
 */

/**
 * Syllables of a token list, plus the bigrams starting with one of `bigramHeads` (the only bigrams any anchor
 * uses): what anchors are looked up in.
 */
export function tokenSetOf(list: readonly string[], bigramHeads: ReadonlySet<string>): Set<string> {
  const set = new Set(list);
  for (let i = 0; i + 1 < list.length; i++) {
    const t = list[i] as string;
    if (bigramHeads.has(t)) set.add(`${t} ${list[i + 1] as string}`);
  }
  return set;
}

function hasAny(tokens: ReadonlySet<string>, wanted: readonly string[]): boolean {
  for (let i = 0; i < wanted.length; i++) if (tokens.has(wanted[i] as string)) return true;
  return false;
}

/** The second anchor condition (`also`) holds; used when the first is already known to (index lookup). */
export function alsoHolds(p: CompiledPattern, tokens: ReadonlySet<string>): boolean {
  return p.also == null || hasAny(tokens, p.also);
}

/** Both necessary anchor conditions of a pattern hold for a message's token set (exact prefilter). */
export function holds(p: CompiledPattern, tokens: ReadonlySet<string>): boolean {
  if (p.anchors !== null && !hasAny(tokens, p.anchors)) return false;
  return p.also == null || hasAny(tokens, p.also);
}
