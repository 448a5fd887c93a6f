// Longer sentence subjects than the noun-phrase walk reads on its own: "Hundreds of angry farmers
// marched ...", "A number of the families in Ohio have filed ...": a quantity + "of" + noun phrase
// with up to two of-/in-/from-/at- attachments, as long as a verb follows.
import { mkNP, npAfter, type NP } from '../sources/np';
import type { Lexicon } from '../lexicon/index';
import { K, type Token } from '../text/tokens';

const ATTACH = new Set(['of', 'in', 'from', 'at', 'for', 'on']);
const QUANT = new Set(['hundreds', 'thousands', 'dozens', 'millions', 'scores', 'tens', 'many', 'most', 'some', 'all', 'none', 'several', 'few', 'both', 'each', 'one', 'two', 'three', 'four', 'five', 'half', 'majority', 'number', 'group', 'lot', 'plenty']);

/** A verb-like word after the subject: lower-case, not a preposition, determiner or conjunction. */
function verbNext(t: Token | undefined, lex: Lexicon): boolean {
  return !!t && t.k === K.Word && !t.cap && !lex.prepositions.has(t.w) && !lex.determiners.has(t.w) && !lex.conjunctions.has(t.w);
}

/**
 * The subject noun phrase at k (before `before`) followed by its verb, reading quantities with "of"
 * and prepositional attachments the plain walk stops at; null when no verb follows.
 */
export function longSubject(tokens: Token[], k: number, before: number, lex: Lexicon): NP | null {
  let np: NP | null = null;
  const t = tokens[k];
  if (!t) return null;
  // "Hundreds of X", "A number of X", "Most of the X"
  let q = k;
  if ((t.w === 'a' || t.w === 'the') && tokens[k + 1] && QUANT.has(tokens[k + 1].w)) q = k + 1;
  if ((QUANT.has(tokens[q].w) || tokens[q].k === K.Num) && tokens[q + 1]?.w === 'of') {
    const inner = npAfter(tokens, q + 2, before, lex);
    if (inner) np = mkNP(k, inner.t1, k, inner.h1, inner.shape === 'name' ? 'name' : 'common');
  }
  const quantity = !!np;
  if (!np) np = npAfter(tokens, k, before, lex);
  // a name run the walk carried into the verb after it: "Justice Ray Lund broke a silence"
  if (!quantity && np && np.shape === 'name' && tokens[k].cap) {
    let x = k;
    while (x < np.t1 && (tokens[x].cap || tokens[x].w === '.')) x++;
    if (x > k && x < np.t1 && tokens[x].k === K.Word && !tokens[x].cap && !lex.prepositions.has(tokens[x].w)) return mkNP(k, x, k, x, 'name');
  }
  if (!np || np.shape === 'relative' || np.shape === 'pronoun') return null;
  // (only after a quantity: "the sense of a lull in the race" is rarely who speaks)
  for (let n = 0; n < (quantity ? 2 : 0) && !verbNext(tokens[np.t1], lex); n++) {
    const p = tokens[np.t1];
    if (!p || !ATTACH.has(p.w)) return null;
    const more = npAfter(tokens, np.t1 + 1, before, lex);
    if (!more || more.shape === 'relative' || more.shape === 'pronoun') return null;
    np = mkNP(np.t0, more.t1, np.h0, np.h1, np.shape);
  }
  return verbNext(tokens[np.t1], lex) && np.t1 <= before ? np : null;
}
