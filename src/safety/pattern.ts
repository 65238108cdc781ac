/**
 * A tiny, reviewable pattern language over space-delimited syllables (see `prepare` in ./text.ts), compiled
 * once at load to a RegExp plus an "anchor" set: tokens of which at least one must occur in any message the
 * pattern can match. The anchor index lets `assess` test only the handful of patterns whose anchors occur
 * in the message instead of every pattern (a token-level Aho-Corasick, in effect).
 *
 * Syntax (tokens separated by spaces):
 *   word           one syllable/word, literally ("chet", "tự", "kill")
 *   (a b|c|)       alternatives, each a sequence; an empty alternative makes the group optional
 *   x?             the preceding item is optional
 *   {NAME}         a macro from the lexicon, itself a pattern (e.g. {SELF} = first-person pronouns)
 *   …  …5          a gap of 0–3 (or 0–N) arbitrary syllables; "..." is accepted for "…"
 *   /re/           one syllable matching a regular expression (e.g. /1[0-9]/)
 *   !x             negative lookahead: the next syllables are NOT x ("cam !(on|trai)" skips "cảm ơn")
 *   <!x            negative lookbehind: the syllables just before are NOT x ("<!tre em bi" skips "trẻ em bị")
 *   ^  $           start / end of the message
 */

export class PatternError extends Error {
  constructor(
    readonly pattern: string,
    message: string,
  ) {
    super(`${message} in pattern "${pattern}"`);
    this.name = 'PatternError';
  }
}

type Node =
  | { kind: 'word'; word: string }
  | { kind: 'group'; alts: Node[][] }
  | { kind: 'gap'; max: number }
  | { kind: 'regex'; source: string }
  | { kind: 'start' }
  | { kind: 'end' }
  | { kind: 'not'; node: Node }
  | { kind: 'notBefore'; node: Node }
  | { kind: 'optional'; node: Node };

/**
 * A compiled pattern. `anchors` are syllables or syllable bigrams ("bao hanh"), one of which occurs in every
 * message the pattern matches; null when no required literal exists (then it is always tested).
 */
export interface CompiledPattern {
  source: string;
  re: RegExp;
  anchors: string[] | null;
  /**
   * A second, independent necessary condition (tokens of another required part of the pattern), or null:
   * a message can match only if it holds one of `anchors` AND one of `also`.
   */
  also?: string[] | null;
}

export type Macros = Readonly<Record<string, string>>;

const DEFAULT_GAP = 3;
const TOKEN_RE = /\s*(\(|\)|\||\?|<!|!|\{[A-Z_0-9]+\}|(?:…|\.\.\.)\d*|\/[^/]+\/|\^|\$|[^\s()|?!{}/]+)/gy;

function lex(pattern: string): string[] {
  const out: string[] = [];
  TOKEN_RE.lastIndex = 0;
  const trimmed = pattern.trim();
  let m: RegExpExecArray | null;
  while (TOKEN_RE.lastIndex < trimmed.length && (m = TOKEN_RE.exec(trimmed)) !== null) out.push(m[1] as string);
  if (TOKEN_RE.lastIndex < trimmed.length) throw new PatternError(pattern, `unexpected text at ${TOKEN_RE.lastIndex}`);
  return out;
}

class Parser {
  private pos = 0;
  constructor(
    private readonly tokens: string[],
    private readonly pattern: string,
    private readonly macros: Macros,
    private readonly depth: number,
  ) {}

  parseAll(): Node[] {
    const seq = this.parseSeq();
    if (this.pos < this.tokens.length) throw new PatternError(this.pattern, `unexpected "${this.tokens[this.pos]}"`);
    return seq;
  }

  private parseSeq(): Node[] {
    const seq: Node[] = [];
    while (this.pos < this.tokens.length) {
      const tok = this.tokens[this.pos] as string;
      if (tok === ')' || tok === '|') break;
      this.pos++;
      let node = this.parseAtom(tok);
      if (this.tokens[this.pos] === '?') {
        this.pos++;
        node = { kind: 'optional', node };
      }
      seq.push(node);
    }
    return seq;
  }

