// A participle clause that opens the sentence: "Noting that turnout was low, Ray Lund added ...",
// "After arguing that the race was over, his team changed course." Its source is the subject of the
// main clause after the comma that ends the participle's content.
import type { Span } from '../types';
import { npAfter, type NP } from '../sources/np';
import { tokenAtOrAfter } from '../pipeline/document';
import { K } from '../text/tokens';
import type { SentenceCtx } from './detect';

/** Words that may introduce the participle clause. */
const INTRO = new Set(['while', 'after', 'before', 'when', 'since', 'by', 'in', 'upon', 'on', 'without', 'through', 'also', 'and', 'but', 'even', 'then', 'despite', 'besides', 'instead', 'of', 'yet', 'rather', 'than', 'from', 'for', 'with', 'so']);

/**
 * For a participle at `vg0` that opens the sentence (after at most two introducing words): the
 * main-clause subject after the first comma in its content that is followed by a subject and its
 * verb, with the content cut before that comma; null when there is none.
 */
export function leadingParticiple(ctx: SentenceCtx, vg0: number, content: Span[]): { subject: NP; content: Span[] } | null {
  const { tokens, lex } = ctx;
  if (vg0 - ctx.a > 2 || !content.length) return null;
  for (let j = ctx.a; j < vg0; j++) if (tokens[j].k !== K.Word || !INTRO.has(tokens[j].w)) return null;
  const c0 = content[0];
  let end = c0.end;
  for (const c of content) end = Math.max(end, c.end);
  const k0 = tokenAtOrAfter(tokens, c0.start);
  for (let k = k0 + 1; k < ctx.b - 1 && tokens[k].s <= end; k++) {
    // a comma, or a closing quote mark after a comma ("her foot was “so swollen,” she ...")
    const quoted = tokens[k].k === K.Quote && tokens[k - 1].w === ',';
    if (!quoted && (tokens[k].w !== ',' || ctx.para.qid[k] >= 0)) continue;
    const np = mainSubject(ctx, k + 1);
    if (!np) continue;
    // the content ends before the comma (or with the quote mark)
    const cut = quoted ? tokens[k].e : tokens[k - 1].e;
    // (pushed, not filter().map(): packed arrays, as every frame's content is; see mkFrame)
    const kept: Span[] = [];
    for (const c of content) if (c.start < cut) kept.push(c.end > cut ? { start: c.start, end: cut } : c);
    return kept.length ? { subject: np, content: kept } : null;
  }
  return null;
}

/** A subject noun phrase at k followed by its verb. */
function mainSubject(ctx: SentenceCtx, k: number): NP | null {
  const { tokens, lex } = ctx;
  const np = npAfter(tokens, k, ctx.b, lex);
  if (!np || np.shape === 'relative') return null;
  const next = tokens[np.t1];
  if (!next || next.k !== K.Word || next.cap || lex.prepositions.has(next.w) || lex.determiners.has(next.w) || lex.conjunctions.has(next.w)) return null;
  return np;
}
