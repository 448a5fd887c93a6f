// hedge: "reportedly", "allegedly", "purportedly", "so-called" in the article's own voice. The
// writer distances itself from a statement without saying whose it is. A hedge inside what a named
// (or at least stated) source says is theirs, and is not flagged ("Police said he allegedly ...").
import type { Span } from '../types';
import type { Rule } from './types';
import { findHedges } from './hedges';
import { firstIndex } from '../spans';

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
    // some span starting at or before s reaches e: a binary search and a running maximum of ends
    // (not a scan of every span per hedge, quadratic on a long document)
    const maxEnd = new Float64Array(sourced.length);
    for (let i = 0, m = -Infinity; i < sourced.length; i++) maxEnd[i] = m = Math.max(m, sourced[i].end);
    const inSourced = (s: number, e: number) => {
      const n = firstIndex(sourced.length, (mid) => sourced[mid].start <= s);
      return n > 0 && maxEnd[n - 1] >= e;
    };
    for (const s of ctx.analysis.sentences) {
      for (const h of findHedges(ctx.prose ?? ctx.text, s.start, s.end)) {
        if (inSourced(h.start, h.end)) continue;
        out.push({ start: h.start, end: h.end, message: `"${ctx.text.slice(h.start, h.end)}": ${h.hedge.ask}.` });
      }
    }
    return out;
  },
};
