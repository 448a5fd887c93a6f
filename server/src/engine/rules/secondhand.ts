// secondhand: the words reached the article through an outlet (a medium or relay that is a news
// outlet, or an outlet as the source), not first hand.
import type { Attribution } from '../types';
import type { Rule } from './types';
import { contentExtent } from './types';

/** The outlets or intermediaries an attribution came through (empty when first hand or outlet-sourced). */
export function relaysOf(a: Attribution): string[] {
  return a.chain.slice(1).filter((l) => l.type === 'outlet' || (l.role === 'relay' && l.type !== 'person')).map((l) => l.name);
}

/** True when the attribution reached the article through another outlet or is an outlet's own report. */
export function isSecondhand(a: Attribution): boolean {
  return a.sourceKind === 'outlet' || relaysOf(a).length > 0;
}

export const secondhand: Rule = {
  id: 'secondhand',
  defaultSeverity: 'warning',
  description: 'Quotes and claims that reached the article through another outlet or intermediary.',
  check(ctx) {
    const out = [];
    for (const a of ctx.analysis.attributions) {
      const names = relaysOf(a);
      const fromOutlet = a.sourceKind === 'outlet';
      if (!names.length && !fromOutlet) continue;
      const who = a.speaker?.name ?? 'the speaker';
      const route = fromOutlet ? `reported by ${a.speaker?.name ?? 'another outlet'}` : `via ${names.join(' and ')}`;
      out.push({
        ...contentExtent(a),
        attribution: a.id,
        message: `Secondhand: ${who === a.speaker?.name && fromOutlet ? 'this was' : `${who}'s words were`} ${route}, not heard first hand. Say so in the text, or get it from the source.`,
      });
    }
    return out;
  },
};
