// A participle clause that opens the sentence: an -ing form (after at most a few introducing
// words), its content, a comma, then the main clause's subject, which is the participle's source.
// One reading (`opensSentence`, `openComma`, `subjectAfter`) with two uses on top of it:
// - `leadingParticiple`: a verb frame found by the cue scan ("Noting that turnout was low, Ray Lund
//   added ...", "After arguing that the race was over, his team changed course") takes that subject
//   and its content is cut at the comma;
// - `leadParticipleFrame`: a reporting participle is a frame of its own ("Citing the budget, the
//   mayor vetoed the bill", "After praising the plan, Jo Lee left"); `leadParticipleAt` finds it.
import type { Span } from '../types';
import { F, type Lexicon } from '../lexicon/index';
import { npAfter, type NP } from '../sources/np';
import { tokenAtOrAfter } from '../pipeline/document';
import { K } from '../text/tokens';
import type { Frame } from './frame';
import { inQuote, mixedOrIndirect, mkFrame, span, type SentenceCtx } from './detect';

/** Words that may introduce the participle clause of a verb frame. */
const INTRO = new Set(['while', 'after', 'before', 'when', 'since', 'by', 'in', 'upon', 'on', 'without', 'through', 'also', 'and', 'but', 'even', 'then', 'despite', 'besides', 'instead', 'of', 'yet', 'rather', 'than', 'from', 'for', 'with', 'so']);
/** The prepositions that may introduce a participle frame of its own (all of them in INTRO). */
const LEAD_PREPS = new Set(['after', 'while', 'before', 'by', 'in', 'despite', 'without', 'when', 'since', 'upon', 'on']);

// ---- the shared reading ----

/** The participle at i opens the sentence: at most `max` words before it, each one of `intro`. */
function opensSentence(ctx: SentenceCtx, i: number, max: number, intro: Set<string>): boolean {
  const { tokens } = ctx;
  if (i - ctx.a > max) return false;
  for (let j = ctx.a; j < i; j++) if (tokens[j].k !== K.Word || !intro.has(tokens[j].w)) return false;
  return true;
}

/** A comma outside quotations at k: one that may close the participle clause. */
function openComma(ctx: SentenceCtx, k: number): boolean {
  return ctx.tokens[k].w === ',' && !inQuote(ctx, k);
}

/** The main clause's subject at k (after the comma): a noun phrase, not a relative, followed by a lower-case word. */
function subjectAfter(ctx: SentenceCtx, k: number): NP | null {
  const np = npAfter(ctx.tokens, k, ctx.b, ctx.lex);
  if (!np || np.shape === 'relative') return null;
  const next = ctx.tokens[np.t1];
  if (!next || next.k !== K.Word || next.cap) return null;
  return np;
}

// ---- use 1: a verb frame's participle takes the main subject ----

/**
 * For a participle at `vg0` that opens the sentence (after at most two introducing words): the
 * main-clause subject after the first comma in its content that is followed by a subject and its
 * verb, with the content cut before that comma; null when there is none.
 */
export function leadingParticiple(ctx: SentenceCtx, vg0: number, content: Span[]): { subject: NP; content: Span[] } | null {
  const { tokens } = ctx;
  if (!content.length || !opensSentence(ctx, vg0, 2, INTRO)) return null;
  const c0 = content[0];
  let end = c0.end;
  for (const c of content) end = Math.max(end, c.end);
  const k0 = tokenAtOrAfter(tokens, c0.start);
  for (let k = k0 + 1; k < ctx.b - 1 && tokens[k].s <= end; k++) {
    // a comma, or a closing quote mark after a comma ("her foot was “so swollen,” she ...")
    const quoted = tokens[k].k === K.Quote && tokens[k - 1].w === ',';
    if (!quoted && !openComma(ctx, k)) continue;
    const np = subjectAfter(ctx, k + 1);
    if (!np || notVerb(ctx.lex, tokens[np.t1].w)) continue;
    // the content ends before the comma (or with the quote mark)
    return cutContent(content, quoted ? tokens[k].e : tokens[k - 1].e, np);
  }
  return null;
}

/** A word that cannot be the main verb after the subject: a preposition, determiner or conjunction. */
function notVerb(lex: Lexicon, w: string): boolean {
  return lex.prepositions.has(w) || lex.determiners.has(w) || lex.conjunctions.has(w);
}

/** The content spans cut at `cut`, with the subject; null when nothing is left. */
function cutContent(content: Span[], cut: number, subject: NP): { subject: NP; content: Span[] } | null {
  // (pushed, not filter().map(): packed arrays, as every frame's content is; see mkFrame)
  const kept: Span[] = [];
  for (const c of content) if (c.start < cut) kept.push(c.end > cut ? { start: c.start, end: cut } : c);
  return kept.length ? { subject, content: kept } : null;
}

// ---- use 2: a reporting participle is a frame of its own ----

/** Token index of a sentence-opening reporting participle (after an optional preposition), or -1. */
export function leadParticipleAt(ctx: SentenceCtx): number {
  const { tokens, lex } = ctx;
  const i = tokens[ctx.a + 1]?.k === K.Word && opensSentence(ctx, ctx.a + 1, 1, LEAD_PREPS) ? ctx.a + 1 : ctx.a;
  const t = tokens[i];
  if (!t || t.k !== K.Word || !t.w.endsWith('ing')) return -1;
  const v = lex.verbs.get(t.w);
  if (!v || v.form !== 'ing' || !(v.frames & (F.CLAUSE | F.OBJ))) return -1;
  return i;
}

/** The comma closing the participle clause that starts at i, or -1 (none within 30 tokens, or a quote first). */
function closingComma(ctx: SentenceCtx, i: number): number {
  const { tokens } = ctx;
  for (let j = i + 1; j < ctx.b && j - i <= 30; j++) {
    if (openComma(ctx, j)) return j;
    if ((tokens[j].w === ';' || tokens[j].w === ':') && !inQuote(ctx, j)) return -1;
  }
  return -1;
}

/** A finite verb form (or a verb-modifying adverb) after the main clause's subject. */
function finiteAfterSubject(lex: Lexicon, w: string): boolean {
  const vi = lex.verbs.get(w);
  return lex.auxiliaries.has(w) || lex.commonVerbs.has(w) || lex.irregularPast.has(w) || (w.endsWith('ed') && w.length > 3) || (!!vi && vi.form !== 'base' && vi.form !== 'ing') || lex.verbAdverbs.has(w);
}

export function leadParticipleFrame(ctx: SentenceCtx): Frame | null {
  const i = leadParticipleAt(ctx);
  if (i < 0) return null;
  const { tokens, lex } = ctx;
  const comma = closingComma(ctx, i);
  if (comma < 0 || comma - (i + 1) < 1) return null;
  // the main clause's subject right after the comma, followed by a verb
  const src = subjectAfter(ctx, comma + 1);
  if (!src || !finiteAfterSubject(lex, tokens[src.t1].w)) return null;
  let k = i + 1;
  if (tokens[k].w === 'that') k++;
  if (comma - k < 1) return null;
  const sp = span(tokens, i + 1, comma);
  const lemma = lex.verbs.get(tokens[i].w)!.lemma;
  return mkFrame(ctx, {
    c0: i, c1: i + 1, src, type: 'verb', lemma, content: [sp], ...mixedOrIndirect(ctx, sp), how: tokens[i + 1].w === 'that' ? 'clause' : 'object', variant: 'participle', conf: 0.55,
  });
}
