// unattributed-claim: a check-worthy statement in the article's own voice: outside every
// attribution (content, cue, source), with no attribution in its sentence covering it and no
// clearly linked neighbour ("That's according to ..." next, or an introducing colon before).
// Check-worthiness comes from scoreStatement(); sweeping generalisations ("the rest of the world",
// "only one") count too.
import { CLAIM_THRESHOLD, scoreStatement } from '../checkworthy/index';
import { SWEEPING } from '../lexicon/data/claims';
import type { Span } from '../types';
import { coverIn, type Rule, type RuleContext } from './types';

const MIN_WORDS = 5;
let sweepingRe: RegExp | undefined;

function sweeping(text: string): string | null {
  if (!sweepingRe) {
    const phrases = SWEEPING.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    phrases.sort((a, b) => b.length - a.length);
    const esc = phrases.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
    sweepingRe = new RegExp(`(?:^|[^\\p{L}])(${esc.join('|')})(?![\\p{L}])`, 'iu');
  }
  const m = sweepingRe.exec(text);
  return m ? m[1] : null;
}

function words(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const letter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c > 0xbf;
    if (letter && !inWord) n++;
    inWord = letter;
  }
  return n;
}

/** Parts of a sentence not covered by any attribution span. */
function uncovered(ctx: RuleContext, s: Span): Span[] {
  const cover = coverIn(ctx.cover, s.start, s.end);
  const out: Span[] = [];
  let pos = s.start;
  for (const c of cover) {
    if (c.start > pos) out.push({ start: pos, end: c.start });
    pos = Math.max(pos, c.end);
  }
  if (pos < s.end) out.push({ start: pos, end: s.end });
  return out;
}

function trim(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /[\s,;:.!?"“”'‘’()—–-]/.test(text[start])) start++;
  while (end > start && /[\s,;:.!?"“”'‘’()—–-]/.test(text[end - 1])) end--;
  return { start, end };
}

function firstCue(ctx: RuleContext, s: Span): number {
  let first = Infinity;
  for (const c of coverIn(ctx.cues, s.start, s.end)) if (c.start >= s.start && c.start < first) first = c.start;
  return first;
}

export const unattributedClaim: Rule = {
  id: 'unattributed-claim',
  defaultSeverity: 'information',
  description: "Check-worthy statements in the article's own voice with no source.",
  check(ctx) {
    const out = [];
    const { sentences } = ctx.analysis;
    for (let i = 0; i < sentences.length; i++) {
      const s = sentences[i];
      const next = sentences[i + 1];
      const prev = sentences[i - 1];
      // a neighbour that sources this sentence: "That's according to ...", or an introducing colon
      if (next && /^\s*(that'?s|that’s|this is|those are)?\s*according to\b/i.test(ctx.text.slice(next.start, Math.min(next.end, next.start + 40)))) continue;
      if (prev && ctx.text.slice(prev.start, prev.end).trimEnd().endsWith(':') && coverIn(ctx.cover, prev.start, prev.end).length) continue;
      // what follows a cue in the same sentence is still under its scope ("accused X of A, and B")
      const cueAt = firstCue(ctx, s);
      for (const u0 of uncovered(ctx, s)) {
        if (u0.start >= cueAt) continue;
        const u = trim(ctx.text, u0);
        if (u.end <= u.start) continue;
        const t = ctx.text.slice(u.start, u.end);
        if (words(t) < MIN_WORDS) continue;
        const sw = sweeping(t);
        const score = scoreStatement(t);
        if (!(sw || (score.score >= CLAIM_THRESHOLD && score.checkable))) continue;
        const why = sw ? `sweeping ("${sw.toLowerCase()}")` : score.features.length ? score.features.join(', ') : 'check-worthy';
        out.push({
          start: u.start,
          end: u.end,
          message: `Claim in the article's own voice with no source (${why}): attribute it, link the evidence, or soften it.`,
        });
      }
    }
    return out;
  },
};
