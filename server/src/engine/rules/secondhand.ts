// secondhand: the words reached the article through an outlet (a medium or relay that is a news
// outlet, or an outlet as the source), not first hand.
import type { Rule } from './types';
import { contentExtent } from './types';

export const secondhand: Rule = {
  id: 'secondhand',
  defaultSeverity: 'warning',
  description: 'Quotes and claims that reached the article through another outlet or intermediary.',
  check(ctx) {
    const out = [];
    for (const a of ctx.analysis.attributions) {
      const via = a.chain.slice(1).filter((l) => l.type === 'outlet' || l.role === 'relay' && l.type !== 'person');
      const fromOutlet = a.sourceKind === 'outlet';
      if (!via.length && !fromOutlet) continue;
      const names = via.map((l) => l.name);
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
