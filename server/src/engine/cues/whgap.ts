// Free relatives whose gap is what was said: "what Jo Lee said when she resigned" (an object gap:
// the wh-word is the content), "what critics say is a pattern of abuse" (a subject gap: the
// wh-word and the clause after the cue). The words after the wh-word are the source.
import { mkNP, type NP } from '../sources/np';
import { K } from '../text/tokens';
import type { Span } from '../types';
import { clauseEnd, span, type SentenceCtx } from './detect';

const GAP_WORDS = new Set(['what', 'everything', 'whatever', 'anything', 'nothing', 'something']);
const AFTER_GAP = new Set(['when', 'because', 'after', 'before', 'while', 'since', 'until', 'if', 'in', 'on', 'at', 'during']);
/** A finite verb right after the cue: the wh-word is the subject of the reported clause ("what critics say is a pattern of abuse"). */
const FINITE = new Set(['was', 'is', 'were', 'are', 'has', 'had', 'have', 'will', 'would', 'could', 'should', 'may', 'might', 'must', "isn't", "wasn't", "doesn't", "didn't", "won't", 'makes', 'made', 'seems', 'seemed']);

const END_PUNCT = new Set(['.', ',', ';', '!', '?', ')', '—', '–', '--']);

/** For a source starting with a gap word: the source without it and the gap word as content, or null. */
export function whObjectGap(ctx: SentenceCtx, src: NP, k: number): { src: NP; content: Span[] } | null {
  const { tokens } = ctx;
  const w = tokens[src.t0];
  if (!w || w.k !== K.Word || !GAP_WORDS.has(w.w) || src.t1 - src.t0 < 2) return null;
  const s1 = tokens[src.t0 + 1];
  if (!s1 || s1.k !== K.Word || !(s1.cap || ctx.lex.subjectPronouns.has(s1.w))) return null;
  const n = tokens[k];
  const rest = mkNP(src.t0 + 1, src.t1, Math.max(src.h0, src.t0 + 1), src.h1, src.shape);
  if (n && k < ctx.b && n.k === K.Word && FINITE.has(n.w)) {
    // a subject gap: the wh-word and the clause after the cue
    const e = clauseEnd(ctx, k);
    if (e - k < 2) return null;
    return { src: rest, content: [{ start: w.s, end: w.e }, span(tokens, k, e)] };
  }
  const ends = !n || k >= ctx.b || (n.k === K.Punct && END_PUNCT.has(n.w)) || (n.k === K.Word && AFTER_GAP.has(n.w));
  if (!ends) return null;
  return { src: rest, content: [{ start: w.s, end: w.e }] };
}
