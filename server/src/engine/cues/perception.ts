// Perception verbs with a small clause: "would see their taxes go up", "heard the crowd chant",
// "felt the ground shake". A noun phrase and a bare infinitive after see/hear/feel/watch is
// something witnessed or undergone, not a belief or a report ("she sees that the plan failed" is).
import { npAfter } from '../sources/np';
import { K } from '../text/tokens';
import type { SentenceCtx } from './detect';

const PERCEPTION = new Set(['see', 'hear', 'feel', 'watch', 'notice']);
const NOT_BASE = new Set(['that', 'which', 'who', 'whether', 'if', 'how', 'what', 'why', 'when', 'where']);

/**
 * Whether the content at token k after a perception verb (lemma) is a small clause: a noun phrase
 * followed by a bare infinitive ("their incomes | go up").
 */
export function perceptionSmallClause(ctx: SentenceCtx, lemma: string, k: number): boolean {
  if (!PERCEPTION.has(lemma)) return false;
  const { tokens, lex } = ctx;
  const first = tokens[k];
  if (!first || first.k !== K.Word || NOT_BASE.has(first.w)) return false;
  // ("her" is a possessive before a noun: "saw her rent go up")
  const np = first.w === 'her' && tokens[k + 1]?.k === K.Word && !lex.verbs.has(tokens[k + 1].w) && !lex.commonVerbs.has(tokens[k + 1].w) ? npAfter(tokens, k + 1, ctx.b, lex) : npAfter(tokens, k, ctx.b, lex);
  if (!np || np.t1 >= ctx.b) return false;
  const v = tokens[np.t1];
  if (!v || v.k !== K.Word || v.cap) return false;
  const w = v.w;
  // a finite verb ("prices rose", "costs are rising", "the plan works") makes a clause of its own
  if (lex.auxiliaries.has(w) || lex.irregularPast.has(w) || w.endsWith('ed') || w.endsWith('ing')) return false;
  if (w.endsWith('s') && !w.endsWith('ss')) return false;
  const info = lex.verbs.get(w);
  if (info) return info.form === 'base';
  return lex.commonVerbs.has(w) || BARE_MOTION.has(w);
}

/** Bare infinitives that often follow "see X ...": change of amount or state. */
const BARE_MOTION = new Set(['rise', 'fall', 'drop', 'grow', 'increase', 'decrease', 'decline', 'shrink', 'climb', 'soar', 'plunge', 'double', 'triple', 'vanish', 'disappear', 'happen', 'fail', 'succeed', 'die', 'suffer', 'struggle', 'collapse', 'improve', 'worsen', 'change', 'shift', 'end', 'start', 'work', 'shake', 'move', 'walk', 'fly', 'burn', 'cry', 'laugh', 'dance', 'sing', 'chant', 'cheer', 'boo', 'play', 'fight', 'vote', 'leave', 'arrive', 'stay', 'return']);
