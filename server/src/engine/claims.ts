// Claims: check-worthy sentences, scored by the check-worthiness scorer (checkworthy/), linked to the
// attribution whose content they are.
import { CLAIM_THRESHOLD, scoreStatement } from './checkworthy/index';
import type { Attribution, Claim, Span } from './types';

export function findClaims(text: string, sentences: Span[], attributions: Attribution[]): Claim[] {
  const out: Claim[] = [];
  // content spans with their attribution, sorted, for a sweep
  const spans: { start: number; end: number; id: string }[] = [];
  for (const a of attributions) for (const c of a.content) spans.push({ start: c.start, end: c.end, id: a.id });
  spans.sort((a, b) => a.start - b.start);
  let k = 0;
  for (const s of sentences) {
    const t = text.slice(s.start, s.end);
    if (t.length < 12) continue;
    const r = scoreStatement(t);
    if (r.score < CLAIM_THRESHOLD) continue;
    while (k < spans.length && spans[k].end <= s.start) k++;
    let best: string | undefined;
    let bestOverlap = 0;
    for (let j = k; j < spans.length && spans[j].start < s.end; j++) {
      const o = Math.min(s.end, spans[j].end) - Math.max(s.start, spans[j].start);
      if (o > bestOverlap) {
        bestOverlap = o;
        best = spans[j].id;
      }
    }
    const claim: Claim = { start: s.start, end: s.end, score: r.score, checkable: r.checkable, features: r.features };
    if (best && bestOverlap * 2 >= s.end - s.start) claim.attribution = best;
    out.push(claim);
  }
  return out;
}
