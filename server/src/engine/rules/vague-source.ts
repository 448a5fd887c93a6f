// vague-source: the source is an unnamed group or person ("critics", "some", "experts",
// "officials", "a source") with no reason given for not naming them.
import type { Rule } from './types';
import { excerpt } from './types';

export const vagueSource: Rule = {
  id: 'vague-source',
  defaultSeverity: 'warning',
  description: 'Unnamed groups or people as sources ("critics", "experts", "a source").',
  check(ctx) {
    const out = [];
    for (const a of ctx.analysis.attributions) {
      if (!a.source || (a.sourceKind !== 'vague' && a.sourceKind !== 'anonymous')) continue;
      if (a.sourceKind === 'anonymous' && a.anonymityReason) continue;
      const what = excerpt(ctx.text, a.source);
      out.push({
        start: a.source.start,
        end: a.source.end,
        attribution: a.id,
        message:
          a.sourceKind === 'anonymous'
            ? `Anonymous source "${what}": say why they cannot be named, or name them.`
            : `Vague source "${what}": name who holds this view, or quote one of them.`,
      });
    }
    return out;
  },
};
