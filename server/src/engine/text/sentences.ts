// Sentences inside one paragraph, found on tokens: a sentence ends at . ! ? (with any closing quote
// marks and brackets after them) when the next token starts a new sentence. Abbreviations ("Mr.",
// "U.S.") and initials ("J.") do not end a sentence unless a typical sentence opener follows.
import { K, Q, type Token } from './tokens';
import { words } from '../lexicon/index';
import { fit } from '../spans';

/** A sentence as a token range [t0, t1) and its character span. */
export interface Sentence {
  t0: number;
  t1: number;
  s: number;
  e: number;
}

const TITLE_ABBREVS = words('mr mrs ms dr prof sen rep gov gen lt col maj capt sgt cmdr adm st rev hon pres messrs mme');
const STARTERS = words(
  'the a an he she it they we i you this that these those there but and so yet in on at for if when while after ' +
    'before since as his her their its our my one two some many most all no not what why how who meanwhile however ' +
    'still also then now today yesterday last later earlier according asked',
);

/**
 * Longest sentence in tokens: a longer run is cut (at its last comma or semicolon if there is one)
 * so that work inside a sentence stays bounded on text with no sentence punctuation.
 */
export const MAX_SENTENCE_TOKENS = 300;

/**
 * @param isCue  optional: whether a lowercased word is a reporting verb. A quote ending in ? or !
 * followed by a name and such a verb does not end the sentence: “Why?” Jane Doe asked.
 */
export function splitSentences(tokens: Token[], abbreviations: Set<string>, isCue?: (w: string) => boolean): Sentence[] {
  const raw = splitRaw(tokens, abbreviations, isCue);
  let long = false;
  for (const s of raw) if (s.t1 - s.t0 > MAX_SENTENCE_TOKENS) long = true;
  if (!long) return fit(raw); // (fitted: kept until the analysis ends)
  const out: Sentence[] = [];
  for (const s of raw) {
    let t0 = s.t0;
    while (s.t1 - t0 > MAX_SENTENCE_TOKENS) {
      let cut = t0 + MAX_SENTENCE_TOKENS;
      for (let j = cut - 1; j > t0 + MAX_SENTENCE_TOKENS / 2; j--) {
        if (tokens[j].w === ',' || tokens[j].w === ';') {
          cut = j + 1;
          break;
        }
      }
      out.push({ t0, t1: cut, s: tokens[t0].s, e: tokens[cut - 1].e });
      t0 = cut;
    }
    out.push({ t0, t1: s.t1, s: tokens[t0].s, e: tokens[s.t1 - 1].e });
  }
  return fit(out);
}

function splitRaw(tokens: Token[], abbreviations: Set<string>, isCue?: (w: string) => boolean): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    if (t.k !== K.Punct) continue;
    const w = t.w;
    const c = w.charCodeAt(0);
    if (!(c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026)) continue;
    // closing marks and brackets glued to the terminator belong to this sentence
    let j = i + 1;
    while (j < n && !tokens[j].sp && (tokens[j].k === K.Quote || tokens[j].k === K.SQuote || tokens[j].w === ')' || tokens[j].w === ']')) {
      if ((tokens[j].k === K.Quote || tokens[j].k === K.SQuote) && tokens[j].q === Q.Open) break;
      j++;
    }
    if (j >= n) break;
    const next = tokens[j];
    if (!next.sp && !(next.k === K.Quote && next.q === Q.Open)) continue;
    if (next.k === K.Word && !next.cap) continue;
    if (next.k === K.Punct && next.w !== '(' && next.w !== '[' && next.w !== '—' && next.w !== '-') continue;
    if (isCue && c !== 0x2e && j > i + 1 && tokens[j - 1].k === K.Quote && next.k === K.Word && next.cap) {
      // “Why?” Jane Doe asked.  — a name and a reporting verb right after the quote
      let k = j;
      // (the name may have a title with its period: “Why?” Mr. Doe asked)
      while (k < n && k - j < 6 && ((tokens[k].k === K.Word && tokens[k].cap) || (tokens[k].w === '.' && k > j && tokens[k - 1].e === tokens[k].s && TITLE_ABBREVS.has(tokens[k - 1].w)))) k++;
      if (k < n && k > j && tokens[k].k === K.Word && !tokens[k].cap && isCue(tokens[k].w)) continue;
    }
    if (c === 0x2e && j === i + 1 && i > 0) {
      const prev = tokens[i - 1];
      if (prev.k === K.Word && prev.e === t.s) {
        const pw = prev.w;
        if (TITLE_ABBREVS.has(pw)) continue;
        const initial = pw.length === 1 && prev.cap;
        if (initial || abbreviations.has(pw) || pw.indexOf('.') > 0) {
          if (!(next.k === K.Word && STARTERS.has(next.w))) continue;
        }
      }
    }
    out.push({ t0: start, t1: j, s: tokens[start].s, e: tokens[j - 1].e });
    start = j;
    i = j - 1;
  }
  if (start < n) out.push({ t0: start, t1: n, s: tokens[start].s, e: tokens[n - 1].e });
  return out;
}
