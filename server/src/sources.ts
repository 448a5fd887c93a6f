// Who is quoted in a document: the engine's attributions grouped by speaker, for the Sources view
// (request factcheck/sources). Pure: Analysis + text in, summaries with offsets out.
import type { Analysis, Attribution, Span } from './engine/types';
import { chainText, findingsFor } from './hover';
import type { SourceCategory, SourceInfo, SourceQuote } from './shared/protocol';
import { everyQuote } from './engine/unattributed';

const MAX_EXCERPT = 80;

/** Content on one line, whitespace collapsed, at most `max` characters (an ellipsis marks the cut). */
export function excerpt(text: string, spans: readonly Span[], max = MAX_EXCERPT): string {
  const s = spans.map((x) => text.slice(x.start, x.end).replace(/\s+/g, ' ').trim()).filter(Boolean).join(' … ');
  if (s.length <= max) return s;
  let cut = s.slice(0, max - 1);
  // Do not end on the first half of a surrogate pair.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut.trimEnd() + '…';
}

function identity(text: string, analysis: Analysis, a: Attribution): { key: string; name: string; category: SourceCategory; speakerType?: string; description?: string } {
  const sp = a.speaker;
  if (sp) {
    const entity = sp.entity !== undefined ? analysis.entities[sp.entity] : undefined;
    const category: SourceCategory =
      sp.type === 'anonymous' ? 'anonymous' : sp.type === 'group' ? 'group' : sp.type === 'outlet' ? 'outlet' : 'named';
    return {
      key: sp.entity !== undefined ? `entity:${sp.entity}` : `${sp.type}:${sp.name.replace(/\s+/g, ' ').trim().toLowerCase()}`,
      name: entity?.name ?? sp.name,
      category,
      speakerType: sp.type,
      description: sp.description ?? entity?.description,
    };
  }
  if (a.source) {
    const written = text.slice(a.source.start, a.source.end).replace(/\s+/g, ' ').trim();
    const category: SourceCategory =
      a.sourceKind === 'anonymous' ? 'anonymous' : a.sourceKind === 'vague' ? 'group' : a.sourceKind === 'outlet' ? 'outlet' : 'unknown';
    return { key: `source:${a.sourceKind}:${written.toLowerCase()}`, name: written || 'unresolved source', category };
  }
  return { key: 'none', name: 'No speaker', category: 'unknown' };
}

/** The document's sources, most quoted first (ties: first quoted first); quotes in text order. */
export function summarizeSources(text: string, analysis: Analysis): SourceInfo<Span>[] {
  const byKey = new Map<string, SourceInfo<Span> & { first: number }>();
  const attributions = everyQuote(analysis);
  for (const a of attributions) {
    if (!a.content.length) continue;
    const id = identity(text, analysis, a);
    let s = byKey.get(id.key);
    if (!s) byKey.set(id.key, (s = { ...id, count: 0, relayed: 0, relays: [], attributions: [], first: a.content[0].start }));
    const relays = a.chain.filter((l) => l.role === 'relay').map((l) => l.name);
    const quote: SourceQuote<Span> = {
      id: a.id,
      kind: a.kind,
      location: { start: Math.min(...a.content.map((c) => c.start)), end: Math.max(...a.content.map((c) => c.end)) },
      excerpt: excerpt(text, a.content),
      ...(a.cue ? { cue: text.slice(a.cue.start, a.cue.end).replace(/\s+/g, ' ') } : {}),
      chain: chainText(analysis, a),
      relays,
      inferred: a.inferred,
      rules: [...new Set(findingsFor(analysis, a).map((f) => f.rule))],
    };
    s.attributions.push(quote);
    s.count++;
    if (relays.length) s.relayed++;
    for (const r of relays) if (!s.relays.includes(r)) s.relays.push(r);
  }
  return [...byKey.values()]
    .sort((x, y) => y.count - x.count || x.first - y.first)
    .map(({ first: _first, ...s }) => s);
}
