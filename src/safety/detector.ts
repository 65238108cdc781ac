import { compileRuleSet, type CompiledRule, type CompiledRuleSet, type Entry } from './compile';
import { findAll, matches, type CompiledPattern, type Span } from './pattern';
import type { RuleSet } from './rule-spec';
import { PatternMemo, type Anchored, type PresenceList } from './prefilter';
import { MessageTokens } from './vocab';
import { prepare, type PreparedText } from './text';
import { LEVEL_RANK, type FlagBasis, type IllegalKind, type RiskAssessment, type RiskFlag, type RiskLevel } from './types';

/** Syllables before a hit that are searched for a negator ("em không muốn chết"). */
const NEGATION_WINDOW = 3;
/** Conditional connectors: a negator before one of them negates the condition, not the hit. */
const CONNECTORS: ReadonlySet<string> = new Set(['la', 'thi']);
/** Syllables before a hit that are searched for a past-tense marker ("hồi trước em từng…"). */
const PAST_WINDOW = 6;

export interface AssessOptions {
  /**
   * Test only the patterns whose anchor tokens occur in the message (default). `false` tests every pattern:
   * same result, slower; used by the benchmark as the naive baseline and by a test proving equivalence.
   */
  useIndex?: boolean;
  /** The message already prepared with `prepare` (text.ts), when the caller needs it too (the statistical layer). */
  prepared?: PreparedText;
}

/** A compiled detector. Build once; `assess` is pure and allocation-light. */
export interface Detector {
  assess(text: string, options?: AssessOptions): RiskAssessment;
  /** Number of compiled patterns (folded + marked), for reports. */
  readonly patternCount: number;
}

