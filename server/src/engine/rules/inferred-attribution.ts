// inferred-attribution: a quote with no cue of its own whose speaker only follows from the quote
// before it. Usually right, but the reader has to guess.
import type { Speaker } from '../types';
import type { Rule } from './types';
import { contentExtent } from './types';

/** The cue to suggest: "Marsh said" for a named person, "they said" otherwise. */
export function suggestedCue(speaker: Speaker | null | undefined): string {
  if (speaker?.type === 'person' && /^\p{Lu}/u.test(speaker.name)) {
    const words = speaker.name.split(/\s+/).filter((w) => !/^(jr|sr|ii|iii)\.?$/i.test(w));
    return `${words[words.length - 1]} said`;
  }
  return speaker?.type === 'person' ? 'she said' : 'they said';
}

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
          message: `No cue for this quote: it is taken as ${who}'s, continuing the quote before it. If it is theirs and that could be unclear, add "${suggestedCue(a.speaker)}".`,
        });
      }
      if (!a.inferred) continue;
      const who = a.speaker?.name;
      out.push({
        ...contentExtent(a),
        attribution: a.id,
        message: who
          ? `No cue for this quote: the speaker (${who}) is inferred from the previous quote. If it is theirs, add "${suggestedCue(a.speaker)}".`
          : 'No cue for this quote: the speaker is inferred from context. Say who said it.',
      });
    }
    return out;
  },
};
