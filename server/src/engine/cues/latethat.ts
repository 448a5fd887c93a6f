// A that-clause after a phrase between commas: "Ana says at a stop in Toledo, Ohio, that the plan
// ...", "He said, twice, that ...". The trailer of time and place phrases ends at the first comma;
// the reported clause starts at the "that" after the second.
import { K } from '../text/tokens';
import type { SentenceCtx } from './detect';

/**
 * When the tokens from k are ", words ," (a place, an adverb, a short aside; no quote) followed by
 * "that", the index of that "that"; else -1.
 */
export function thatAfterPlace(ctx: SentenceCtx, k: number): number {
  const { tokens } = ctx;
  if (tokens[k]?.w !== ',') return -1;
  let j = k + 1;
  let words = 0;
  while (j < ctx.b && j - k <= 8 && (tokens[j].k === K.Word || tokens[j].k === K.Num || (tokens[j].w === '.' && words > 0)) && ctx.para.qid[j] < 0) {
    if (tokens[j].k === K.Word) words++;
    j++;
  }
  if (!words || tokens[j]?.w !== ',' || tokens[j + 1]?.w !== 'that' || j + 2 >= ctx.b) return -1;
  return j + 1;
}
