import { compileRuleSet, type CompiledRule, type CompiledRuleSet, type Entry } from './compile';
import { findAll, matches, type CompiledPattern, type Span } from './pattern';
import type { RuleSet } from './rule-spec';
import { prepare, type PreparedText } from './text';
import { LEVEL_RANK, type FlagBasis, type IllegalKind, type RiskAssessment, type RiskFlag, type RiskLevel } from './types';

/** Syllables before a hit that are searched for a negator ("em không muốn chết"). */
const NEGATION_WINDOW = 3;
/** Syllables before a hit that are searched for a past-tense marker ("hồi trước em từng…"). */
const PAST_WINDOW = 6;

export interface AssessOptions {
  /**
   * Test only the patterns whose anchor tokens occur in the message (default). `false` tests every pattern:
   * same result, slower; used by the benchmark as the naive baseline and by a test proving equivalence.
   */
  useIndex?: boolean;
}

/** A compiled detector. Build once; `assess` is pure and allocation-light. */
export interface Detector {
  assess(text: string, options?: AssessOptions): RiskAssessment;
  /** Number of compiled patterns (folded + marked), for reports. */
  readonly patternCount: number;
}

interface TokenRange {
  start: number;
  end: number;
}

/** A fresh "nothing found" result (never a shared object: callers may mutate what they get). */
function empty(): RiskAssessment {
  return { level: null, flags: [], checkIn: false };
}

function spacesBefore(s: string, index: number): number {
  let n = 0;
  for (let i = 0; i < index; i++) if (s.charCodeAt(i) === 32) n++;
  return n;
}

/** Converts a character span of a prepared string to syllable indices [start, end). */
function tokenRange(s: string, span: Span): TokenRange {
  return { start: spacesBefore(s, span.start) - 1, end: spacesBefore(s, span.end) - 1 };
}

function rangesOf(p: CompiledPattern, s: string): TokenRange[] {
  return findAll(p, s).map((span) => tokenRange(s, span));
}

function overlaps(a: TokenRange, b: TokenRange): boolean {
  return a.start < b.end && b.start < a.end;
}

class Evaluation {
  readonly flags = new Map<string, RiskFlag>();
  illegal: { ruleId: string; kind: IllegalKind } | undefined;
  private readonly contextCache = new Map<CompiledRule, boolean>();
  private thirdPartyRanges: TokenRange[] | undefined;
  private pastRanges: TokenRange[] | undefined;

  constructor(
    private readonly set: CompiledRuleSet,
    readonly text: PreparedText,
  ) {}

  run(entry: Entry): void {
    if (entry.kind === 'illegal') {
      if (this.illegal === undefined && matches(entry.pattern, this.text.folded) && !this.any(entry.rule.except)) {
        this.illegal = { ruleId: entry.rule.spec.id, kind: entry.rule.spec.kind };
      }
      return;
    }
    const s = entry.mode === 'folded' ? this.text.folded : this.text.marked;
    const spans = findAll(entry.pattern, s);
    if (spans.length === 0 || !this.contextAllows(entry.rule)) return;
    for (const span of spans) {
      const range = tokenRange(s, span);
      if (range.end <= range.start || this.isIdiom(entry.rule, range)) continue;
      this.consider(entry, range);
    }
  }

  private any(patterns: readonly CompiledPattern[]): boolean {
    return patterns.some((p) => matches(p, this.text.folded));
  }

  private contextAllows(rule: CompiledRule): boolean {
    let ok = this.contextCache.get(rule);
    if (ok === undefined) {
      ok = !this.any(rule.except) && (rule.requires.length === 0 || this.any(rule.requires));
      this.contextCache.set(rule, ok);
    }
    return ok;
  }

  private isIdiom(rule: CompiledRule, range: TokenRange): boolean {
    return rule.unless.some((p) => rangesOf(p, this.text.folded).some((r) => overlaps(r, range)));
  }

  private negated(range: TokenRange): boolean {
    const from = Math.max(0, range.start - NEGATION_WINDOW);
    return this.text.markedList.slice(from, range.start).some((t) => this.set.negators.has(t));
  }

