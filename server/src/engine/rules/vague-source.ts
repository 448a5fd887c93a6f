// vague-source: the source is an unnamed group or a school of thought ("critics", "some", "experts",
// "many"): not a person who could be named (anonymous-source), a view ascribed to nobody in particular.
import type { Rule } from './types';
import { excerpt } from './types';
import { isVagueSource } from './sources';

export const vagueSource: Rule = {
  id: 'vague-source',
  defaultSeverity: 'warning',
  description: 'Unnamed groups as sources ("critics say", "some argue", "experts").',
  check(ctx) {
    const out = [];
    for (const a of ctx.analysis.attributions) {
      if (!a.source || !isVagueSource(ctx.text, a, ctx.options)) continue;
      const what = excerpt(ctx.text, a.source);
      out.push({
        start: a.source.start,
        end: a.source.end,
        attribution: a.id,
        message: `Vague source "${what}": who exactly? Name at least one of them, or quote one who holds this view.`,
      });
    }
    return out;
  },
};
