// unattributed-claim: a check-worthy claim in the article's own voice (a claim of the analysis with
// no attribution: claims.ts scores every own-voice part of every sentence) that
//   - is checkable (not an opinion, prediction or question);
//   - carries something a reader would want sourced: a figure (a percentage, money, a number with
//     what it counts or how it changed) or a sweeping generalisation. Narration of events ("On
//     Monday, Clinton leaned in") and bare numbers (ages, times) are reporting, not claims to source;
//   - has no clearly linked neighbour ("That's according to ..." next, or an introducing colon
//     before); a part under a cue earlier in its sentence ("accused X of A, and B") is linked to
//     that attribution by claims.ts;
//   - does not itself report speech the engine could not attribute ("reported: said" among its reasons).
import { trimSpan } from '../claims';
import type { Claim, Span } from '../types';
import { coverIn, type Rule } from './types';

/**
 * A figure a reader would want sourced: a percentage or a sum of money, or a number, a statistic
 * ("unemployment"), a comparison or a change that go together ("fell by 40,000", "more than
 * twice"). A bare number alone (an age, a time, "four loopholes") is not enough.
 */
function figure(has: (f: string) => boolean): boolean {
  if (has('percent') || has('money')) return true;
  if (has('number') && (has('statistic') || has('comparison') || has('change'))) return true;
  return has('statistic') && (has('comparison') || has('change'));
}

function sentenceOf(sentences: Span[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid].start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Why this own-voice claim needs a source, or null when it does not. */
export function needsSource(c: Claim): string | null {
  if (c.attribution) return null;
  const reasons = c.reasons ?? [];
  if (reasons.some((r) => r.feature === 'reported')) return null;
  if (!c.checkable) return null;
  if (c.sweeping) return `sweeping ("${c.sweeping}")`;
  const fired = new Set(reasons.filter((r) => r.weight > 0).map((r) => r.feature));
  if (!figure((f) => fired.has(f))) return null;
  const shown = reasons.filter((r) => r.weight > 0 && FIGURE_FEATURES.has(r.feature));
  return shown.map((r) => r.evidence).slice(0, 3).join(', ');
}

const FIGURE_FEATURES = new Set(['percent', 'money', 'number', 'statistic', 'comparison', 'change']);

export const unattributedClaim: Rule = {
  id: 'unattributed-claim',
  defaultSeverity: 'information',
  description: "Figures and sweeping generalisations in the article's own voice with no source.",
  check(ctx) {
    const out = [];
    const { sentences, claims } = ctx.analysis;
    if (!sentences.length) return [];
    for (const c of claims) {
      const why = needsSource(c);
      if (!why) continue;
      const i = sentenceOf(sentences, c.start);
      const next = sentences[i + 1];
      const prev = sentences[i - 1];
      // a neighbour that sources this sentence: "That's according to ...", or an introducing colon
      if (next && /^\s*(that'?s|that’s|this is|those are)?\s*according to\b/i.test(ctx.text.slice(next.start, Math.min(next.end, next.start + 40)))) continue;
      if (prev && ctx.text.slice(prev.start, prev.end).trimEnd().endsWith(':') && coverIn(ctx.cover, prev.start, prev.end).length) continue;
      const span = trimSpan(ctx.text, c);
      out.push({
        start: span.start,
        end: span.end,
        message: `Claim in the article's own voice with no source (${why}): attribute it, link the evidence, or soften it.`,
      });
    }
    return out;
  },
};