  private before(ranges: TokenRange[], range: TokenRange, window: number): boolean {
    return ranges.some((r) => r.end <= range.start && r.start >= range.start - window);
  }

  /** A third-party marker starts before the hit, and the hit itself has no first-person word. */
  private isThirdParty(range: TokenRange): boolean {
    this.thirdPartyRanges ??= this.set.thirdParty.flatMap((p) => rangesOf(p, this.text.folded));
    if (!this.thirdPartyRanges.some((r) => r.start < range.start)) return false;
    return !this.text.foldedList.slice(range.start, range.end).some((t) => this.set.firstPerson.has(t));
  }

  private isPast(range: TokenRange): boolean {
    this.pastRanges ??= this.set.past.flatMap((p) => rangesOf(p, this.text.folded));
    return this.before(this.pastRanges, range, PAST_WINDOW);
  }

  private consider(entry: Extract<Entry, { kind: 'rule' }>, range: TokenRange): void {
    const { spec, negation } = entry.rule;
    let level: RiskLevel = spec.level;
    let basis: FlagBasis = 'match';
    if (entry.mode === 'checkIn') [level, basis] = ['possible', 'ambiguous'];
    if (negation !== 'ignore' && this.negated(range)) {
      if (negation === 'drop') return;
      [level, basis] = ['possible', 'negated'];
    } else if (level === 'imminent' && this.isPast(range)) [level, basis] = ['disclosed', 'past'];
    const flag: RiskFlag = { ruleId: spec.id, category: spec.category, level, thirdParty: this.isThirdParty(range), basis };
    const prev = this.flags.get(spec.id);
    if (prev === undefined || LEVEL_RANK[level] > LEVEL_RANK[prev.level]) this.flags.set(spec.id, flag);
  }

  /** Lifts eligible flags to imminent when a plan/means/time booster of their category is present. */
  boost(): void {
    const current = [...this.flags.values()];
    for (const b of this.set.boosters) {
      const lifted = current.find(
        (f) =>
          b.spec.categories.includes(f.category) &&
          (f.basis === 'match' || f.basis === 'past' || (f.basis === 'ambiguous' && b.liftsAmbiguous)) &&
          b.lifts.has(f.level),
      );
      if (lifted === undefined || !this.any(b.patterns)) continue;
      this.flags.set(b.spec.id, { ...lifted, ruleId: b.spec.id, level: 'imminent', basis: 'boost' });
    }
  }
}

function summarise(ev: Evaluation, order: CompiledRuleSet['categoryOrder']): RiskAssessment {
  const flags = [...ev.flags.values()].sort(
    (a, b) =>
      LEVEL_RANK[b.level] - LEVEL_RANK[a.level] ||
      (order.get(a.category) ?? 0) - (order.get(b.category) ?? 0) ||
      a.ruleId.localeCompare(b.ruleId),
  );
  const level = flags[0]?.level ?? null;
  const checkIn =
    level === 'possible' && flags.some((f) => f.category === 'self_harm' || f.basis === 'ambiguous' || f.basis === 'negated');
  const out: RiskAssessment = { level, flags, checkIn };
  if (ev.illegal !== undefined) out.illegalRequest = ev.illegal;
  return out;
}

/** Compiles a rule set into a detector. Throws RuleSetError if a rule is invalid. */
export function createDetector(ruleSet: RuleSet): Detector {
  const set = compileRuleSet(ruleSet);
  return {
    patternCount: set.folded.all.length + set.marked.all.length,
    assess(input: string, options: AssessOptions = {}): RiskAssessment {
      const text = prepare(input);
      if (text.foldedList.length === 0) return empty();
      const candidates = new Set<Entry>();
      if (options.useIndex === false) {
        for (const e of set.folded.all) candidates.add(e);
        for (const e of set.marked.all) candidates.add(e);
      } else {
        set.folded.collect(text.foldedList, candidates);
        set.marked.collect(text.markedList, candidates);
      }
      if (candidates.size === 0) return empty();
      const ev = new Evaluation(set, text);
      for (const e of candidates) ev.run(e);
      if (ev.flags.size === 0 && ev.illegal === undefined) return empty();
      ev.boost();
      return summarise(ev, set.categoryOrder);
    },
  };
}
