import { fold } from '../nlu/normalize';
import { compilePattern, PatternError, type CompiledPattern, type Macros } from './pattern';
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

export interface CompiledRule {
  spec: RuleSpec;
  unless: CompiledPattern[];
  except: CompiledPattern[];
  requires: CompiledPattern[];
  negation: Negation;
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

  /** Adds to `out` every entry that may match a message made of `tokens` (syllables and their bigrams). */
  collect(tokens: readonly string[], out: Set<Entry>): void {
    for (const e of this.always) out.add(e);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as string;
      this.addAll(this.map.get(t), out);
      if (i + 1 < tokens.length) this.addAll(this.map.get(`${t} ${tokens[i + 1] as string}`), out);
    }
  }

  private addAll(list: Entry[] | undefined, out: Set<Entry>): void {
    if (list !== undefined) for (const e of list) out.add(e);
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
}

const DEFAULT_NEGATION: Readonly<Record<RiskCategory, Negation>> = {
  self_harm: 'downgrade',
  abuse: 'drop',
  sexual_abuse: 'drop',
  forced_labour: 'drop',
  trafficking: 'drop',
  imminent_danger: 'ignore',
};

function compileAll(id: string, patterns: readonly string[] | undefined, macros: Macros, folded: boolean): CompiledPattern[] {
  return (patterns ?? []).map((raw) => {
    const p = raw.normalize('NFC');
    if (folded && fold(p) !== p) throw new RuleSetError(id, `pattern has diacritics but runs on folded text: "${p}"`);
    try {
      return compilePattern(p, macros);
    } catch (err) {
      if (err instanceof PatternError) throw new RuleSetError(id, err.message);
      throw err;
    }
  });
}

function compileRule(raw: RuleSpec, macros: Macros, folded: AnchorIndex, marked: AnchorIndex): void {
  const spec = ruleSpecSchema.parse(raw);
  const rule: CompiledRule = {
    spec,
    unless: compileAll(spec.id, spec.unless, macros, true),
    except: compileAll(spec.id, spec.except, macros, true),
    requires: compileAll(spec.id, spec.requires, macros, true),
    negation: spec.negation ?? DEFAULT_NEGATION[spec.category],
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
    const rule: CompiledIllegal = { spec, except: compileAll(spec.id, spec.except, set.macros, true) };
    for (const pattern of compileAll(spec.id, spec.patterns, set.macros, true)) folded.add({ kind: 'illegal', rule, pattern });
  }
  const boosters = set.boosters.map((raw) => {
    const spec = boosterSpecSchema.parse(raw);
    return {
      spec,
      patterns: compileAll(spec.id, spec.patterns, set.macros, true),
      lifts: new Set(spec.lifts ?? ['disclosed']),
      liftsAmbiguous: spec.liftsAmbiguous ?? false,
    };
  });
  const categories = [...new Set(set.rules.map((r) => r.category))];
  return {
    folded,
    marked,
    boosters,
    thirdParty: compileAll('lexicon.third_party', set.thirdPartyMarkers, set.macros, true),
    past: compileAll('lexicon.past', set.pastMarkers, set.macros, true),
    negators: set.negators,
    firstPerson: set.firstPerson,
    categoryOrder: new Map(categories.map((c, i) => [c, i])),
  };
}