/** Message framing: an informational/legal question or a hypothetical, without an account marker. */
type Frame = 'none' | 'hypothetical' | 'legal' | 'info';

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
  /** Token ranges of the context patterns run so far, by pattern serial. */
  private readonly rangesCache = new Map<number, TokenRange[]>();
  private frameCache: Frame | undefined;
  private readonly has = (p: Anchored): boolean => this.memo.get(p.serial) ?? this.memo.set(p.serial, matches(p.pattern, this.text.folded));

  constructor(
    private readonly set: CompiledRuleSet,
    readonly text: PreparedText,
    /** Anchor tokens of the folded message: the prefilter of context patterns. */
    private readonly tokens: MessageTokens,
    /** Presence results of context patterns for this message (reset by the caller). */
    private readonly memo: PatternMemo,
  ) {}

  run(entry: Entry): void {
    if (entry.kind === 'illegal') {
      if (this.illegal === undefined && matches(entry.pattern.pattern, this.text.folded) && !this.any(entry.rule.except)) {
        this.illegal = { ruleId: entry.rule.spec.id, kind: entry.rule.spec.kind };
      }
      return;
    }
    const s = entry.mode === 'folded' ? this.text.folded : this.text.marked;
    const spans = findAll(entry.pattern.pattern, s);
    if (spans.length === 0 || !this.contextAllows(entry.rule)) return;
    for (const span of spans) {
      const range = tokenRange(s, span);
      if (range.end <= range.start || this.isIdiom(entry.rule, range) || !this.hasElsewhere(entry.rule, range)) continue;
      this.consider(entry, range);
    }
  }

  /**
   * Whether one pattern of the list occurs in the folded text. Only the patterns whose anchors are among the
   * message's tokens are visited (exact: anchors are required literals), so most context regexes never run.
   */
  private any(list: PresenceList): boolean {
    return list.length > 0 && list.some(this.tokens, this.has);
  }

  /** Token ranges of a context pattern in the folded text (callers reach it only when its anchors hold). */
  private ranges(p: Anchored): TokenRange[] {
    let r = this.rangesCache.get(p.serial);
    if (r === undefined) this.rangesCache.set(p.serial, (r = rangesOf(p.pattern, this.text.folded)));
    return r;
  }

  /** Some pattern of the list has a range that satisfies `test`. */
  private someRange(list: PresenceList, test: (r: TokenRange) => boolean): boolean {
    return list.length > 0 && list.some(this.tokens, (p) => this.ranges(p).some(test));
  }

  private contextAllows(rule: CompiledRule): boolean {
    let ok = this.contextCache.get(rule);
    if (ok === undefined) {
      ok = !this.any(rule.except) && (rule.requires.length === 0 || this.any(rule.requires));
      this.contextCache.set(rule, ok);
    }
    return ok;
  }

  /** A second signal of the rule (`elsewhere`) outside the hit; true when the rule asks for none. */
  private hasElsewhere(rule: CompiledRule, range: TokenRange): boolean {
    return rule.elsewhere.length === 0 || this.someRange(rule.elsewhere, (r) => !overlaps(r, range));
  }

  private isIdiom(rule: CompiledRule, range: TokenRange): boolean {
    return this.someRange(rule.unless, (r) => overlaps(r, range));
  }

  /**
   * A negator in the window before the hit, with no conditional connector after it: "không muốn chết" is
   * negated, "không đưa là bị đánh" / "không gửi thì…" is a threat, not a negation.
   */
  private negated(range: TokenRange): boolean {
    const from = Math.max(0, range.start - NEGATION_WINDOW);
    for (let i = range.start - 1; i >= from; i--) {
      if (CONNECTORS.has(this.text.foldedList[i] as string)) return false;
      if (this.set.negators.has(this.text.markedList[i] as string)) return true;
      // "no one" / "no-one" is "nobody" (a lone "no" is not a negator: "no, he took my passport").
      if (this.text.foldedList[i] === 'one' && this.text.foldedList[i - 1] === 'no') return true;
    }
    return false;
  }

  /** A first-person word inside the hit ("trẻ em" = children is not one). */
  private hasFirstPerson(range: TokenRange): boolean {
    const list = this.text.foldedList;
    for (let i = range.start; i < range.end; i++) {
      const t = list[i] as string;
      if (this.set.firstPerson.has(t) && !(t === 'em' && list[i - 1] === 'tre')) return true;
    }
    return false;
  }

  /**
   * A third-party marker ends before the hit starts, and the hit itself has no first-person word. A marker
   * inside the hit is the actor, not the victim ("có đứa bạn rủ qua Cam làm": the teen is invited).
   */
  private isThirdParty(range: TokenRange): boolean {
    if (!this.someRange(this.set.thirdParty, (r) => r.end <= range.start)) return false;
    return !this.hasFirstPerson(range);
  }

  private isPast(range: TokenRange): boolean {
    return this.someRange(this.set.past, (r) => r.end <= range.start && r.start >= range.start - PAST_WINDOW);
  }

  /** How the whole message is framed (README policy): computed once, only when a framed rule fired. */
  private frame(): Frame {
    if (this.frameCache !== undefined) return this.frameCache;
    const f = this.set.framing;
    let frame: Frame = 'none';
    if (f !== undefined && !this.any(f.strong)) {
      if (this.any(f.hypothetical)) frame = 'hypothetical';
      else if (!this.any(f.weak)) frame = this.any(f.legal) ? 'legal' : this.any(f.info) ? 'info' : 'none';
    }
    this.frameCache = frame;
    return frame;
  }

  private consider(entry: Extract<Entry, { kind: 'rule' }>, range: TokenRange): void {
    const { spec, negation, question } = entry.rule;
    let level: RiskLevel = spec.level;
    let basis: FlagBasis = 'match';
    if (entry.mode === 'checkIn') [level, basis] = ['possible', 'ambiguous'];
    if (negation !== 'ignore' && this.negated(range)) {
      if (negation === 'drop') return;
      [level, basis] = ['possible', 'negated'];
    } else if (level === 'imminent' && this.isPast(range)) [level, basis] = ['disclosed', 'past'];
    if (question === 'keep_own') {
      // Self-harm: a question is usually a disclosure, but "nếu thấy bạn có dấu hiệu tự làm hại…" is about helping.
      if (this.frame() === 'hypothetical' && !this.hasFirstPerson(range) && !this.isThirdParty(range) && LEVEL_RANK[level] > LEVEL_RANK.possible) {
        [level, basis] = ['possible', 'question'];
      }
    } else if (question !== 'keep') {
      const frame = this.frame();
      const victimIsTeen = question === 'cap_others' && frame !== 'hypothetical' && this.hasFirstPerson(range);
      if (frame !== 'none' && !victimIsTeen) {
        if (question === 'drop' || (question === 'drop_legal' && frame === 'legal')) return;
        if (LEVEL_RANK[level] > LEVEL_RANK.possible) [level, basis] = ['possible', 'question'];
      }
    }
    const flag: RiskFlag = { ruleId: spec.id, category: spec.category, level, thirdParty: this.isThirdParty(range), basis };
    const prev = this.flags.get(spec.id);
    if (prev === undefined || outranks(flag, prev)) this.flags.set(spec.id, flag);
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

/** Preference among the bases of one rule's matches at the same level (any fixed order keeps results order-free). */
const BASIS_RANK: Readonly<Record<FlagBasis, number>> = { match: 5, boost: 4, past: 3, question: 2, negated: 1, ambiguous: 0 };

/**
 * Whether `a` should replace `b` as the flag of one rule matched several times: higher level first, then the
 * reading about the teen (not third party), then the basis. A total order, so the result does not depend on
 * the order in which patterns run (anchor index or full scan).
 */
function outranks(a: RiskFlag, b: RiskFlag): boolean {
  if (a.level !== b.level) return LEVEL_RANK[a.level] > LEVEL_RANK[b.level];
  if (a.thirdParty !== b.thirdParty) return !a.thirdParty;
  return BASIS_RANK[a.basis] > BASIS_RANK[b.basis];
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
  // Per-message scratch, reused (assess is synchronous, so one message at a time per detector).
  const foldedTokens = new MessageTokens(set.vocab);
  const markedTokens = new MessageTokens(set.vocab);
  const memo = new PatternMemo();
  return {
    patternCount: set.folded.all.length + set.marked.all.length,
    assess(input: string, options: AssessOptions = {}): RiskAssessment {
      const text = options.prepared ?? prepare(input);
      if (text.foldedList.length === 0) return empty();
      const folded = foldedTokens.load(text.foldedList);
      let candidates: Entry[] = [];
      if (options.useIndex === false) {
        candidates = [...set.folded.all, ...set.marked.all];
      } else {
        set.folded.collect(folded, candidates);
        set.marked.collect(text.marked === text.folded ? folded : markedTokens.load(text.markedList), candidates);
      }
      if (candidates.length === 0) return empty();
      memo.reset(set.vocab.patternCount);
      const ev = new Evaluation(set, text, folded, memo);
      for (const e of candidates) ev.run(e);
      if (ev.flags.size === 0 && ev.illegal === undefined) return empty();
      ev.boost();
      return summarise(ev, set.categoryOrder);
    },
  };
}
