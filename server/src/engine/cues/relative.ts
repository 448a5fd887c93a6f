// Relative clauses whose gap is what was said or believed:
//   "which he believes will make it impossible" -> content: the relative + the clause after the verb
//   "a probe the agency said was ongoing"       -> content: the antecedent + the clause after the verb
// The source is the subject between the antecedent and the verb.
import type { Span } from '../types';
import { npBefore, type NP } from '../sources/np';
import { K } from '../text/tokens';
import { clauseEnd, inQuote, span, type SentenceCtx } from './detect';

const RELATIVES = new Set(['which', 'that', 'whom', 'who', 'what']);

/** The antecedent of a relative clause whose subject is src: "which", "what", or the noun phrase before a zero relative. */
export function gapAntecedent(ctx: SentenceCtx, src: NP): { t0: number; t1: number } | null {
  const { tokens, lex } = ctx;
  const p = tokens[src.t0 - 1];
  if (!p || src.t0 - 1 < ctx.a || inQuote(ctx, src.t0 - 1)) return null;
  if (p.k === K.Word && RELATIVES.has(p.w)) {
    // "which", "what": the relative itself; "a deal that she supported": the noun phrase before "that"
    if (p.w === 'that' || p.w === 'whom') {
      const np = npBefore(tokens, src.t0 - 1, ctx.a, lex, false);
      if (np && np.shape !== 'pronoun' && np.shape !== 'relative') return { t0: np.t0, t1: np.t1 };
      return null;
    }
    return p.w === 'who' ? null : { t0: src.t0 - 1, t1: src.t0 };
  }
  // zero relative: "a deal she once supported" (a pronoun or a determiner phrase as the subject)
  if (src.shape !== 'pronoun' && !lex.determiners.has(tokens[src.t0].w) && !tokens[src.t0].cap) return null;
  if (p.k !== K.Word || p.cap || lex.prepositions.has(p.w) || lex.conjunctions.has(p.w) || lex.auxiliaries.has(p.w)) return null;
  const np = npBefore(tokens, src.t0, ctx.a, lex, false);
  if (!np || np.shape === 'pronoun' || np.shape === 'relative' || np.t1 !== src.t0) return null;
  return { t0: np.t0, t1: np.t1 };
}

/** A finite verb starting the rest of the clause: "will", "was", "has", "led", "needs". */
function finiteAt(ctx: SentenceCtx, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t || t.k !== K.Word || t.cap) return false;
  const { lex } = ctx;
  if (lex.auxiliaries.has(t.w) && t.w !== 'not' && t.w !== 'never' && t.w !== "'s") return true;
  return lex.irregularPast.has(t.w) || (t.w.endsWith('ed') && t.w.length > 4);
}

/**
 * Content for a cue whose subject is inside a relative clause, or null: the antecedent, plus the
 * clause after the cue when the gap is its subject ("which he believes will ...").
 */
export function gapContent(ctx: SentenceCtx, src: NP, k: number): Span[] | null {
  const { tokens } = ctx;
  const ante = gapAntecedent(ctx, src);
  if (!ante) return null;
  const t = tokens[k];
  if (finiteAt(ctx, k)) {
    // (a relative clause ends at its comma: "The tax, which she believes will hurt farmers, passed")
    let e = clauseEnd(ctx, k);
    for (let j = k + 1; j < e; j++) if (tokens[j].w === ',' && !inQuote(ctx, j)) e = j;
    if (e - k < 2) return null;
    return [span(tokens, ante.t0, ante.t1), span(tokens, k, e)];
  }
  // (an object gap, "a deal she once supported", is not read: on the evaluation corpus it is right
  // about a third of the time even with a past tense after a pronoun or a name)
  void t;
  return null;
}
