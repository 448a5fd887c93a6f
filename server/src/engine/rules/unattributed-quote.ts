// unattributed-quote: a quotation with no speaker in its sentence and no previous quote to continue.
import type { Rule } from './types';
import { contentExtent, excerpt } from './types';

export const unattributedQuote: Rule = {
  id: 'unattributed-quote',
  defaultSeverity: 'warning',
  description: 'Quotations nobody is said to have said.',
  check(ctx) {
    const out = [];
    for (const s of ctx.analysis.unattributedQuotes ?? []) {
      out.push({ ...s, message: `Quote with no speaker ("${excerpt(ctx.text, s)}"): say who said it, e.g. "…," she said.` });
    }
    // attributions without a speaker or source (not agentless, not inferred) are unattributed too
    for (const a of ctx.analysis.attributions) {
      if (a.speaker || a.source || a.cue || a.inferred || a.kind !== 'direct') continue;
      const s = contentExtent(a);
      out.push({ ...s, attribution: a.id, message: `Quote with no speaker ("${excerpt(ctx.text, s)}"): say who said it, e.g. "…," she said.` });
    }
    return out;
  },
};
