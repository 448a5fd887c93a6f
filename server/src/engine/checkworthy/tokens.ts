// Tokenizer for the check-worthiness scorer: one linear pass, no backtracking-prone patterns.
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

// Numbers: digits with internal separators ("40,000", "3.5", "12:30") and an optional letter tail ("1950s", "2nd").
// Words: letters/marks with internal apostrophes or hyphens ("don't", "re-elected").
// Anything else: one non-space character. Every alternative consumes at least one character and
// each repetition needs a separator character, so matching is linear in the input length.
const TOKEN = /\p{N}+(?:[.,:/]\p{N}+)*[\p{L}\p{M}]*|[\p{L}\p{M}]+(?:['\u2019\u2010\u2011-][\p{L}\p{M}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

const NUM_START = /^\p{N}/u;
const WORD_START = /^[\p{L}\p{M}]/u;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const raw = m[0];
    const kind: Token['kind'] = NUM_START.test(raw) ? 'num' : WORD_START.test(raw) ? 'word' : 'punct';
    out.push({ raw, low: raw.toLowerCase().replace(/\u2019/g, "'").replace(/[\u2010\u2011]/g, '-'), kind, start: m.index });
  }
  return out;
}
