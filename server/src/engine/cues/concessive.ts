// A concessive or contrasting clause after the reported clause is the writer's, not the source's:
// "said the plan would pass, even though the votes were not there", "argued that X – although Y".
// After a comma or dash: "even though/as/if/when/while/after/before", "although", "though" (not
// the adverb ", though,"), "despite", "regardless of".
import { K } from '../text/tokens';
import type { SentenceCtx } from './detect';

const EVEN_NEXT = new Set(['though', 'as', 'if', 'when', 'while', 'after', 'before', 'so']);

/** Whether the tokens from k (right after a comma or dash outside quotes) open a concessive clause. */
export function concessiveAt(ctx: SentenceCtx, k: number): boolean {
  const { tokens } = ctx;
  const t = tokens[k];
  if (!t || t.k !== K.Word) return false;
  const n = tokens[k + 1];
  if (!n || n.k === K.Punct && (n.w === ',' || n.w === '.')) return false;
  let ok = false;
  if (t.w === 'even') ok = n.k === K.Word && EVEN_NEXT.has(n.w);
  else if (t.w === 'although' || t.w === 'though') ok = n.k === K.Word || n.k === K.Num;
  return ok && !shortInsertion(ctx, k);
}

/** "a crucial, although brief, opportunity", "X, even as a candidate, had ...": a short insertion closed by a comma. */
function shortInsertion(ctx: SentenceCtx, k: number): boolean {
  for (let j = k + 1; j < ctx.b && j < k + 6; j++) if (ctx.tokens[j].w === ',') return true;
  return false;
}
