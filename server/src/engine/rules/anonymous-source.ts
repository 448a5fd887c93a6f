// anonymous-source: an unnamed person or people who could be named ("a source", "officials",
// "people familiar with the matter", "a senior official who spoke on condition of anonymity").
// Reported with or without a stated reason for the anonymity; the message says which (AP, NYT and
// SPJ ask for the reason in the text; Reuters and the BBC call anonymous sources the weakest).
// Reported at the first mention: "the source" after "a source" is the same one.
import type { Rule } from './types';
import { excerpt } from './types';
import { anonymityOf, headWord, isAnonymousSource } from './sources';

export const anonymousSource: Rule = {
  id: 'anonymous-source',
  defaultSeverity: 'warning',
  description: 'Unnamed people as sources ("a source", "officials", "people familiar with the matter"), with or without a stated reason.',
  check(ctx) {
    const out = [];
    const seen = new Set<string>();
    for (const a of ctx.analysis.attributions) {
      if (!a.source || !isAnonymousSource(ctx.text, a)) continue;
      // "the source", "the official": the one introduced before, already reported
      const head = headWord(ctx.text, a).replace(/s$/, '');
      const definite = /^(the|this|that|these|those)\s/i.test(ctx.text.slice(a.source.start, a.source.end));
      if (definite && seen.has(head)) continue;
      seen.add(head);
      const what = excerpt(ctx.text, a.source);
      const why = anonymityOf(ctx.text, a);
      let message: string;
      if (why.kind === 'reason') {
        message = `Anonymous source "${what}", reason given ("${excerpt(ctx.text, why.span)}"): the reader still cannot judge them. Describe their position and access, corroborate with a second source, or name them.`;
      } else if (why.kind === 'granted') {
        message = `Anonymous source "${what}": anonymity granted, but no reason given. Say why they cannot be named ("because they were not authorised to speak publicly"), or name them.`;
      } else {
        message = `Anonymous source "${what}": no reason given for not naming them. Name them, or say why they cannot be named and how they know.`;
      }
      out.push({ start: a.source.start, end: a.source.end, attribution: a.id, message });
    }
    return out;
  },
};
