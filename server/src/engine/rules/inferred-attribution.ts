// inferred-attribution: a quote with no cue of its own whose speaker only follows from the quote
// before it. Usually right, but the reader has to guess.
import type { Rule } from './types';
import { contentExtent } from './types';

export const inferredAttribution: Rule = {
  id: 'inferred-attribution',
  defaultSeverity: 'information',
  description: 'Quotes without a cue of their own, attributed only by context.',
  check(ctx) {
    const out = [];
    for (const a of ctx.analysis.attributions) {
      for (const c of a.inferredContent ?? []) {
        const who = a.speaker?.name ?? 'the speaker';
        out.push({
          start: c.start,
          end: c.end,
          attribution: a.id,
          message: `No cue for this quote: it is taken as ${who}'s, continuing the quote before it. If it is theirs, add a cue ("…," ${who} said).`,
        });
      }
      if (!a.inferred) continue;
      const who = a.speaker?.name;
      out.push({
        ...contentExtent(a),
        attribution: a.id,
        message: who
          ? `No cue for this quote: the speaker (${who}) is inferred from the previous quote. If it is theirs, add a cue ("…," ${who} said).`
          : 'No cue for this quote: the speaker is inferred from context. Say who said it.',
      });
    }
    return out;
  },
};
