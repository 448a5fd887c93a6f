// Labels, icons and tooltips of the Sources view. Pure (no vscode import) so it is unit-tested.
import type { SourceCategory, SourceInfo, SourceQuote } from '../../server/src/shared/protocol';

const CATEGORY_LABEL: Record<SourceCategory, string> = {
  named: 'named',
  anonymous: 'anonymous',
  outlet: 'news outlet',
  group: 'unnamed group',
  unknown: 'no speaker found',
};

/** Codicon id per kind of source. */
export function sourceIcon(s: Pick<SourceInfo, 'category' | 'speakerType'>): string {
  switch (s.category) {
    case 'named':
      return s.speakerType === 'organization' ? 'organization' : 'person';
    case 'anonymous':
      return 'eye-closed';
    case 'outlet':
      return 'broadcast';
    case 'group':
      return 'comment-discussion';
    case 'unknown':
      return 'question';
  }
}

function parts(s: SourceInfo): [quotes: string, kind: string, hand: string] {
  const quotes = `${s.count} ${s.count === 1 ? 'quote' : 'quotes'}`;
  const via = s.relays.join(', ');
  const hand = s.relayed === 0 ? 'first-hand' : s.relayed === s.count ? `relayed via ${via}` : `${s.relayed} relayed via ${via}`;
  return [quotes, CATEGORY_LABEL[s.category], hand];
}

export function sourceDescription(s: SourceInfo): string {
  return parts(s).join(' · ');
}

/** Markdown tooltip (document text escaped). */
export function sourceTooltip(s: SourceInfo): string {
  const [quotes, kind, hand] = parts(s);
  return `**${md(s.name)}**${s.description ? ` — ${md(s.description)}` : ''}\n\n${kind}; ${quotes}; ${hand}`;
}

export function quoteLabel(q: SourceQuote): string {
  return q.kind === 'direct' ? `“${q.excerpt}”` : q.excerpt;
}

export function quoteDescription(q: SourceQuote): string {
  const parts = [q.relays.length ? `via ${q.relays.join(' → ')}` : 'first-hand'];
  if (q.inferred) parts.push('inferred');
  if (q.rules.length) parts.push(q.rules.join(', '));
  return parts.join(' · ');
}

export function quoteTooltip(q: SourceQuote): string {
  const kind = q.kind === 'direct' ? 'Direct quote' : q.kind === 'mixed' ? 'Partial quote' : 'Reported speech';
  const lines = [`**${kind}**${q.cue ? ` · cue “${md(q.cue)}”` : ''}`, '', `Chain: ${md(q.chain)}`];
  if (q.inferred) lines.push('', 'The speaker comes from context; this sentence has no cue of its own.');
  if (q.rules.length) lines.push('', `Flagged: ${q.rules.map((r) => '`' + r.replace(/`/g, '') + '`').join(', ')}`);
  return lines.join('\n');
}

export function quoteIcon(q: SourceQuote): string {
  return q.rules.length ? 'warning' : 'quote';
}

function md(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/[\\`*_{}[\]()<>#+!|~]/g, (c) => '\\' + c);
}
