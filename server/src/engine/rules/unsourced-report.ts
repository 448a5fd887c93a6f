// unsourced-report: reports and hearsay with no outlet or source: the engine's hearsay phrases
// ("previously reported", "it was reported", "rumours say") and attributions to reports with no
// outlet ("reports say", "local media reported", "according to media reports"). Single-word
// hedges ("reportedly", "allegedly") are the hedge rule's.
import type { Rule } from './types';
import { excerpt } from './types';
import { hedgeOf } from './hedges';
import { isOutletlessReport } from './sources';

export const unsourcedReport: Rule = {
  id: 'unsourced-report',
  defaultSeverity: 'warning',
  description: 'Reports with no outlet or source ("previously reported", "reports say", "local media reported").',
  check(ctx) {
    const out = [];
    for (const r of ctx.reports) {
      if (hedgeOf(ctx.text.slice(r.start, r.end).trim())) continue;
      out.push({ start: r.start, end: r.end, message: `"${excerpt(ctx.text, r)}" by whom? Name the outlet or source, or link the report.` });
    }
    for (const a of ctx.analysis.attributions) {
      const at = a.source ?? a.cue;
      if (!at || !isOutletlessReport(ctx.text, a)) continue;
      out.push({
        start: at.start,
        end: at.end,
        attribution: a.id,
        message: `"${excerpt(ctx.text, at)}": which outlet? Name the outlet or report, or link it.`,
      });
    }
    return out;
  },
};
