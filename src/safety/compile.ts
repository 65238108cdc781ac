import { fold } from '../nlu/normalize';
import { compilePattern, PatternError, splitAlternatives, type CompiledPattern, type Macros } from './pattern';
import { alsoHolds, holds } from './prefilter';
import {
  boosterSpecSchema,
  illegalSpecSchema,
  ruleSpecSchema,
  type BoosterSpec,
  type IllegalSpec,
  type RuleSet,
  type RuleSpec,
} from './rule-spec';
import type { RiskCategory } from './types';

/** A rule set that cannot be compiled (bad syntax, unknown macro, duplicate id, diacritics in a folded pattern). */
export class RuleSetError extends Error {
  constructor(
    readonly ruleId: string,
    message: string,
  ) {
    super(`risk rule ${ruleId}: ${message}`);
    this.name = 'RuleSetError';
  }
}

export type Negation = 'downgrade' | 'drop' | 'ignore';
export type QuestionMode = 'cap' | 'cap_others' | 'drop' | 'drop_legal' | 'keep' | 'keep_own';

export interface CompiledRule {
  spec: RuleSpec;
  unless: CompiledPattern[];
  except: CompiledPattern[];
  requires: CompiledPattern[];
  /** Second signals that must match outside the hit (see `elsewhere` in ./rule-spec.ts). */
  elsewhere: CompiledPattern[];
  negation: Negation;
  question: QuestionMode;
}

/**
 * Compiled FramingSpec: each list split into small anchored alternatives (see `compilePresence`); the
 * third-party markers are part of `weak`.
 */
export interface CompiledFraming {
  strong: CompiledPattern[];
  hypothetical: CompiledPattern[];
  weak: CompiledPattern[];
  legal: CompiledPattern[];
  info: CompiledPattern[];
}

export interface CompiledBooster {
  spec: BoosterSpec;
  patterns: CompiledPattern[];
  lifts: ReadonlySet<string>;
  liftsAmbiguous: boolean;
}

export interface CompiledIllegal {
  spec: IllegalSpec;
  except: CompiledPattern[];
}

/** One pattern to test, with what it belongs to and which prepared string it runs on. */
export type Entry =
  | { kind: 'rule'; mode: 'folded' | 'marked' | 'checkIn'; rule: CompiledRule; pattern: CompiledPattern }
  | { kind: 'illegal'; rule: CompiledIllegal; pattern: CompiledPattern };

/**
 * Token → entries whose anchor set contains the token; entries without anchors are in `always`.
 * Looking up each token of a message gives the only patterns that can possibly match it.
 */
export class AnchorIndex {
  private readonly map = new Map<string, Entry[]>();
  readonly always: Entry[] = [];
  readonly all: Entry[] = [];

  add(entry: Entry): void {
    this.all.push(entry);
    const anchors = entry.pattern.anchors;
    if (anchors === null) {
      this.always.push(entry);
      return;
    }
    for (const a of anchors) {
      const list = this.map.get(a);
      if (list === undefined) this.map.set(a, [entry]);
      else list.push(entry);
    }
  }

  /**
   * Adds to `out` every entry that may match a message whose syllables and syllable bigrams are `tokens`: an
   * anchor occurs (the index lookup) and so does one of its second anchors (`also`, see ./prefilter.ts).
   */
  collect(tokens: ReadonlySet<string>, out: Set<Entry>): void {
    for (const e of this.always) if (holds(e.pattern, tokens)) out.add(e);
    // Reached through one of its anchors, an entry only needs its `also` condition; one that fails it is not
    // checked again when another of its anchors occurs.
    let rejected: Set<Entry> | undefined;
    for (const t of tokens) {
      const list = this.map.get(t);
      if (list === undefined) continue;
      for (const e of list) {
        if (out.has(e) || rejected?.has(e)) continue;
        if (alsoHolds(e.pattern, tokens)) out.add(e);
        else (rejected ??= new Set()).add(e);
      }
    }
  }
}

export interface CompiledRuleSet {
  folded: AnchorIndex;
  marked: AnchorIndex;
  boosters: CompiledBooster[];
  thirdParty: CompiledPattern[];
  past: CompiledPattern[];
  negators: ReadonlySet<string>;
  firstPerson: ReadonlySet<string>;
  categoryOrder: ReadonlyMap<RiskCategory, number>;
  framing: CompiledFraming | undefined;
  /**
   * First syllables of every bigram used as an anchor anywhere in the set: a message's bigrams need only be
   * built where they can be looked up (speed only).
   */
  bigramHeads: ReadonlySet<string>;
}

function bigramHeadsOf(macros: Macros): Set<string> {
  const heads = new Set<string>();
  for (const p of PATTERN_CACHE.get(macros)?.values() ?? []) {
    for (const t of [...(p.anchors ?? []), ...(p.also ?? [])]) {
      const sp = t.indexOf(' ');
      if (sp > 0) heads.add(t.slice(0, sp));
    }
  }
  return heads;
}

const DEFAULT_NEGATION: Readonly<Record<RiskCategory, Negation>> = {
  self_harm: 'downgrade',
  abuse: 'drop',
  sexual_abuse: 'drop',
  forced_labour: 'drop',
  trafficking: 'drop',
  imminent_danger: 'ignore',
};

const DEFAULT_QUESTION: Readonly<Record<RiskCategory, QuestionMode>> = {
  self_harm: 'keep_own',
  abuse: 'cap_others',
  sexual_abuse: 'cap_others',
  forced_labour: 'cap',
  trafficking: 'cap',
  imminent_danger: 'keep',
};

