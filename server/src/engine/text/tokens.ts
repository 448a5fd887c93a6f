// Tokens: words, numbers, punctuation and quote marks with their offsets. A hand-written scanner,
// linear in the input, no regular expressions.
import { closesBefore, isDigit, isDoubleMark, isLetter, isSingleMark, isSpace, isUpper, opensBefore } from './chars';
import { Interner } from './intern';
import { fit } from '../spans';

export const enum K {
  Word = 1,
  Num = 2,
  Punct = 3,
  /** A double quotation mark (" “ ” « » or two straight apostrophes ''). */
  Quote = 4,
  /** A single quotation mark that is not inside a word. */
  SQuote = 5,
  /** Anything else (emoji, symbols). */
  Sym = 6,
}

/** Which way a quote mark faces, judged from its neighbours. */
export const enum Q {
  None = 0,
  Open = 1,
  Close = 2,
  Either = 3,
}

export interface Token {
  /** Start and end offsets (UTF-16) in the text given to tokenize(). */
  s: number;
  e: number;
  k: K;
  /** Lowercased text with apostrophes normalised to "'"; quote marks are '"'. */
  w: string;
  /** Starts with an uppercase letter. */
  cap: boolean;
  /** Direction of a quote mark. */
  q: Q;
  /** Whitespace precedes the token. */
  sp: boolean;
}

const APOS = 0x27;
const RSQUO = 0x2019;

function isApos(c: number): boolean {
  return c === APOS || c === RSQUO;
}

function norm(s: string): string {
  let out = s.toLowerCase();
  if (out.indexOf('\u2019') >= 0) out = out.replace(/\u2019/g, "'");
  return out;
}

/**
 * Word text as written -> its normalised form, for words up to 12 code units, the first 8,192 distinct
 * ones met (the frequent words come early): every occurrence of such a word shares one string, and a
 * known word needs no slice and no lower-casing.
 */
const WORDS = new Interner<string>(14, 12);

function quoteDirection(text: string, s: number, e: number, mark: number): Q {
  const prev = s > 0 ? text.charCodeAt(s - 1) : 0x20;
  const next = e < text.length ? text.charCodeAt(e) : 0x20;
  const left = s === 0 || opensBefore(prev);
  const right = e >= text.length || closesBefore(next);
  if (mark === 0x201c || mark === 0x201e || mark === 0xab) return right && !left ? Q.Close : Q.Open;
  if (mark === 0x201d || mark === 0xbb) return left && !right ? Q.Open : Q.Close;
  if (left && !right) return Q.Open;
  if (right && !left) return Q.Close;
  return Q.Either;
}

/** Splits text[from, to) into tokens; offsets are relative to `text`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  let i = from;
  let sp = true;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      sp = true;
      i++;
      continue;
    }
    const s = i;
    if (isLetter(c)) {
      i++;
      while (i < to) {
        const d = text.charCodeAt(i);
        if (isLetter(d) || isDigit(d)) {
          i++;
          continue;
        }
        if (isApos(d) && i + 1 < to && isLetter(text.charCodeAt(i + 1))) {
          // possessive / contraction 's: a separate token; n't, 're, 'll... stay inside
          const n1 = text.charCodeAt(i + 1);
          const n2 = i + 2 < to ? text.charCodeAt(i + 2) : 0x20;
          if ((n1 === 0x73 || n1 === 0x53) && !isLetter(n2)) break;
          i++;
          continue;
        }
        if ((d === 0x2d || d === 0x2011) && i + 1 < to && (isLetter(text.charCodeAt(i + 1)) || isDigit(text.charCodeAt(i + 1)))) {
          i++;
          continue;
        }
        if (d === 0x2e && i + 2 < to && isLetter(text.charCodeAt(i + 1)) && text.charCodeAt(i + 2) === 0x2e && i - s <= 2) {
          // initialisms: U.S, D.C, e.g  (the final period stays a separate token)
          i += 2;
          continue;
        }
        break;
      }
      out.push({ s, e: i, k: K.Word, w: WORDS.get(text, s, i, norm), cap: isUpper(c), q: Q.None, sp });
    } else if (isDigit(c)) {
      i++;
      while (i < to) {
        const d = text.charCodeAt(i);
        if (isDigit(d) || isLetter(d)) {
          i++;
          continue;
        }
        if ((d === 0x2c || d === 0x2e || d === 0x3a) && i + 1 < to && isDigit(text.charCodeAt(i + 1))) {
          i++;
          continue;
        }
        if (d === 0x25) {
          i++;
          break;
        }
        break;
      }
      out.push({ s, e: i, k: K.Num, w: text.slice(s, i), cap: false, q: Q.None, sp });
    } else if (isDoubleMark(c)) {
      i++;
      out.push({ s, e: i, k: K.Quote, w: '"', cap: false, q: quoteDirection(text, s, i, c), sp });
    } else if (isSingleMark(c)) {
      // two or more straight apostrophes act as a double mark ('' in some wire copy)
      if (c === APOS && i + 1 < to && text.charCodeAt(i + 1) === APOS) {
        i += 2;
        while (i < to && text.charCodeAt(i) === APOS) i++;
        out.push({ s, e: i, k: K.Quote, w: '"', cap: false, q: quoteDirection(text, s, i, 0x22), sp });
      } else if (isApos(c) && (i + 1 < to) && (text.charCodeAt(i + 1) === 0x73 || text.charCodeAt(i + 1) === 0x53) &&
          !(i + 2 < to && isLetter(text.charCodeAt(i + 2))) && out.length && out[out.length - 1].e === s && out[out.length - 1].k === K.Word) {
        i += 2;
        out.push({ s, e: i, k: K.Word, w: "'s", cap: false, q: Q.None, sp });
      } else {
        i++;
        out.push({ s, e: i, k: K.SQuote, w: "'", cap: false, q: quoteDirection(text, s, i, c), sp });
      }
    } else if (c >= 0xd800 && c <= 0xdbff) {
      // a surrogate pair (emoji and friends); a lone high surrogate is one unit, never half of the next pair
      const d = i + 1 < to ? text.charCodeAt(i + 1) : 0;
      i += d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
      out.push({ s, e: i, k: K.Sym, w: text.slice(s, i), cap: false, q: Q.None, sp });
    } else {
      i++;
      // runs of the same punctuation ("...", "--", "!!") are one token
      if (c === 0x2e || c === 0x2d || c === 0x21 || c === 0x3f) while (i < to && text.charCodeAt(i) === c) i++;
      out.push({ s, e: i, k: K.Punct, w: text.slice(s, i), cap: false, q: Q.None, sp });
    }
    sp = false;
  }
  return fit(out); // (fitted: kept until the analysis ends)
}
