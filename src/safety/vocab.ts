/**
 * Integer ids for anchor tokens (syllables and syllable bigrams, see ./pattern.ts), so the per-message anchor
 * tests are typed-array reads instead of string-set lookups and bigram strings are never built. Speed only:
 * a token is present in a message exactly when the old string token set held it.
 */

/** Token ids of every anchor of one macro table's patterns. Grows as patterns are compiled; ids never change. */
export class TokenVocab {
  private readonly syllableIds = new Map<string, number>();
  /** Syllable id → token id of the syllable as a unigram anchor, or -1 (used only inside bigrams). */
  private readonly unigram: number[] = [];
  /** Syllable id → (next syllable id → bigram token id), for syllables that start a bigram anchor. */
  private readonly bigrams: (Map<number, number> | undefined)[] = [];
  private count = 0;
  private serials = 0;

  /** A new pattern serial: patterns compiled with this vocabulary are numbered 0, 1, 2… (for per-message memos). */
  nextSerial(): number {
    return this.serials++;
  }

  /** Number of pattern serials handed out so far. */
  get patternCount(): number {
    return this.serials;
  }

  /** Number of token ids handed out so far. */
  get size(): number {
    return this.count;
  }

  private syllable(s: string): number {
    let id = this.syllableIds.get(s);
    if (id === undefined) {
      id = this.unigram.length;
      this.syllableIds.set(s, id);
      this.unigram.push(-1);
      this.bigrams.push(undefined);
    }
    return id;
  }

  /** The id of an anchor token ("chet", "bao hanh"), assigned on first use. */
  idOf(token: string): number {
    const sp = token.indexOf(' ');
    if (sp < 0) {
      const s = this.syllable(token);
      if ((this.unigram[s] as number) < 0) this.unigram[s] = this.count++;
      return this.unigram[s] as number;
    }
    const head = this.syllable(token.slice(0, sp));
    const next = this.syllable(token.slice(sp + 1));
    let map = this.bigrams[head];
    if (map === undefined) this.bigrams[head] = map = new Map();
    let id = map.get(next);
    if (id === undefined) map.set(next, (id = this.count++));
    return id;
  }

  /** Ids of a token list, or null for null (a pattern without that anchor condition). */
  idsOf(tokens: readonly string[] | null | undefined): Int32Array | null {
    return tokens == null ? null : Int32Array.from(tokens, (t) => this.idOf(t));
  }

  /** The id of a message syllable, or -1 when no anchor uses it. */
  syllableId(s: string): number {
    return this.syllableIds.get(s) ?? -1;
  }

  /** Token id of syllable `s` as a unigram anchor, or -1. */
  unigramOf(s: number): number {
    return this.unigram[s] as number;
  }

  /** Token id of the bigram of syllables `a` then `b`, or -1. */
  bigramOf(a: number, b: number): number {
    const map = this.bigrams[a];
    return map === undefined ? -1 : (map.get(b) ?? -1);
  }
}

const EPOCH_MAX = 0xffff_fff0;

/**
 * The anchor tokens of one message, reused from message to message (an epoch stamp per token id: no clearing,
 * no allocation). `ids` lists the distinct tokens present, in scan order.
 */
export class MessageTokens {
  private stamp = new Uint32Array(0);
  private epoch = 0;
  private syllables = new Int32Array(64);
  /** The distinct anchor tokens of the message: unigrams in order of first occurrence, then bigrams. */
  readonly ids: number[] = [];

  constructor(private readonly vocab: TokenVocab) {}

  private add(id: number): void {
    if (id < 0 || this.stamp[id] === this.epoch) return;
    this.stamp[id] = this.epoch;
    this.ids.push(id);
  }

  /**
   * Replaces the content with the anchor tokens of a message's syllables, in the order the former string set
   * iterated in (unigrams, then bigrams), which keeps the order rules run in unchanged.
   */
  load(list: readonly string[]): this {
    const vocab = this.vocab;
    if (this.stamp.length < vocab.size) this.stamp = new Uint32Array(vocab.size);
    if (++this.epoch >= EPOCH_MAX) {
      this.stamp.fill(0);
      this.epoch = 1;
    }
    this.ids.length = 0;
    if (this.syllables.length < list.length) this.syllables = new Int32Array(list.length * 2);
    const sylls = this.syllables;
    for (let i = 0; i < list.length; i++) {
      const s = vocab.syllableId(list[i] as string);
      sylls[i] = s;
      if (s >= 0) this.add(vocab.unigramOf(s));
    }
    for (let i = 0; i + 1 < list.length; i++) {
      const a = sylls[i] as number;
      const b = sylls[i + 1] as number;
      if (a >= 0 && b >= 0) this.add(vocab.bigramOf(a, b));
    }
    return this;
  }

  has(id: number): boolean {
    return this.stamp[id] === this.epoch;
  }

  /** One of `ids` is present. */
  hasAny(ids: Int32Array): boolean {
    for (let i = 0; i < ids.length; i++) if (this.stamp[ids[i] as number] === this.epoch) return true;
    return false;
  }
}
