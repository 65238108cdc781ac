import { fold } from '../nlu/normalize';
import { compilePattern, PatternError, splitAlternatives, type Macros } from './pattern';
import { anchored, PresenceList, type Anchored } from './prefilter';
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
import { TokenVocab } from './vocab';
import { AnchorIndex } from './anchor-index';

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
  /** Position in the rule set (index of per-message caches). */
  index: number;
  unless: PresenceList;
  except: PresenceList;
  requires: PresenceList;
  /** Second signals that must match outside the hit (see `elsewhere` in ./rule-spec.ts). */
  elsewhere: PresenceList;
  negation: Negation;
  question: QuestionMode;
}

/**
 * Compiled FramingSpec: each list split into small anchored alternatives (see `compilePresence`); the
 * third-party markers are part of `weak`.
 */
export interface CompiledFraming {
  strong: PresenceList;
  hypothetical: PresenceList;
  weak: PresenceList;
  legal: PresenceList;
  info: PresenceList;
}

export interface CompiledBooster {
  spec: BoosterSpec;
  patterns: PresenceList;
  lifts: ReadonlySet<string>;
  liftsAmbiguous: boolean;
}

export interface CompiledIllegal {
  spec: IllegalSpec;
  except: PresenceList;
}

/** One pattern to test, with what it belongs to and which prepared string it runs on. */
export type Entry =
  | { kind: 'rule'; mode: 'folded' | 'marked' | 'checkIn'; rule: CompiledRule; pattern: Anchored }
  | { kind: 'illegal'; rule: CompiledIllegal; pattern: Anchored };

export interface CompiledRuleSet {
  folded: AnchorIndex;
  marked: AnchorIndex;
  boosters: CompiledBooster[];
  thirdParty: PresenceList;
  past: PresenceList;
  negators: ReadonlySet<string>;
  firstPerson: ReadonlySet<string>;
  categoryOrder: ReadonlyMap<RiskCategory, number>;
  framing: CompiledFraming | undefined;
  /** Ids of every anchor token of the set's patterns (shared by rule sets built on the same macro table). */
  vocab: TokenVocab;
  /** Number of compiled rules (`CompiledRule.index` is below it). */
  ruleCount: number;
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
const PATTERN_CACHE = new WeakMap<Macros, { vocab: TokenVocab; known: Map<string, Anchored> }>();

function cacheOf(macros: Macros): { vocab: TokenVocab; known: Map<string, Anchored> } {
  let cache = PATTERN_CACHE.get(macros);
  if (cache === undefined) PATTERN_CACHE.set(macros, (cache = { vocab: new TokenVocab(), known: new Map() }));
  return cache;
}

function compileAll(id: string, patterns: readonly string[] | undefined, macros: Macros, folded: boolean): Anchored[] {
  const { vocab, known } = cacheOf(macros);
  return (patterns ?? []).map((raw) => {
    const p = raw.normalize('NFC');
    if (folded && fold(p) !== p) throw new RuleSetError(id, `pattern has diacritics but runs on folded text: "${p}"`);
    try {
      let compiled = known.get(p);
      if (compiled === undefined) known.set(p, (compiled = anchored(compilePattern(p, macros), vocab)));
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
function compilePresence(id: string, patterns: readonly string[] | undefined, macros: Macros): PresenceList {
  const split = (patterns ?? []).flatMap((raw) => {
    try {
      return splitAlternatives(raw.normalize('NFC'), macros);
    } catch (err) {
      if (err instanceof PatternError) throw new RuleSetError(id, err.message);
      throw err;
    }
  });
  return new PresenceList(compileAll(id, [...new Set(split)], macros, true));
}

function compileRule(raw: RuleSpec, index: number, macros: Macros, folded: AnchorIndex, marked: AnchorIndex): void {
  const spec = ruleSpecSchema.parse(raw);
  const rule: CompiledRule = {
    spec,
    index,
    unless: new PresenceList(compileAll(spec.id, spec.unless, macros, true)),
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
  set.rules.forEach((r, i) => compileRule(r, i, set.macros, folded, marked));
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
    thirdParty: new PresenceList(compileAll('lexicon.third_party', set.thirdPartyMarkers, set.macros, true)),
    past: new PresenceList(compileAll('lexicon.past', set.pastMarkers, set.macros, true)),
    negators: set.negators,
    firstPerson: set.firstPerson,
    categoryOrder: new Map(categories.map((c, i) => [c, i])),
    framing,
    vocab: cacheOf(set.macros).vocab,
    ruleCount: set.rules.length,
  };
}
