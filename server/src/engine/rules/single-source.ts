// single-source: every attribution in the article traces to one source. Chains collapse on their
// root (the speaker): Peskov "told BBC" and Peskov "quoted by Interfax" are one source, not two
// (circular reporting is not corroboration). Needs at least MIN_ATTRIBUTIONS attributions with a
// known speaker; reported once, at the first of them. BBC: be reluctant to rely on a single source;
// AP: seek more than one.
import type { Attribution, Span } from '../types';
import type { Rule } from './types';
import { contentExtent } from './types';
import { relaysOf } from './secondhand';

export const MIN_ATTRIBUTIONS = 3;

/** The root a chain collapses to: the speaker's entity, else the speaker's name; null when unknown. */
export function rootOf(a: Attribution): string | null {
  if (a.sourceKind === 'agentless' || !a.speaker) return null;
  if (a.speaker.entity !== undefined) return `entity:${a.speaker.entity}`;
  const name = (a.chain[0]?.name ?? a.speaker.name).toLowerCase().replace(/^(the|a|an)\s+/, '').replace(/\s+/g, ' ').trim();
  return name ? `name:${name}` : null;
}

export const singleSource: Rule = {
  id: 'single-source',
  defaultSeverity: 'warning',
  description: `Articles whose attributions (${MIN_ATTRIBUTIONS} or more) all trace to one source, counting relays of the same source once.`,
  check(ctx) {
    const known = ctx.analysis.attributions.filter((a) => rootOf(a) !== null);
    if (known.length < MIN_ATTRIBUTIONS) return [];
    const roots = new Set(known.map(rootOf));
    if (roots.size !== 1) return [];
    const first = known[0];
    const where: Span = first.source ?? first.cue ?? contentExtent(first);
    const relays = [...new Set(known.flatMap(relaysOf))];
    const who = first.speaker!.name;
    const anonymous = first.speaker!.type === 'anonymous' || first.sourceKind === 'anonymous';
    return [
      {
        start: where.start,
        end: where.end,
        attribution: first.id,
        message:
          `Single source: all ${known.length} attributions trace to ${anonymous ? `one anonymous source ("${who}")` : who}` +
          (relays.length ? ` (also through ${relays.join(', ')}, which is not independent confirmation)` : '') +
          '. Add a second, independent source, or say that it could not be corroborated.',
      },
    ];
  },
};
