// The source after "according to" when the noun-phrase walk stops short of it: "according to the
// most recent data available from the FBI", "according to the latest figures". The source runs to
// the end of the phrase: a comma, dash, semicolon, colon, quote or the sentence end.
import { mkNP, type NP } from '../sources/np';
import { K } from '../text/tokens';
import type { SentenceCtx } from './detect';

/** The words from k to the phrase end as a noun phrase (at most 12), or null. */
export function sourceToPhraseEnd(ctx: SentenceCtx, k: number): NP | null {
  const { tokens } = ctx;
  let j = k;
  while (j < ctx.b && j - k < 12) {
    const t = tokens[j];
    if (t.k === K.Quote || (t.k === K.Punct && t.w !== '.' && t.w !== '-' && t.w !== '&' && t.w !== "'") || (t.w === '.' && (j === ctx.b - 1 || !tokens[j - 1] || tokens[j - 1].e !== t.s))) break;
    j++;
  }
  // a final period of the sentence is no part of it
  while (j > k && tokens[j - 1].w === '.' && j === ctx.b) j--;
  if (j === k || j - k >= 12 || tokens[k].k !== K.Word) return null;
  return mkNP(k, j, k, j, tokens[k].cap ? 'name' : 'common');
}