  private parseAtom(tok: string): Node {
    if (tok === '!' || tok === '<!') {
      const next = this.tokens[this.pos];
      if (next === undefined) throw new PatternError(this.pattern, `"${tok}" without an item`);
      this.pos++;
      return { kind: tok === '!' ? 'not' : 'notBefore', node: this.parseAtom(next) };
    }
    if (tok === '(') {
      const alts: Node[][] = [this.parseSeq()];
      while (this.tokens[this.pos] === '|') {
        this.pos++;
        alts.push(this.parseSeq());
      }
      if (this.tokens[this.pos] !== ')') throw new PatternError(this.pattern, 'missing ")"');
      this.pos++;
      return { kind: 'group', alts };
    }
    if (tok.startsWith('{')) return this.expandMacro(tok.slice(1, -1));
    if (tok.startsWith('…') || tok.startsWith('...')) {
      const n = tok.replace(/^(…|\.\.\.)/, '');
      return { kind: 'gap', max: n === '' ? DEFAULT_GAP : Number(n) };
    }
    if (tok.startsWith('/')) return { kind: 'regex', source: tok.slice(1, -1) };
    if (tok === '^') return { kind: 'start' };
    if (tok === '$') return { kind: 'end' };
    if (tok === '?' ) throw new PatternError(this.pattern, '"?" without an item');
    return { kind: 'word', word: tok.toLowerCase() };
  }

  private expandMacro(name: string): Node {
    const body = this.macros[name];
    if (body === undefined) throw new PatternError(this.pattern, `unknown macro {${name}}`);
    if (this.depth > 5) throw new PatternError(this.pattern, `macro {${name}} nested too deep`);
    const inner = new Parser(lex(`(${body})`), body, this.macros, this.depth + 1).parseAll();
    return inner[0] as Node;
  }
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function toSource(seq: Node[]): string {
  return seq.map(nodeSource).join('');
}

function nodeSource(node: Node): string {
  switch (node.kind) {
    case 'word':
      return `${escape(node.word)} `;
    case 'group':
      return `(?:${node.alts.map(toSource).join('|')})`;
    case 'gap':
      return `(?:\\S+ ){0,${node.max}}`;
    case 'regex':
      return `(?:${node.source}) `;
    case 'start':
      return '(?<=^ )';
    case 'end':
      return '$';
    case 'not':
      return `(?!${nodeSource(node.node)})`;
    case 'notBefore':
      // Every syllable is preceded by a space, so " x " right before the current position means "x" was there.
      return `(?<! ${nodeSource(node.node)})`;
    case 'optional':
      return `(?:${nodeSource(node.node)})?`;
  }
}

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
function needsOfSeq(seq: Node[]): Set<string>[] {
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

/**
 * The top-level alternatives of a pattern ("a b|{M}|c" → "a b", …alternatives of M…, "c"), expanding an
 * alternative that is a single macro. A message matches the pattern iff it matches one of them, so a presence
 * test can compile them separately and skip each by its own anchors (much cheaper than one big regex).
 */
export function splitAlternatives(pattern: string, macros: Macros = {}, depth = 0): string[] {
  const tokens = lex(pattern);
  const alts: string[][] = [[]];
  let level = 0;
  for (const t of tokens) {
    if (t === '(') level++;
    if (t === ')') level--;
    if (t === '|' && level === 0) alts.push([]);
    else (alts[alts.length - 1] as string[]).push(t);
  }
  return alts.flatMap((alt) => {
    const only = alt.length === 1 ? (alt[0] as string) : '';
    const body = only.startsWith('{') ? macros[only.slice(1, -1)] : undefined;
    if (body !== undefined && depth < 5) return splitAlternatives(body, macros, depth + 1);
    return [alt.join(' ')];
  });
}

/** Compiles one pattern. Throws PatternError on bad syntax or an unknown macro. */
export function compilePattern(pattern: string, macros: Macros = {}): CompiledPattern {
  const seq = new Parser(lex(`(${pattern})`), pattern, macros, 0).parseAll();
  if (pattern.trim() === '') throw new PatternError(pattern, 'empty pattern');
  const source = `(?<= )${toSource(seq)}`;
  const [anchors, also] = needsOfSeq(seq);
  return {
    source,
    re: new RegExp(source, 'g'),
    anchors: anchors === undefined ? null : [...anchors],
    also: also === undefined ? null : [...also],
  };
}

/** A match as character offsets into the prepared string. */
export interface Span {
  start: number;
  end: number;
}

/** All non-overlapping matches of a compiled pattern in a prepared string. */
export function findAll(p: CompiledPattern, text: string): Span[] {
  const out: Span[] = [];
  p.re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = p.re.exec(text)) !== null) {
    out.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) p.re.lastIndex++;
  }
  return out;
}

/** Whether the pattern matches anywhere (cheaper than findAll). */
export function matches(p: CompiledPattern, text: string): boolean {
  p.re.lastIndex = 0;
  return p.re.test(text);
}
