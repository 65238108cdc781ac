import type { Entry } from './compile';
import { alsoHolds, holds } from './prefilter';
import type { MessageTokens } from './vocab';

const EPOCH_MAX = 0xffff_fff0;

/**
 * Token id → entries whose anchor set contains the token; entries without anchors are in `always`.
 * Looking up each token of a message gives the only patterns that can possibly match it.
 */
export class AnchorIndex {
  /** Token id → positions in `all` of the entries anchored on it. */
  private readonly byToken: (number[] | undefined)[] = [];
  readonly always: Entry[] = [];
  readonly all: Entry[] = [];
  /** Epoch stamp per entry: visited during the current `collect` (scratch, reused from message to message). */
  private seen = new Uint32Array(0);
  private epoch = 0;

  add(entry: Entry): void {
    const n = this.all.length;
    this.all.push(entry);
    const anchors = entry.pattern.anchors;
    if (anchors === null) {
      this.always.push(entry);
      return;
    }
    for (const id of new Set(anchors)) {
      // Kept dense (no holes): a sparse array would fall back to slow dictionary elements.
      while (this.byToken.length <= id) this.byToken.push(undefined);
      const list = this.byToken[id];
      if (list === undefined) this.byToken[id] = [n];
      else list.push(n);
    }
  }

  private nextEpoch(): void {
    if (this.seen.length < this.all.length) this.seen = new Uint32Array(this.all.length);
    if (++this.epoch >= EPOCH_MAX) {
      this.seen.fill(0);
      this.epoch = 1;
    }
  }

  /**
   * Appends to `out` every entry that may match a message with anchor tokens `tokens`: an anchor occurs (the
   * index lookup) and so does one of its second anchors (`also`, see ./prefilter.ts). Order: entries without
   * anchors, then by the message's tokens in scan order (fixed, so results never depend on a hash order).
   */
  collect(tokens: MessageTokens, out: Entry[]): void {
    this.nextEpoch();
    for (const e of this.always) if (holds(e.pattern, tokens)) out.push(e);
    // Reached through one of its anchors, an entry only needs its `also` condition; one that fails it is not
    // checked again when another of its anchors occurs.
    const ids = tokens.ids;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] as number;
      const list = id < this.byToken.length ? this.byToken[id] : undefined;
      if (list === undefined) continue;
      for (const n of list) {
        if (this.seen[n] === this.epoch) continue;
        this.seen[n] = this.epoch;
        const e = this.all[n] as Entry;
        if (alsoHolds(e.pattern, tokens)) out.push(e);
      }
    }
  }
}
