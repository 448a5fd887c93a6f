// Headlines: "Clinton blasts Trump over 'deportation force' idea", "Sanders Pushes Dems to Reject
// Debt Deal". A document's first line, when it is short and no other cue read it, reports what its
// subject (a name) did or said: the verb right after the name is the cue, the rest of the line the
// content. Headline verbs are not only reporting verbs ("targets", "rips", "heckles"): any verb
// form right after a leading name counts.
import { mkNP, npAfter } from '../sources/np';
import { K, type Token } from '../text/tokens';
import type { Frame } from './frame';
import { contentEnd, mkFrame, mixedOrIndirect, span, type SentenceCtx } from './detect';

/** Headline labels before a colon: "The Latest:", "Breaking:", "Exclusive:", "Poll:". */
const LABELS = new Set(['latest', 'breaking', 'exclusive', 'update', 'watch', 'video', 'analysis', 'opinion', 'just', 'in', 'the', 'news', 'guide', 'report', 'fact', 'check', 'live', 'busted', 'boom', 'look', 'wow', 'must', 'see']);
const BETWEEN = new Set(['just', 'now', 'also', 'still', 'again', 'finally', 'quickly', 'is', 'are', 'will', 'to', 'says', 'can', 'could', 'would', 'should', 'has', 'have', 'may', 'might']);
const PARTICLES = new Set(['on', 'after', 'about', 'for', 'against', 'with', 'up', 'at', 'over', 'into', 'off', 'back']);
const NOT_VERBS = new Set(['news', 'times', 'press', 'series', 'politics', 'always', 'perhaps', 'was', 'is', 'has', 'this', 'his', 'its', 'us', 'as', 'plus', 'less', 'unless', 'thus', 'across', 'yes', 'status', 'campus', 'census', 'bonus', 'crisis', 'basis', 'analysis', 'lawmakers', 'voters', 'leaders', 'supporters', 'rivals', 'democrats', 'republicans', 'americans', 'officials', 'critics', 'experts', 'polls', 'states', 'years', 'days', 'things', 'emails', 'ads', 'jobs', 'taxes', 'votes', 'guns', 'rights', 'women', 'men']);

/** Events, not attributions: "Sanders wins Minnesota", "Clinton takes Pa.", "Cruz leads pack". */
const EVENTS = new Set(['wins', 'win', 'won', 'leads', 'lead', 'led', 'takes', 'took', 'gets', 'got', 'raises', 'raised', 'survives', 'faces', 'loses', 'lost', 'beats', 'trails', 'sweeps', 'turned', 'released', 'sent', 'gives', 'gave', 'goes', 'went', 'does', 'did', 'makes', 'made', 'comes', 'came', 'runs', 'ran', 'holds', 'held', 'enters', 'exits', 'drops', 'quits', 'returns', 'visits', 'travels', 'arrives', 'heads', 'moves', 'falls', 'rises', 'gains', 'hits', 'tops', 'ties', 'edges', 'pulls', 'passes', 'dies', 'died', 'killed', 'arrested', 'sworn', 'named', 'elected', 'expecting', 'spends', 'spent', 'owes', 'pays', 'paid', 'sells', 'buys', 'opens', 'closes', 'starts', 'ends', 'begins', 'launches', 'unveils', 'hires', 'fires', 'fired', 'has', 'had', 'needs', 'sees', 'shows', 'looks', 'seems']);

