// Tokenizer for the check-worthiness scorer: one linear pass, no backtracking.
// Pure (no fs, no NLP library): runs on every sentence of every keystroke.

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

/** Set when a run below crossed a non-ASCII code point. */
let nonAscii = false;

/** Index after the run of class `want` starting at j (a code point at a time). */
function run(text: string, n: number, j: number, want: number): number {
  while (j < n) {
    let c = text.charCodeAt(j);
    if (c < 0x80) {
      if (BMP[c] !== want) break;
      j++;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff) c = text.codePointAt(j)!;
    if (classOf(c) !== want) break;
    nonAscii = true;
    j += c > 0xffff ? 2 : 1;
  }
  return j;
}

/** True when the code point at j is of class `want`. */
function isAt(text: string, n: number, j: number, want: number): boolean {
  if (j >= n) return false;
  let c = text.charCodeAt(j);
  if (c < 0x80) return BMP[c] === want;
  if (c >= 0xd800 && c <= 0xdbff) c = text.codePointAt(j)!;
  return classOf(c) === want;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff) cp = text.codePointAt(i)!;
    const k = cp < 0x80 ? BMP[cp] : classOf(cp);
    if (k === SPACE) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    nonAscii = cp >= 0x80;
    let kind: Token['kind'];
    if (k === NUM) {
      i = run(text, n, i, NUM);
      while (i + 1 < n && isNumSep(text.charCodeAt(i)) && isAt(text, n, i + 1, NUM)) i = run(text, n, i + 1, NUM);
      i = run(text, n, i, LET);
      kind = 'num';
    } else if (k === LET) {
      i = run(text, n, i, LET);
      for (let c = text.charCodeAt(i); i + 1 < n && isWordSep(c) && isAt(text, n, i + 1, LET); c = text.charCodeAt(i)) {
        if (c >= 0x80) nonAscii = true;
        i = run(text, n, i + 1, LET);
      }
      kind = 'word';
    } else {
      i += cp > 0xffff ? 2 : 1;
      kind = 'punct';
    }
    const raw = text.slice(start, i);
    const lower = raw.toLowerCase();
    out.push({ raw, low: nonAscii ? lower.replace(/\u2019/g, "'").replace(/[\u2010\u2011]/g, '-') : lower, kind, start });
  }
  return out;
}
