// "As Jane Doe noted, C." / "C, as Jane Doe put it.": a reporting verb in an "as" clause reports the
// main clause. The "as" clause holds the source and the cue; the rest of the sentence is the content.
import { F } from '../lexicon/index';
import { npAfter } from '../sources/np';
import { K } from '../text/tokens';
import type { Frame } from './frame';
import { clauseEnd, contentBefore, inQuote, mkFrame, mixedOrIndirect, skipTrailer, span, type SentenceCtx } from './detect';

const TERMINAL = new Set(['.', '!', '?']);
const ADVERBS = new Set(['also', 'once', 'recently', 'later', 'earlier', 'often', 'famously', 'memorably', 'first', 'previously', 'has', 'have', 'had', 'did', 'so', 'aptly', 'bluntly', 'succinctly']);

/** The frame for an "as" clause starting at token i ("as"), or null. */
export function asClauseFrame(ctx: SentenceCtx, i: number): { frame: Frame; next: number } | null {
  const { tokens, lex } = ctx;
  // (also after a short opener and its comma: "If, as I have suggested, C", "After all, as we know, C")
  const opener = tokens[i - 1]?.w === ',' && i - 1 > ctx.a && i - 1 - ctx.a <= 3 && tokens.slice(ctx.a, i - 1).every((t) => t.k === K.Word && !t.cap || t === tokens[ctx.a]) && lex.conjunctions.has(tokens[ctx.a].w) || (tokens[ctx.a].w === 'after' && tokens[ctx.a + 1]?.w === 'all');
  const initial = i === ctx.a || (i - 1 === ctx.a && (tokens[ctx.a].k === K.Quote || lex.conjunctions.has(tokens[ctx.a].w))) || (opener && tokens[i - 1]?.w === ',');
  const final = !initial && tokens[i - 1]?.w === ',' && i - 1 > ctx.a;
  if (!initial && !final) return null;
  const np = npAfter(tokens, i + 1, ctx.b, lex);
  if (!np || np.shape === 'relative') return null;
  let v = np.t1;
  while (v < ctx.b && tokens[v].k === K.Word && ADVERBS.has(tokens[v].w)) v++;
  const t = tokens[v];
  if (!t || t.k !== K.Word || t.cap) return null;
  let c1 = v + 1;
  let lemma: string;
  if (t.w === 'put' && tokens[v + 1]?.w === 'it') {
    // "as X put it"
    c1 = v + 2;
    lemma = 'put it';
  } else {
    const info = lex.verbs.get(t.w);
    if (!info || info.form === 'base' || info.form === 'ing' || !(info.frames & (F.CLAUSE | F.BEFORE))) return null;
    lemma = info.lemma;
  }
  const tr = skipTrailer(ctx, c1, ctx.b);
  let k = tr.k;
  let content;
  if (initial) {
    if (tokens[k]?.w !== ',' && tokens[k]?.w !== ':') return null;
    k++;
    if (k >= ctx.b || inQuote(ctx, k) && tokens[k].k !== K.Quote) return null;
    const e = clauseEnd(ctx, k);
    if (e - k < 3) return null;
    content = span(tokens, k, e);
  } else {
    // the "as" clause ends the sentence (or the clause before a dash or semicolon)
    const n = tokens[k];
    if (n && n.w === ',' && tokens[k + 1]?.k === K.Word && !tokens[k + 1].cap && !lex.pronouns.has(tokens[k + 1].w) && !lex.determiners.has(tokens[k + 1].w) && !lex.conjunctions.has(tokens[k + 1].w)) {
      // between a subject and its predicate: "Hawaii, as an adviser pointed out, rarely gets storms"
      const cb = contentBefore(ctx, i, 1);
      const e = clauseEnd(ctx, k + 1);
      if (!cb || e - (k + 1) < 2) return null;
      const parts = [span(tokens, cb[0], cb[1]), span(tokens, k + 1, e)];
      const frame = mkFrame(ctx, { c0: v, c1, src: np, type: 'verb', lemma, content: parts, ...mixedOrIndirect(ctx, { start: parts[0].start, end: parts[1].end }), how: 'clause', conf: 0.75 });
      return { frame, next: c1 };
    }
    if (!(k >= ctx.b || !n || (n.k === K.Punct && (TERMINAL.has(n.w) || n.w === ';' || n.w === '—')) || n.k === K.Quote)) return null;
    const cb = contentBefore(ctx, i, 3);
    if (!cb) return null;
    content = span(tokens, cb[0], cb[1]);
  }
  const frame = mkFrame(ctx, { c0: v, c1, src: np, type: 'verb', lemma, content: [content], ...mixedOrIndirect(ctx, content), before: final, how: initial ? 'clause' : 'before', conf: 0.8 });
  return { frame, next: c1 };
}
