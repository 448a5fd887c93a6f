// hedge: "reportedly", "allegedly", "purportedly", "so-called" in the article's own voice. The
// writer distances itself from a statement without saying whose it is. A hedge inside what a named
// (or at least stated) source says is theirs, and is not flagged ("Police said he allegedly ...").
import type { Span } from '../types';
import type { Rule } from './types';
import { findHedges } from './hedges';

export const hedge: Rule = {
  id: 'hedge',
  defaultSeverity: 'warning',
  description: 'Hedges in the article\'s own voice ("reportedly", "allegedly", "so-called") that do not say whose word it is.',
  check(ctx) {
    const out = [];
    // content of attributions that have a source: a hedge there is the source's
    const sourced: Span[] = [];
    for (const a of ctx.analysis.attributions) {
      if (a.sourceKind === 'agentless' || (!a.source && !a.speaker)) continue;
      sourced.push(...a.content);
    }
    sourced.sort((x, y) => x.start - y.start);
    const inSourced = (s: number, e: number) => sourced.some((c) => c.start <= s && e <= c.end);
    for (const s of ctx.analysis.sentences) {
      for (const h of findHedges(ctx.prose ?? ctx.text, s.start, s.end)) {
        if (inSourced(h.start, h.end)) continue;
        out.push({ start: h.start, end: h.end, message: `"${ctx.text.slice(h.start, h.end)}": ${h.hedge.ask}.` });
      }
    }
    return out;
  },
};
