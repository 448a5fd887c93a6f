// Reporting nouns with a prepositional object: "his support for X", "Trump's attacks on X",
// "she voiced concern about X", "criticism of the plan from the mayor". The object of the
// preposition is the content; the source is the possessor, the subject of a light verb
// ("made comments about"), or an agent after the content ("from the mayor").
import type { Span } from '../types';
import { mkNP, npAfter, npBefore, type NP } from '../sources/np';
import { K } from '../text/tokens';
import type { Frame } from './frame';
import { finiteVerbAt, inQuote, mkFrame, mixedOrIndirect, objectEnd, span, type SentenceCtx } from './detect';

const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
const AGENT_PREPS = new Set(['from', 'by', 'among']);

/** The source of the noun at i, looking left: a possessor, or the subject of a light verb. */
function sourceBefore(ctx: SentenceCtx, i: number): { src: NP; c0: number } | null {
  const { tokens, lex } = ctx;
  // skip adjectives and adverbs between the possessor/light verb and the noun: "his strong support"
  let j = i - 1;
  while (j >= ctx.a && i - j <= 4 && tokens[j].k === K.Word && !tokens[j].cap && !POSSESSIVES.has(tokens[j].w) && !lex.determiners.has(tokens[j].w) && !lex.lightVerbs.has(tokens[j].w) && !lex.prepositions.has(tokens[j].w) && !lex.auxiliaries.has(tokens[j].w) && tokens[j].w !== "'s" && !lex.conjunctions.has(tokens[j].w)) j--;
  const t = tokens[j];
  if (!t || j < ctx.a || inQuote(ctx, j)) return null;
  if (t.k === K.Word && POSSESSIVES.has(t.w)) {
    // "threw her support behind": the possessive belongs to the light verb's subject
    const lv = tokens[j - 1];
    if (lv && j - 1 >= ctx.a && lv.k === K.Word && lex.lightVerbs.has(lv.w)) return lightSubject(ctx, j - 1);
    // "He's been ratcheting up his critique of", "Latino Republicans have been unsparing in their
    // criticism of": the possessive pronoun is the clause subject's, and the subject is the source
    return clauseSubject(ctx, j) ?? { src: mkNP(j, j + 1, j, j + 1, 'pronoun'), c0: i };
  }
  if (t.w === "'s") {
    const np = npBefore(tokens, j, ctx.a, lex, false);
    if (np && np.shape !== 'pronoun' && np.shape !== 'relative') return { src: mkNP(np.t0, j + 1, np.h0, np.h1, np.shape), c0: i };
    return null;
  }
  // "voiced concern", "made these comments", "offered a rare rebuke"
  let k = j;
  if (t.k === K.Word && lex.determiners.has(t.w)) k = j - 1;
  const lv = tokens[k];
  if (lv && k >= ctx.a && lv.k === K.Word && lex.lightVerbs.has(lv.w)) return lightSubject(ctx, k);
  return null;
}

/** The subject of the clause a possessive pronoun at j sits in, over at most eight lowercase words. */
function clauseSubject(ctx: SentenceCtx, j: number): { src: NP; c0: number } | null {
  const { tokens, lex } = ctx;
  let x = j;
  while (x - 1 >= ctx.a && j - x < 8) {
    const t = tokens[x - 1];
    if (t.k !== K.Word || t.cap || lex.subjectPronouns.has(t.w) || lex.relatives.has(t.w) || t.w === 'and' || t.w === 'but' || t.w === "'s" || inQuote(ctx, x - 1)) break;
    x--;
  }
  if (x === j) return null;
  const np = npBefore(tokens, x, ctx.a, lex);
  if (!np || np.shape === 'possessive' || np.shape === 'relative' || (np.shape === 'pronoun' && ['him', 'them', 'me', 'us', 'it'].includes(tokens[np.t0].w))) return null;
  return { src: np, c0: x };
}

function lightSubject(ctx: SentenceCtx, lv: number): { src: NP; c0: number } | null {
  const { tokens, lex } = ctx;
  let vg = lv;
  while (vg - 1 >= ctx.a && tokens[vg - 1].k === K.Word && !tokens[vg - 1].cap && (lex.auxiliaries.has(tokens[vg - 1].w) || lex.verbAdverbs.has(tokens[vg - 1].w))) vg--;
  const np = npBefore(tokens, vg, ctx.a, lex);
  if (!np || np.shape === 'possessive' || (np.shape === 'pronoun' && ['him', 'them', 'me', 'us'].includes(tokens[np.t0].w))) return null;
  return { src: np, c0: vg };
}

/** A light verb at i whose reporting noun follows: "voiced (strong) concern about", "made comments on". */
export function carriesNoun(ctx: SentenceCtx, i: number): boolean {
  const { tokens, lex } = ctx;
  if (!lex.lightVerbs.has(tokens[i].w)) return false;
  for (let j = i + 1; j < ctx.b && j - i <= 4; j++) {
    const t = tokens[j];
    if (t.k !== K.Word) return false;
    const preps = lex.nounPreps.get(t.w);
    if (preps) return !!tokens[j + 1] && preps.has(tokens[j + 1].w);
  }
  return false;
}

/** A frame for the reporting noun at token i with its prepositions, or null. */
export function nounPrepFrame(ctx: SentenceCtx, i: number, preps: Set<string>): Frame | null {
  const { tokens, lex } = ctx;
  const p = tokens[i + 1];
  if (!p || p.k !== K.Word || !preps.has(p.w) || inQuote(ctx, i + 1)) return null;
  const k = i + 2;
  const n = tokens[k];
  if (!n || k >= ctx.b || (n.k === K.Punct && n.w !== '$') || (n.k === K.Word && lex.timeWords.has(n.w) && !lex.determiners.has(n.w))) return null;
  // (the object ends before a finite verb: "his support for the levy surprised no one")
  let e = Math.min(objectEnd(ctx, k, true), finiteVerbAt(ctx, k));
  if (e <= k) return null;
  let found = sourceBefore(ctx, i);
  // "criticism of the plan from the mayor": an agent after the object
  for (let j = k + 1; j < e; j++) {
    if (tokens[j].k === K.Word && AGENT_PREPS.has(tokens[j].w) && !inQuote(ctx, j)) {
      const np = npAfter(tokens, j + 1, ctx.b, lex);
      if (np && (np.shape === 'name' || np.shape === 'common') && !found) found = { src: np, c0: i };
      e = j;
      break;
    }
  }
  if (!found || e <= k) return null;
  const content: Span[] = [span(tokens, k, e)];
  return mkFrame(ctx, {
    c0: Math.min(found.c0, i), c1: i + 2, src: found.src, type: 'noun', lemma: tokens[i].w + ' ' + p.w, content,
    ...mixedOrIndirect(ctx, content[0]), how: 'object', variant: 'noun', conf: 0.45,
  });
}
