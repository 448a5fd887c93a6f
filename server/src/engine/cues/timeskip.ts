// A time phrase between a verb (or its addressee) and the content: "announced on Friday the arrest
// of a man", "told the Star last week she would vote for him". The content starts after it.
import { K } from '../text/tokens';
import type { SentenceCtx } from './detect';

const TIME_PREPS = new Set(['on', 'in', 'during', 'at', 'early', 'late']);

/** The token after a time phrase starting at k ("on Friday", "last week", "earlier this month"), or k. */
export function afterTime(ctx: SentenceCtx, k: number): number {
  const { tokens, lex } = ctx;
  let j = k;
  if (tokens[j]?.k === K.Word && TIME_PREPS.has(tokens[j].w) && tokens[j + 1] && lex.timeWords.has(tokens[j + 1].w)) j++;
  let n = 0;
  while (j < ctx.b && n < 4 && tokens[j].k === K.Word && (lex.timeWords.has(tokens[j].w) || (n > 0 && tokens[j].w === 'ago'))) {
    j++;
    n++;
  }
  // "last" / "this" / "next" alone are no time phrase
  if (n === 0 || (n === 1 && (tokens[j - 1].w === 'last' || tokens[j - 1].w === 'this' || tokens[j - 1].w === 'next'))) return k;
  return j < ctx.b ? j : k;
}
