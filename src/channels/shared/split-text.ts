/**
 * Splits a long reply into platform-sized messages (Messenger and Zalo: 2000 characters), cutting at the
 * last paragraph break, then line break, then sentence end, then space that keeps chunks reasonably full;
 * only a single unbroken run longer than `max` is cut mid-word (never inside a surrogate pair).
 * Lengths are UTF-16 code units, as the platforms count them (emoji count double: Salesforce 000388784).
 */
export function splitText(text: string, max = 2000): string[] {
  if (max < 2) throw new RangeError('max must be at least 2');
  const chunks: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const cut = findCut(rest, max);
    const head = rest.slice(0, cut).trimEnd();
    if (head.length > 0) chunks.push(head);
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0) chunks.push(rest);
  return chunks;
}

const SENTENCE_END = /[.!?…]["'”’)\]]*(?=\s)/g;

function lastBreak(window: string, pattern: RegExp): number {
  let best = -1;
  for (const m of window.matchAll(pattern)) best = m.index + m[0].length;
  return best;
}

function findCut(s: string, max: number): number {
  const window = s.slice(0, max + 1);
  const candidates: [number, number][] = [
    [window.lastIndexOf('\n\n', max), 0.5],
    [window.lastIndexOf('\n', max), 0.5],
    [lastBreak(window.slice(0, max + 1), SENTENCE_END), 0.3],
    [window.lastIndexOf(' ', max), 0.1],
  ];
  for (const [at, minShare] of candidates) {
    if (at > 0 && at <= max && at >= max * minShare) return at;
  }
  const code = s.charCodeAt(max - 1);
  return code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
}

/** Shortens `s` to at most `max` UTF-16 units, ending with "…" when cut (never splitting a surrogate pair). */
export function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  let end = max - 1;
  const code = s.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${s.slice(0, end).trimEnd()}…`;
}
