import type { Node } from './pattern';

/**
 * The anchor chooser of ./pattern.ts: for a parsed pattern, the cheapest necessary token conditions (sets of
 * syllables or bigrams, one of which must occur in any message the pattern matches). Only affects speed.
 */

/**
 * Frequent syllables of teen chat (and English function words): anchoring on them saves little, so the
 * anchor chooser avoids them. Only affects speed, never results.
 */
const COMMON = new Set(
  ('em minh toi tao t tui con i me my you it the a to is in of and on at be do not so up bi khong co la di lam muon ' +
    'cua va thi duoc roi nguoi no ho ba bo anh chi ban cho voi nay do gi sao vay qua nua lai dang da se nhung ma o ' +
    'tren trong ra vao ve mot cac den khi nhu de rat cung gio ngay nam tien viec hoc nha xe an uong noi biet thay ' +
    'phai can nen nhieu hon that luc sau truoc duoi ngoai tu tai theo bang hay neu vi deu moi tung cai chuyen thoi ' +
    'xong het ca tat ai dau bao may thu so dong cong hang nhan dan dua tam quan dung mat giu ke cam tho dien chu ong ' +
    'thang tuoi lai luon nao the oi nhe nha ha a ah u uh vs oh lol')
    .split(' '),
);

function tokenCost(t: string): number {
  const sp = t.indexOf(' ');
  if (sp < 0) return COMMON.has(t) ? 20 : 1;
  // A bigram is about as selective as its rarer syllable, and better still; two common syllables together
  // ("ai biet", "khong cho") are far rarer than either (round 3).
  return Math.min(tokenCost(t.slice(0, sp)), tokenCost(t.slice(sp + 1))) / 8;
}

/** Cost of an anchor set: the sum over its tokens (rare bigrams cheapest, common syllables expensive). */
function costOf(set: Set<string>): number {
  let cost = 0;
  for (const t of set) cost += tokenCost(t);
  return cost;
}

/** At most this many necessary anchor sets are kept per sequence (the cheapest). */
const MAX_NEEDS = 2;

/** Whether condition `c` holds whenever `p` does (each token of `p` is, or contains as a syllable, one of `c`). */
function implied(p: Set<string>, c: Set<string>): boolean {
  for (const t of p) if (![...c].some((w) => t === w || t.split(' ').includes(w))) return false;
  return true;
}

function cheapest(sets: Set<string>[]): Set<string>[] {
  const scored = sets.map((set) => ({ set, cost: costOf(set) })).sort((x, y) => x.cost - y.cost);
  const out: Set<string>[] = [];
  for (const { set } of scored) {
    if (out.length >= MAX_NEEDS) break;
    // A second condition implied by the first ("campuchia" after "sang campuchia") would filter nothing.
    if (!out.some((o) => implied(o, set))) out.push(set);
  }
  return out;
}

/**
 * Necessary anchor sets of a sequence, cheapest first: each is a set of tokens one of which occurs in every
 * message the sequence matches, and all of them hold at once (every required item must be there).
 */
export function needsOfSeq(seq: Node[]): Set<string>[] {
  const all: Set<string>[] = [];
  seq.forEach((node, i) => {
    all.push(...needsOfNode(node));
    const next = seq[i + 1];
    if (node.kind === 'word' && next?.kind === 'word') all.push(new Set([`${node.word} ${next.word}`]));
  });
  return cheapest(all);
}

/**
 * A group needs, for its k-th cheapest condition, the union over its alternatives of each one's k-th
 * cheapest condition (if one alternative is in any case, the union holds): so two conditions survive a group
 * when every alternative has two.
 */
function needsOfNode(node: Node): Set<string>[] {
  if (node.kind === 'word') return [new Set([node.word])];
  if (node.kind !== 'group') return [];
  const lists = node.alts.map(needsOfSeq);
  const out: Set<string>[] = [];
  for (let k = 0; k < MAX_NEEDS; k++) {
    if (lists.some((l) => l[k] === undefined)) break; // an alternative without a k-th required literal
    out.push(new Set(lists.flatMap((l) => [...(l[k] as Set<string>)])));
  }
  return out;
}

