// Tokenizer for the check-worthiness scorer: one linear pass, no backtracking.
// Pure (no fs, no NLP library): runs on every sentence of every keystroke.
import { rangeHash, sameRange } from '../text/intern';

export interface Token {
  /** The token as written (curly apostrophes kept). */
  raw: string;
  /** Lower case, curly apostrophe folded to ASCII. */
  low: string;
  /** 'num' = starts with a digit, 'word' = letters, 'punct' = any other single character. */
  kind: 'num' | 'word' | 'punct';
  /** UTF-16 offset of the token in the input. */
  start: number;
}

// The tokens are the matches of this pattern (test/checkworthy/tokens.test.ts keeps it as the
// reference and checks the scanner below against it on random text):
//   /\p{N}+(?:[.,:/]\p{N}+)*[\p{L}\p{M}]*|[\p{L}\p{M}]+(?:['\u2019\u2010\u2011-][\p{L}\p{M}]+)*|[^\s\p{L}\p{M}\p{N}]/gu
// Numbers: digits with internal separators ("40,000", "3.5", "12:30") and an optional letter tail ("1950s", "2nd").
// Words: letters/marks with internal apostrophes or hyphens ("don't", "re-elected").
// Anything else: one non-space code point. The first code point decides the alternative (the classes
// are disjoint) and each repetition is taken greedily, which is what the pattern matches.

/** Code point classes: number (\p{N}), letter or mark, white space (\s), anything else. */
const NUM = 1;
const LET = 2;
const SPACE = 3;
const OTHER = 4;
const RE_NUM = /^\p{N}$/u;
const RE_LET = /^[\p{L}\p{M}]$/u;
const RE_SPACE = /^\s$/u;
function classify(cp: number): number {
  const s = String.fromCodePoint(cp);
  return RE_NUM.test(s) ? NUM : RE_LET.test(s) ? LET : RE_SPACE.test(s) ? SPACE : OTHER;
}
/** Classes of the Basic Multilingual Plane, filled on first use (0 = not yet known). */
const BMP = new Uint8Array(0x10000);
for (let c = 0; c < 0x80; c++) BMP[c] = classify(c);
function classOf(cp: number): number {
  if (cp > 0xffff) return classify(cp);
  let k = BMP[cp];
  if (k === 0) BMP[cp] = k = classify(cp);
  return k;
}

/** Separators inside a number: . , : / */
const isNumSep = (c: number) => c === 0x2e || c === 0x2c || c === 0x3a || c === 0x2f;
/** Separators inside a word: ' ’ ‐ ‑ - */
const isWordSep = (c: number) => c === 0x27 || c === 0x2019 || c === 0x2010 || c === 0x2011 || c === 0x2d;

/** Index after the run of class `want` starting at j (a code point at a time). */
function run(text: string, n: number, j: number, want: number): number {
  while (j < n) {
    let c = text.charCodeAt(j);
    if (c < 0x80) {
      if (BMP[c] !== want) break;
      j++;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && j + 1 < n) c = text.codePointAt(j)!;
    if (classOf(c) !== want) break;
    j += c > 0xffff ? 2 : 1;
  }
  return j;
}

/** True when the code point at j is of class `want`. */
function isAt(text: string, n: number, j: number, want: number): boolean {
  if (j >= n) return false;
  let c = text.charCodeAt(j);
  if (c < 0x80) return BMP[c] === want;
  if (c >= 0xd800 && c <= 0xdbff && j + 1 < n) c = text.codePointAt(j)!;
  return classOf(c) === want;
}

/**
 * One distinct token text (the same characters give the same lexeme): as written, lower case, kind.
 * `make` of a LexTable extends it with what its user derives from the text once (features.ts: the
 * word-list bits), so a word met again costs no slice, no lower-casing and no Map lookup.
 */
export interface Lexeme {
  raw: string;
  low: string;
  kind: Token['kind'];
}

/** Lower case, curly apostrophe and Unicode hyphens folded to ASCII (the tokens' `low`). */
function lowOf(raw: string): string {
  const lower = raw.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c === 0x2019 || c === 0x2010 || c === 0x2011) return lower.replace(/\u2019/g, "'").replace(/[\u2010\u2011]/g, '-');
  }
  return lower;
}