/**
 * Compiled patterns by source text, per macro table: the same pattern used by several rules (a concept's
 * alternatives appear in many `requires` lists) is one RegExp, which keeps the regex working set small.
 * Sharing is safe: matching is synchronous and always resets `lastIndex`.
 */
const PATTERN_CACHE = new WeakMap<Macros, Map<string, CompiledPattern>>();

function compileAll(id: string, patterns: readonly string[] | undefined, macros: Macros, folded: boolean): CompiledPattern[] {
  let cache = PATTERN_CACHE.get(macros);
  if (cache === undefined) PATTERN_CACHE.set(macros, (cache = new Map<string, CompiledPattern>()));
  const known = cache;
  return (patterns ?? []).map((raw) => {
    const p = raw.normalize('NFC');
    if (folded && fold(p) !== p) throw new RuleSetError(id, `pattern has diacritics but runs on folded text: "${p}"`);
    try {
      let compiled = known.get(p);
      if (compiled === undefined) known.set(p, (compiled = compilePattern(p, macros)));
      return compiled;
    } catch (err) {
      if (err instanceof PatternError) throw new RuleSetError(id, err.message);
      throw err;
    }
  });
}

/**
 * Compiles presence-test patterns (`except`, `requires`, framing) split into their top-level alternatives, each
 * with its own anchors: the detector then runs only the few small regexes whose anchors occur in the message.
 */
function compilePresence(id: string, patterns: readonly string[] | undefined, macros: Macros): CompiledPattern[] {
  const split = (patterns ?? []).flatMap((raw) => {
    try {
      return splitAlternatives(raw.normalize('NFC'), macros);
    } catch (err) {
      if (err instanceof PatternError) throw new RuleSetError(id, err.message);
      throw err;
    }
  });
  return compileAll(id, [...new Set(split)], macros, true);
}

function compileRule(raw: RuleSpec, macros: Macros, folded: AnchorIndex, marked: AnchorIndex): void {
  const spec = ruleSpecSchema.parse(raw);
  const rule: CompiledRule = {
    spec,
    unless: compileAll(spec.id, spec.unless, macros, true),
    except: compilePresence(spec.id, spec.except, macros),
    requires: compilePresence(spec.id, spec.requires, macros),
    elsewhere: compilePresence(spec.id, spec.elsewhere, macros),
    negation: spec.negation ?? DEFAULT_NEGATION[spec.category],
    question: spec.question ?? DEFAULT_QUESTION[spec.category],
  };
  for (const pattern of compileAll(spec.id, spec.patterns, macros, true)) folded.add({ kind: 'rule', mode: 'folded', rule, pattern });
  for (const pattern of compileAll(spec.id, spec.marked, macros, false)) marked.add({ kind: 'rule', mode: 'marked', rule, pattern });
  for (const pattern of compileAll(spec.id, spec.checkIn, macros, true)) marked.add({ kind: 'rule', mode: 'checkIn', rule, pattern });
}

function checkUniqueIds(ids: string[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new RuleSetError(id, 'duplicate id');
    seen.add(id);
  }
}

/** Validates and compiles a rule set once (at load). Throws RuleSetError on any problem. */
export function compileRuleSet(set: RuleSet): CompiledRuleSet {
  checkUniqueIds([...set.rules.map((r) => r.id), ...set.boosters.map((b) => b.id), ...set.illegal.map((r) => r.id)]);
  const folded = new AnchorIndex();
  const marked = new AnchorIndex();
  for (const r of set.rules) compileRule(r, set.macros, folded, marked);
  for (const raw of set.illegal) {
    const spec = illegalSpecSchema.parse(raw);
    const rule: CompiledIllegal = { spec, except: compilePresence(spec.id, spec.except, set.macros) };
    for (const pattern of compileAll(spec.id, spec.patterns, set.macros, true)) folded.add({ kind: 'illegal', rule, pattern });
  }
  const boosters = set.boosters.map((raw) => {
    const spec = boosterSpecSchema.parse(raw);
    return {
      spec,
      patterns: compilePresence(spec.id, spec.patterns, set.macros),
      lifts: new Set(spec.lifts ?? ['disclosed']),
      liftsAmbiguous: spec.liftsAmbiguous ?? false,
    };
  });
  const categories = [...new Set(set.rules.map((r) => r.category))];
  const f = set.framing;
  const framing: CompiledFraming | undefined =
    f === undefined
      ? undefined
      : {
          strong: compilePresence('lexicon.framing.strong', f.strong, set.macros),
          hypothetical: compilePresence('lexicon.framing.hypothetical', f.hypothetical, set.macros),
          weak: compilePresence('lexicon.framing.weak', [...f.weak, ...set.thirdPartyMarkers], set.macros),
          legal: compilePresence('lexicon.framing.legal', f.legal, set.macros),
          info: compilePresence('lexicon.framing.info', f.info, set.macros),
        };
  return {
    folded,
    marked,
    boosters,
    thirdParty: compileAll('lexicon.third_party', set.thirdPartyMarkers, set.macros, true),
    past: compileAll('lexicon.past', set.pastMarkers, set.macros, true),
    negators: set.negators,
    firstPerson: set.firstPerson,
    categoryOrder: new Map(categories.map((c, i) => [c, i])),
    framing,
    bigramHeads: bigramHeadsOf(set.macros),
  };
}
