// Hover text for an attribution, a claim and the document summary: pure (text + analysis in,
// Markdown out), unit-tested in test/server/hover.test.ts and test/server/claimHover.test.ts. The
// server maps LSP positions to offsets and calls engineHover().
import type { Analysis, Attribution, Claim, Finding, Span } from './engine/types';
import { summarize, summaryMarkdown } from './summary';

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
  for (const a of analysis.attributions) {
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
  const claim = analysis.claims.find((c) => c.attribution === a.id);
  if (claim) lines.push(`- **Claim:** ${checkableText(claim)}${claim.reasons?.length ? ` (${supportText(claim, 3)})` : ''}`);
  if (findings.length) {
    lines.push('', '**Why flagged**', '');
    for (const f of findings) lines.push(`- ${f.severity} \`${f.rule.replace(/`/g, '')}\`: ${escapeMarkdown(f.message)}`);
  } else {
    lines.push('', 'No sourcing problems found.');
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------------
// Claims and the document summary

const UNCHECKABLE: Record<NonNullable<Claim['uncheckable']>, string> = {
  prediction: 'prediction — not checkable',
  opinion: 'opinion — not checkable',
  question: 'question — not checkable',
};

/** "checkable" or "prediction — not checkable". */
export function checkableText(c: Claim): string {
  return c.checkable ? 'checkable' : UNCHECKABLE[c.uncheckable ?? 'opinion'];
}

/** The features that made it a claim, strongest first: "number: 40,000 · change: fell". */
function supportText(c: Claim, max: number): string {
  const shown = (c.reasons ?? []).filter((r) => r.weight > 0).slice(0, max).map((r) => escapeMarkdown(r.evidence));
  return shown.length ? shown.join(' · ') : escapeMarkdown(c.features.slice(0, max).join(' · ') || 'its overall wording');
}

/** The claim under `offset` (end-inclusive); with nested claims the shortest wins. */
export function claimAt(analysis: Analysis, offset: number): Claim | undefined {
  let best: Claim | undefined;
  for (const c of analysis.claims) {
    if (!within(c, offset)) continue;
    if (!best || c.end - c.start < best.end - best.start) best = c;
  }
  return best;
}

/** The hover Markdown for one claim: why it is a claim, whether it is checkable, its source, findings. */
export function formatClaimHover(text: string, analysis: Analysis, c: Claim): string {
  const lines: string[] = [];
  lines.push(`**${c.attribution ? 'Reported claim' : 'Claim'}** · factcheck`, '');
  lines.push(`- **Checkable:** ${c.checkable ? 'yes' : checkableText(c)}`);
  lines.push(`- **Why a claim:** ${c.sweeping ? `sweeping (“${escapeMarkdown(c.sweeping)}”) · ` : ''}${supportText(c, 5)}`);
  const against = (c.reasons ?? []).filter((r) => r.weight < 0).slice(0, 3).map((r) => escapeMarkdown(r.evidence));
  if (against.length) lines.push(`- **Against:** ${against.join(' · ')}`);
  lines.push(`- **Check-worthiness:** ${c.score.toFixed(2)}`);
  const a = c.attribution ? analysis.attributions.find((x) => x.id === c.attribution) : undefined;
  if (a) lines.push(`- **Source:** ${a.speaker ? escapeMarkdown(a.speaker.name) : a.source ? quoted(text, a.source) : '*unresolved*'} (${escapeMarkdown(chainText(analysis, a))})`);
  else lines.push("- **Source:** none: the article's own voice");
  const findings = analysis.findings.filter((f) => (c.attribution && f.attribution === c.attribution) || (!f.attribution && f.start < c.end && c.start < f.end));
  if (findings.length) {
    lines.push('', '**Why flagged**', '');
    for (const f of findings) lines.push(`- ${f.severity} \`${f.rule.replace(/`/g, '')}\`: ${escapeMarkdown(f.message)}`);
  }
  return lines.join('\n');
}

/** The first line of the text: [0, first line break). */
export function firstLine(text: string): Span {
  const m = /\r\n|\r|\n/.exec(text);
  return { start: 0, end: m ? m.index : text.length };
}

/**
 * Everything the engine has to say at `offset`: the attribution there (else the claim there), and on
 * the document's first line the document summary. undefined when there is nothing.
 */
export function engineHover(text: string, analysis: Analysis, offset: number): { markdown: string; span: Span } | undefined {
  const parts: string[] = [];
  let span: Span | undefined;
  const hit = attributionAt(analysis, offset);
  if (hit) {
    parts.push(formatAttributionHover(text, analysis, hit.attribution));
    span = hit.span;
  } else {
    const c = claimAt(analysis, offset);
    if (c) {
      parts.push(formatClaimHover(text, analysis, c));
      span = { start: c.start, end: c.end };
    }
  }
  const line = firstLine(text);
  if (within(line, offset)) {
    parts.push(summaryMarkdown(summarize(text, analysis)));
    span ??= line;
  }
  return span ? { markdown: parts.join('\n\n---\n\n'), span } : undefined;
}