/**
 * Lexemes by their characters, looked up straight from a range of the text: a direct-mapped cache on
 * an FNV hash of the characters (one slot per hash; a new text takes the slot over). Small on purpose:
 * it must stay in the CPU cache (a large open-addressing table of every word cost more in cache misses
 * than it saved; measured). Texts longer than `maxLength` code units are made fresh each time.
 */
export class LexTable<L extends Lexeme> {
  private readonly hashes: Int32Array;
  private readonly values: (L | undefined)[];
  private readonly mask: number;

  constructor(bits: number, private readonly maxLength: number, private readonly make: (raw: string, low: string, kind: Token['kind']) => L) {
    const n = 1 << bits;
    this.hashes = new Int32Array(n);
    this.values = new Array<L | undefined>(n).fill(undefined);
    this.mask = n - 1;
  }

  /** Forgets every lexeme. */
  clear(): void {
    this.values.fill(undefined);
  }

  /** The lexeme of text[s, e) (a token of `kind`: the kind follows from the characters). */
  get(text: string, s: number, e: number, kind: Token['kind']): L {
    const len = e - s;
    if (len > this.maxLength) {
      const raw = text.slice(s, e);
      return this.make(raw, lowOf(raw), kind);
    }
    const h = rangeHash(text, s, e);
    const slot = h & this.mask;
    const l = this.values[slot];
    if (l !== undefined && this.hashes[slot] === h && l.raw.length === len && sameRange(l.raw, text, s)) return l;
    const raw = text.slice(s, e);
    const v = this.make(raw, lowOf(raw), kind);
    this.hashes[slot] = h;
    this.values[slot] = v;
    return v;
  }
}

/** Tokens as parallel arrays, reused between calls: token i is lex[i] at UTF-16 offset start[i] (i < count). */
export interface TokenBuffer<L extends Lexeme> {
  count: number;
  start: Int32Array;
  lex: L[];
}

export function tokenBuffer<L extends Lexeme>(): TokenBuffer<L> {
  return { count: 0, start: new Int32Array(256), lex: [] };
}

/**
 * Tokenizes text[from, to) into `buf` (its previous tokens are overwritten; offsets are into `text`),
 * each token's lexeme from `table`. The range is read as if it were the whole string (a surrogate
 * pair cut at `to` is a lone surrogate), so scanning a range equals scanning its slice, without
 * making the slice (reading a sliced string costs an indirection per character).
 */
export function scanTokens<L extends Lexeme>(text: string, table: LexTable<L>, buf: TokenBuffer<L>, from = 0, to = text.length): void {
  const n = to;
  const lex = buf.lex;
  let starts = buf.start;
  let count = 0;
  let i = from;
  while (i < n) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n) cp = text.codePointAt(i)!;
    const k = cp < 0x80 ? BMP[cp] : classOf(cp);
    if (k === SPACE) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    let kind: Token['kind'];
    if (k === NUM) {
      i = run(text, n, i, NUM);
      while (i + 1 < n && isNumSep(text.charCodeAt(i)) && isAt(text, n, i + 1, NUM)) i = run(text, n, i + 1, NUM);
      i = run(text, n, i, LET);
      kind = 'num';
    } else if (k === LET) {
      i = run(text, n, i, LET);
      while (i + 1 < n && isWordSep(text.charCodeAt(i)) && isAt(text, n, i + 1, LET)) i = run(text, n, i + 1, LET);
      kind = 'word';
    } else {
      i += cp > 0xffff ? 2 : 1;
      kind = 'punct';
    }
    if (count === starts.length) {
      const grown = new Int32Array(2 * count);
      grown.set(starts);
      buf.start = starts = grown;
    }
    starts[count] = start;
    const l = table.get(text, start, i, kind);
    if (count < lex.length) lex[count] = l;
    else lex.push(l);
    count++;
  }
  buf.count = count;
}

/** Plain lexemes for tokenize(): not kept (tokenize is for tests and tools, not the hot path). */
const PLAIN = new LexTable<Lexeme>(0, -1, (raw, low, kind) => ({ raw, low, kind }));

export function tokenize(text: string): Token[] {
  const buf = tokenBuffer<Lexeme>();
  scanTokens(text, PLAIN, buf);
  const out: Token[] = [];
  for (let i = 0; i < buf.count; i++) {
    const l = buf.lex[i];
    out.push({ raw: l.raw, low: l.low, kind: l.kind, start: buf.start[i] });
  }
  return out;
}
