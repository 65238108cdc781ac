import type { CompiledPattern } from './pattern';
import type { MessageTokens, TokenVocab } from './vocab';

/**
 * Exact anchor prefilters: a pattern can match a message only if one of its `anchors` AND one of its `also`
 * tokens occur among the message's syllables or syllable bigrams (see ./pattern.ts). Used to skip index
 * candidates and context regexes (`requires`, `except`, `elsewhere`, framing) before running them.
 */

/** A compiled pattern with its two anchor conditions as token ids (./vocab.ts) and a serial for memos. */
export interface Anchored {
  readonly pattern: CompiledPattern;
  /** Unique among the patterns of one vocabulary (0, 1, 2…): index of per-message memos. */
  readonly serial: number;
  readonly anchors: Int32Array | null;
  readonly also: Int32Array | null;
}

/** Registers a compiled pattern's anchors in a vocabulary. */
export function anchored(pattern: CompiledPattern, vocab: TokenVocab): Anchored {
  return { pattern, serial: vocab.nextSerial(), anchors: vocab.idsOf(pattern.anchors), also: vocab.idsOf(pattern.also) };
}

/** The second anchor condition (`also`) holds; used when the first is already known to (index lookup). */
export function alsoHolds(p: Anchored, tokens: MessageTokens): boolean {
  return p.also === null || tokens.hasAny(p.also);
}

/** Both necessary anchor conditions of a pattern hold for a message's tokens (exact prefilter). */
export function holds(p: Anchored, tokens: MessageTokens): boolean {
  return (p.anchors === null || tokens.hasAny(p.anchors)) && alsoHolds(p, tokens);
}

/**
 * A list of patterns tested for presence (a rule's `requires`, `except`, `elsewhere`, `unless`, a framing or
 * marker list), indexed by anchor token: a message visits only the patterns anchored on its own tokens, so
 * the cost follows the message's length, not the list's (lists hold up to ~130 concept alternatives).
 */
export class PresenceList {
  private readonly byToken = new Map<number, Anchored[]>();
  private readonly always: Anchored[] = [];
  /** Bit `id` set when token `id` anchors a pattern of the list: most message tokens are rejected by one read. */
  private readonly bits: Uint8Array;

  constructor(readonly patterns: readonly Anchored[]) {
    let max = -1;
    for (const p of patterns) {
      if (p.anchors === null) {
        this.always.push(p);
        continue;
      }
      for (const id of new Set(p.anchors)) {
        max = Math.max(max, id);
        const list = this.byToken.get(id);
        if (list === undefined) this.byToken.set(id, [p]);
        else list.push(p);
      }
    }
    this.bits = new Uint8Array((max >> 3) + 1);
    for (const id of this.byToken.keys()) this.bits[id >> 3] = (this.bits[id >> 3] as number) | (1 << (id & 7));
  }

  get length(): number {
    return this.patterns.length;
  }

  /**
   * Whether `test` is true for one of the patterns whose anchor conditions hold in the message. A pattern with
   * several anchors present may be tested more than once (callers memoise per message); stops at the first true.
   */
  some(tokens: MessageTokens, test: (p: Anchored) => boolean): boolean {
    for (const p of this.always) if (alsoHolds(p, tokens) && test(p)) return true;
    if (this.byToken.size === 0) return false;
    const ids = tokens.ids;
    const bits = this.bits;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] as number;
      if ((id >> 3) >= bits.length || ((bits[id >> 3] as number) & (1 << (id & 7))) === 0) continue;
      for (const p of this.byToken.get(id) as Anchored[]) if (alsoHolds(p, tokens) && test(p)) return true;
    }
    return false;
  }
}

const EPOCH_MAX = 0xffff_fff0;

/**
 * Per-message memo of pattern results by serial (0 = not yet known), reused from message to message with an
 * epoch stamp: a concept alternative shared by many rules' `requires` runs its regex once per message.
 */
export class PatternMemo {
  private stamp = new Uint32Array(0);
  private value = new Uint8Array(0);
  private epoch = 0;

  /** Forgets every result; `size` = the vocabulary's pattern count. */
  reset(size: number): void {
    if (this.stamp.length < size) {
      this.stamp = new Uint32Array(size);
      this.value = new Uint8Array(size);
    }
    if (++this.epoch >= EPOCH_MAX) {
      this.stamp.fill(0);
      this.epoch = 1;
    }
  }

  /** The stored result of pattern `serial`, or undefined. */
  get(serial: number): boolean | undefined {
    return this.stamp[serial] === this.epoch ? this.value[serial] === 1 : undefined;
  }

  set(serial: number, result: boolean): boolean {
    this.stamp[serial] = this.epoch;
    this.value[serial] = result ? 1 : 0;
    return result;
  }
}
