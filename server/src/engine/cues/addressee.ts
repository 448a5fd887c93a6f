// An addressee the noun-phrase walk cannot read before a to-infinitive: "called on Gov. Rick Lund
// (R) to resign", "urged Lund and Ortiz to do the same". The content runs from the addressee
// through the infinitive.
import { K } from '../text/tokens';
import type { SentenceCtx } from './detect';

/** The index of the "to" after a name-like addressee starting at k (names, "and", a bracket), or -1. */
export function toAfterAddressee(ctx: SentenceCtx, k: number): number {
  const { tokens, lex } = ctx;
  if (!tokens[k] || tokens[k].k !== K.Word || !(tokens[k].cap || lex.determiners.has(tokens[k].w))) return -1;
  let depth = 0;
  for (let j = k; j < ctx.b && j - k <= 12; j++) {
    const t = tokens[j];
    if (t.w === '(') depth++;
    else if (t.w === ')') depth--;
    else if (depth === 0 && t.w === 'to' && j > k && tokens[j + 1]?.k === K.Word && !tokens[j + 1].cap && !lex.determiners.has(tokens[j + 1].w)) return j;
    else if (depth === 0 && t.k !== K.Word && t.w !== '.' && t.w !== ',' && t.w !== '-') return -1;
    else if (depth === 0 && t.k === K.Word && !t.cap && t.w !== 'and' && t.w !== 'of' && !lex.determiners.has(t.w)) return -1;
  }
  return -1;
}
