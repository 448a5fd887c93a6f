// A reporting word that is really a noun heading a subject: "Health worries have dogged her",
// "That comment is a lie", "10 judges will hear the case". A finite auxiliary right after the
// word, or a number right before an -s form, makes the word a noun, not a verb of saying.
import { K, type Token } from '../text/tokens';

const FINITE_AUX = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'shall', 'may', 'might', 'must', 'does', 'do', 'did', "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "won't", "wouldn't", "can't", "couldn't", "shouldn't", "doesn't", "don't", "didn't"]);
const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozen', 'dozens', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions']);

/** The word before content token k (a verb cue ending at k) is a noun: an auxiliary follows it. */
export function auxiliaryFollows(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return !!t && t.k === K.Word && FINITE_AUX.has(t.w);
}

/** An -s form right after a number ("10 judges", "three projects") is a plural noun. */
const SINGULAR_QUANTIFIERS = new Set(['one', 'each', 'every', 'another', 'no', 'any', 'a', 'an', 'the']);

export function pluralAfterNumber(tokens: Token[], i: number, form: string): boolean {
  // (i is the verb token)
  // "One question that has emerged", "each comment": a base form after a singular quantifier is a noun
  if (form === 'base' && tokens[i - 1]?.k === K.Word && SINGULAR_QUANTIFIERS.has(tokens[i - 1].w)) return true;
  if (form !== 's') return false;
  const p = tokens[i - 1];
  if (!p) return false;
  // (not a year: "a study in 2015 finds")
  // (not a year, "a study in 2015 finds", nor a label, "Article 33 affirms")
  if (p.k === K.Num) {
    const pp = tokens[i - 2];
    return p.w !== '1' && /^\d[\d,.]*$/.test(p.w) && !/^(1[89]|20)\d\d$/.test(p.w) && !(pp && pp.k === K.Word && pp.cap) && tokens[i].s - p.e >= 1;
  }
  return p.k === K.Word && NUMBER_WORDS.has(p.w);
}
