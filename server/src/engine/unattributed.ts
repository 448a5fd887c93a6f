// Unattributed quotes (Analysis.unattributedQuotes) seen as speaker-less attributions, for views
// that list every quote (semantic tokens, hovers, the Sources view). Not part of
// Analysis.attributions: nobody is said to have said them.
import type { Analysis, Attribution } from './types';

/** One attribution per unattributed quote: direct, no cue, no source, no speaker; ids "u1", "u2", ... */
export function unattributedAttributions(analysis: Analysis): Attribution[] {
  return (analysis.unattributedQuotes ?? []).map((q, i) => ({
    id: `u${i + 1}`,
    kind: 'direct',
    content: [{ start: q.start, end: q.end }],
    cue: null,
    source: null,
    sourceKind: 'none',
    speaker: null,
    chain: [],
    inferred: false,
  }));
}

/** The analysis's attributions and its unattributed quotes, in text order. */
export function everyQuote(analysis: Analysis): Attribution[] {
  return [...analysis.attributions, ...unattributedAttributions(analysis)].sort((x, y) => (x.content[0]?.start ?? 0) - (y.content[0]?.start ?? 0));
}
