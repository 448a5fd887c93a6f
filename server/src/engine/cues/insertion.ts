// A phrase between commas inside a reported clause's subject: "said their networks of donors,
// almost all men until recently, were now mostly women". The clause's verb comes after the second
// comma.
import { K } from '../text/tokens';
import type { SentenceCtx } from './detect';

/**
 * With a comma at j: whether a second comma follows within a short span (no quote, no sentence
 * punctuation) and a finite verb comes right after it (an auxiliary, a common verb, a past form).
 */
export function verbAfterInsertion(ctx: SentenceCtx, j: number): boolean {
  const { tokens, lex } = ctx;
  for (let x = j + 1; x < ctx.b && x - j <= 12; x++) {
    const t = tokens[x];
    if (t.k === K.Quote || t.w === ';' || t.w === ':' || (t.k === K.Punct && (t.w === '.' || t.w === '!' || t.w === '?'))) return false;
    if (t.w !== ',') continue;
    if (x === j + 1) return false;
    const v = tokens[x + 1];
    if (!v || v.k !== K.Word || v.cap) return false;
    return lex.auxiliaries.has(v.w) || lex.commonVerbs.has(v.w) || lex.irregularPast.has(v.w) || (v.w.endsWith('ed') && v.w.length > 4);
  }
  return false;
}
