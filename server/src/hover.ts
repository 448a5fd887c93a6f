// Hover text for an attribution: pure (text + analysis in, Markdown out), unit-tested in
// test/server/hover.test.ts. The server maps LSP positions to offsets and calls these.
import type { Analysis, Attribution, Finding, Span } from './engine/types';
import { everyQuote } from './engine/unattributed';

const KIND_LABEL: Record<Attribution['kind'], string> = {
  direct: 'Direct quote',
  mixed: 'Partial quote',
  indirect: 'Reported speech',
};

const SOURCE_KIND_LABEL: Partial<Record<Attribution['sourceKind'], string>> = {
  pronoun: 'pronoun',
  role: 'role',
  vague: 'vague source',
  anonymous: 'anonymous source',
  outlet: 'news outlet',
  agentless: 'no agent',
};

/** Escapes text from the document so Markdown renders it literally (one line, no HTML). */
export function escapeMarkdown(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/[\\`*_{}[\]()<>#+!|~]/g, (c) => '\\' + c);
}

const within = (s: Span, offset: number) => s.start <= offset && offset <= s.end;

/** Every span a hover on this attribution can start from: its content, cue and source. */
export function attributionSpans(a: Attribution): Span[] {
  return [...a.content, ...(a.cue ? [a.cue] : []), ...(a.source ? [a.source] : [])];
}

/**
 * The attribution under `offset` (end-inclusive, so the caret just after a word still counts),
 * and the span that matched. With nested or touching spans the shortest wins.
 */
export function attributionAt(analysis: Analysis, offset: number): { attribution: Attribution; span: Span } | undefined {
  let best: { attribution: Attribution; span: Span } | undefined;
  for (const a of everyQuote(analysis)) {
    for (const s of attributionSpans(a)) {
      if (!within(s, offset)) continue;
      if (!best || s.end - s.start < best.span.end - best.span.start) best = { attribution: a, span: s };
    }
  }
  return best;
}

/** Findings about this attribution: tagged with its id, or untagged and overlapping its content. */
export function findingsFor(analysis: Analysis, a: Attribution): Finding[] {
  return analysis.findings.filter(
    (f) => f.attribution === a.id || (f.attribution === undefined && a.content.some((s) => f.start < s.end && s.start < f.end)),
  );
}

/** "Dmitry Peskov → BBC → TASS → this article"; falls back to the speaker alone. */
export function chainText(analysis: Analysis, a: Attribution): string {
  const names = a.chain.map((l) => l.name);
  if (!names.length && a.speaker) names.push(a.speaker.name);
  if (!names.length) names.push('unknown source');
  return [...names, 'this article'].join(' → ');
}

function speakerText(analysis: Analysis, a: Attribution): string {
  if (!a.speaker) return '*unresolved* (no speaker could be determined)';
  const description = a.speaker.description ?? (a.speaker.entity !== undefined ? analysis.entities[a.speaker.entity]?.description : undefined);
  const name = escapeMarkdown(a.speaker.name) + (description ? ', ' + escapeMarkdown(description) : '');
  return `${name} (${a.speaker.type})`;
}

const quoted = (text: string, s: Span) => '“' + escapeMarkdown(text.slice(s.start, s.end)) + '”';

/** The hover Markdown for one attribution. `findings` defaults to `findingsFor(analysis, a)`. */
export function formatAttributionHover(text: string, analysis: Analysis, a: Attribution, findings = findingsFor(analysis, a)): string {
  const lines: string[] = [];
  lines.push(`**${KIND_LABEL[a.kind] ?? a.kind}** · factcheck`, '');
  lines.push(`- **Speaker:** ${speakerText(analysis, a)}`);
  lines.push(`- **Cue:** ${a.cue ? quoted(text, a.cue) : '*none*'}`);
  if (a.source) {
    const kind = SOURCE_KIND_LABEL[a.sourceKind];
    lines.push(`- **Source as written:** ${quoted(text, a.source)}${kind ? ` (${kind})` : ''}`);
  } else {
    lines.push('- **Source as written:** *none*');
  }
  lines.push(`- **Chain:** ${escapeMarkdown(chainText(analysis, a))}`);
  if (a.inferred) lines.push('- **Inferred:** the speaker comes from context; this sentence has no cue of its own');
  if (a.anonymityReason) lines.push(`- **Why anonymous:** ${quoted(text, a.anonymityReason)}`);
  if (findings.length) {
    lines.push('', '**Why flagged**', '');
    for (const f of findings) lines.push(`- ${f.severity} \`${f.rule.replace(/`/g, '')}\`: ${escapeMarkdown(f.message)}`);
  } else {
    lines.push('', 'No sourcing problems found.');
  }
  return lines.join('\n');
}
