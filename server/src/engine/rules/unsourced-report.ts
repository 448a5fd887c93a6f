// unsourced-report: hearsay with no source ("previously reported", "reportedly", "it is rumored").
import type { Rule } from './types';
import { excerpt } from './types';

export const unsourcedReport: Rule = {
  id: 'unsourced-report',
  defaultSeverity: 'warning',
  description: 'Reports and rumours with no source ("previously reported", "reportedly").',
  check(ctx) {
    return ctx.reports.map((r) => ({
      start: r.start,
      end: r.end,
      message: `"${excerpt(ctx.text, r)}" by whom? Name the outlet or source, or link the report.`,
    }));
  },
};
