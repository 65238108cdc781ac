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

import { needsOfSeq } from './pattern-anchors';

export class PatternError extends Error {
  constructor(
    readonly pattern: string,
    message: string,
  ) {
    super(`${message} in pattern "${pattern}"`);
    this.name = 'PatternError';
  }
}

/** Parsed pattern item (exported for ./pattern-anchors.ts). */
export type Node =
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
  /** The pattern as one regex over a prepared string: a match starts right after a space. */
  source: string;
  /**
   * What actually runs: `source` with its leading lookbehind `(?<= )` turned into a consumed space, which V8
   * scans about twice as fast. A match of `re` at i is a match of `source` at i + 1; use `findAll`/`matches`.
   */
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
  const body = toSource(seq);
  const [anchors, also] = needsOfSeq(seq);
  return {
    source: `(?<= )${body}`,
    re: new RegExp(` ${body}`, 'g'),
    anchors: anchors === undefined ? null : [...anchors],
    also: also === undefined ? null : [...also],
  };
}

/** A match as character offsets into the prepared string. */
export interface Span {
  start: number;
  end: number;
}

/**
 * All non-overlapping matches of a compiled pattern in a prepared string: the matches of `source` (searching
 * on from the end of each, one character further after an empty one). `re` consumes the space before a match,
 * so each search starts one character earlier, where that space is.
 */
export function findAll(p: CompiledPattern, text: string): Span[] {
  const out: Span[] = [];
  const re = p.re;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const start = m.index + 1;
    const end = m.index + m[0].length;
    out.push({ start, end });
    re.lastIndex = end === start ? end : end - 1;
  }
  return out;
}

/** Whether the pattern matches anywhere (cheaper than findAll). */
export function matches(p: CompiledPattern, text: string): boolean {
  p.re.lastIndex = 0;
  return p.re.test(text);
}
