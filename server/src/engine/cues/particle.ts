// Phrasal verbs that are no report: "showed up", "wasn't backing down", "knocked out a pillar" (the
// object starts with the particle), and "beat back a challenge", "cut back the ritual" ("back" is the
// particle of the verb before it, not the verb "back").
import { K } from '../text/tokens';
import type { SentenceCtx } from './detect';

const PARTICLES = new Set(['up', 'down', 'out', 'off', 'away']);

/** The content after the verb starts with a bare particle: "showed up", "backed down in May". */
export function particleObject(ctx: SentenceCtx, k: number): boolean {
  const { tokens, lex } = ctx;
  const t = tokens[k];
  if (!t || t.k !== K.Word || t.cap || !PARTICLES.has(t.w)) return false;
  // "backed off some of his proposals" has an object after the particle
  const n = tokens[k + 1];
  return !n || k + 1 >= ctx.b || n.k === K.Punct || (n.k === K.Word && (lex.prepositions.has(n.w) || lex.timeWords.has(n.w) || lex.verbAdverbs.has(n.w) || n.w === 'late' || n.w === 'early' || n.w === 'again'));
}

/** The cue "back" right after another verb: "beat back", "cut back", "wrested back". */
export function particleBack(ctx: SentenceCtx, i: number): boolean {
  const { tokens, lex } = ctx;
  const t = tokens[i];
  const p = tokens[i - 1];
  if (!t || t.w !== 'back' || !p || p.k !== K.Word || p.cap || i - 1 < ctx.a) return false;
  if (lex.auxiliaries.has(p.w)) return false;
  return lex.irregularPast.has(p.w) || lex.commonVerbs.has(p.w) || (p.w.endsWith('ed') && p.w.length > 3) || p.w === 'cut' || p.w === 'beat' || p.w === 'set' || p.w === 'put';
}

const HELP = new Set(['help', 'helps', 'helped', 'helping']);

/** A bare infinitive after "help": "helped found the network", "helped add momentum" (the helping is the event, not a report). */
export function afterHelp(ctx: SentenceCtx, i: number): boolean {
  const p = ctx.tokens[i - 1];
  return !!p && i - 1 >= ctx.a && p.k === K.Word && HELP.has(p.w);
}
