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
  | { kind: 'optional'; node: Node };

/**
 * A compiled pattern. `anchors` are syllables or syllable bigrams ("bao hanh"), one of which occurs in every
 * message the pattern matches; null when no required literal exists (then it is always tested).
 */
export interface CompiledPattern {
  source: string;
  re: RegExp;
  anchors: string[] | null;
}

export type Macros = Readonly<Record<string, string>>;

const DEFAULT_GAP = 3;
const TOKEN_RE = /\s*(\(|\)|\||\?|!|\{[A-Z_0-9]+\}|(?:…|\.\.\.)\d*|\/[^/]+\/|\^|\$|[^\s()|?!{}/]+)/gy;

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
    if (tok === '!') {
      const next = this.tokens[this.pos];
      if (next === undefined) throw new PatternError(this.pattern, '"!" without an item');
      this.pos++;
      return { kind: 'not', node: this.parseAtom(next) };
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
  // A bigram is about as selective as its rarer syllable, and better still.
  return Math.min(tokenCost(t.slice(0, sp)), tokenCost(t.slice(sp + 1))) / 2;
}

/** Cost of an anchor set: the sum over its tokens (rare bigrams cheapest, common syllables expensive). */
function costOf(set: Set<string>): number {
  let cost = 0;
  for (const t of set) cost += tokenCost(t);
  return cost;
}

function anchorsOfSeq(seq: Node[]): Set<string> | null {
  let best: Set<string> | null = null;
  let bestCost = Infinity;
  const consider = (set: Set<string> | null): void => {
    if (set === null) return;
    const cost = costOf(set);
    if (cost < bestCost) [best, bestCost] = [set, cost];
  };
  seq.forEach((node, i) => {
    consider(anchorsOfNode(node));
    const next = seq[i + 1];
    if (node.kind === 'word' && next?.kind === 'word') consider(new Set([`${node.word} ${next.word}`]));
  });
  return best;
}

function anchorsOfNode(node: Node): Set<string> | null {
  if (node.kind === 'word') return new Set([node.word]);
  if (node.kind !== 'group') return null;
  const union = new Set<string>();
  for (const alt of node.alts) {
    const set = anchorsOfSeq(alt);
    if (set === null) return null; // an alternative without a required literal: the group anchors nothing
    for (const t of set) union.add(t);
  }
  return union;
}

/** Compiles one pattern. Throws PatternError on bad syntax or an unknown macro. */
export function compilePattern(pattern: string, macros: Macros = {}): CompiledPattern {
  const seq = new Parser(lex(`(${pattern})`), pattern, macros, 0).parseAll();
  if (pattern.trim() === '') throw new PatternError(pattern, 'empty pattern');
  const source = `(?<= )${toSource(seq)}`;
  const anchors = anchorsOfSeq(seq);
  return { source, re: new RegExp(source, 'g'), anchors: anchors === null ? null : [...anchors] };
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