function verbLike(t: Token, ctx: SentenceCtx, generic: boolean): boolean {
  if (t.k !== K.Word) return false;
  const w = t.w;
  if (NOT_VERBS.has(w) || ctx.lex.determiners.has(w) || ctx.lex.prepositions.has(w) || ctx.lex.conjunctions.has(w) || ctx.lex.pronouns.has(w)) return false;
  const v = ctx.lex.verbs.get(w);
  if (v) return v.form !== 'ing';
  if (ctx.lex.prepVerbs.has(w)) return true;
  if (!generic || EVENTS.has(w)) return false;
  // an -s form ("targets", "rips", "heckles") or a past tense ("fired", "took")
  return (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is') && !w.endsWith("'s")) || (w.length > 4 && w.endsWith('ed')) || ctx.lex.irregularPast.has(w);
}

function namedAgain(ctx: SentenceCtx, t: Token): boolean {
  const word = ctx.doc.text.slice(t.s, t.e);
  const rest = ctx.doc.text.slice(ctx.para.end, ctx.para.end + 20000);
  for (let i = rest.indexOf(word); i >= 0; i = rest.indexOf(word, i + 1)) {
    const before = i > 0 ? rest[i - 1] : ' ';
    const after = i + word.length < rest.length ? rest[i + word.length] : ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}

export function headlineFrame(ctx: SentenceCtx): Frame | null {
  const { tokens, lex, para } = ctx;
  // a title line: the document's first paragraph, one short sentence, with more text after it
  if (para.index !== 0 || ctx.si !== 0 || para.sentences.length !== 1 || ctx.doc.paragraphs.length < 2 || ctx.b - ctx.a > 30 || ctx.b - ctx.a < 4) return null;
  let k = ctx.a;
  // a label before a colon: "The Latest: Sanders wins ..."
  for (let j = ctx.a; j < ctx.a + 4 && j < ctx.b; j++) {
    if (tokens[j].w === ':') {
      let label = true;
      for (let x = ctx.a; x < j; x++) if (!(tokens[x].k === K.Word && LABELS.has(tokens[x].w))) label = false;
      if (label) k = j + 1;
      break;
    }
  }
  const first = tokens[k];
  if (!first || first.k !== K.Word || !first.cap) return null;
  const np0 = npAfter(tokens, k, ctx.b, lex);
  if (!np0 || np0.shape !== 'name') return null;
  // the noun-phrase walk may run over the verb ("Jane Doe rips Al Roe", "Jane Doe Slams Al Roe"):
  // the first known verb after the subject's first word, else a lowercase verb form
  let cut = -1;
  for (let x = k + 1; x < np0.t1 && x < k + 7 && cut < 0; x++) if (lex.verbs.has(tokens[x].w) && lex.verbs.get(tokens[x].w)!.form !== 'ing' && tokens[x - 1].k === K.Word) cut = x;
  for (let x = k + 1; x < np0.t1 && x < k + 7 && cut < 0; x++) if (!tokens[x].cap && verbLike(tokens[x], ctx, true)) cut = x;
  const np = cut > 0 ? mkNP(np0.t0, cut, np0.h0, cut, np0.shape) : np0;
  if (np.t1 - np.t0 > 6) return null;
  let v = np.t1;
  // "Obama, Biden to campaign": a second name after a comma
  if (tokens[v]?.w === ',' && tokens[v + 1]?.cap) {
    const np2 = npAfter(tokens, v + 1, ctx.b, lex);
    if (np2 && np2.shape === 'name' && np2.t1 - np2.t0 <= 3) v = np2.t1;
  }
  const srcEnd = v;
  while (v < ctx.b && v - srcEnd < 3 && tokens[v].k === K.Word && BETWEEN.has(tokens[v].w) && tokens[v + 1]?.k === K.Word) v++;
  const verb = tokens[v];
  // any verb form only after a proper name ("Charles Barkley takes on ..."), not after a phrase with
  // common nouns ("Jobs report gives ...")
  let proper = true;
  for (let x = np.t0; x < srcEnd; x++) if (tokens[x].k === K.Word && !tokens[x].cap && tokens[x].w !== 'and') proper = false;
  // a one-word subject is a name when the article writes it capitalised again ("Clinton"), not a
  // capitalised first word ("Unemployment")
  if (proper && srcEnd - np.t0 === 1 && !namedAgain(ctx, tokens[np.t0])) proper = false;
  if (!verb || !verbLike(verb, ctx, proper)) return null;
  let c = v + 1;
  if (tokens[c]?.k === K.Word && PARTICLES.has(tokens[c].w) && tokens[c + 1]?.k !== K.Punct) c++;
  const e = contentEnd(ctx, c);
  if (e - c < 1) return null;
  const sp = span(tokens, c, e);
  const src = mkNP(np.t0, srcEnd, np.t0, np.t1, np.shape);
  return mkFrame(ctx, { c0: v, c1: c, src, type: 'verb', lemma: verb.w, content: [sp], ...mixedOrIndirect(ctx, sp), how: 'object', conf: 0.5 });
}
