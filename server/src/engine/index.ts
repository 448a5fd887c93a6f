// The engine's entry point: text + options in, Analysis out. Pure: no vscode, LSP or fs imports,
// so the language server, the CLI, a browser worker and the tests all run it unchanged.
import type { Analysis, AnalyzeOptions, Attribution, Finding, Span } from './types';

export * from './types';

const QUOTE_PAIRS: Record<string, string> = { '"': '"', '\u201c': '\u201d' };
const CUE = /^[\s,]*(said|says|told|added)\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*|he|she|they)\b/;
const RELAY = /^[^.]*?,\s*according to\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)/;

/** v0 placeholder: direct quotes followed by "said/told X" and an optional "according to Y". */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const limit = options.maxLength ?? Infinity;
  const truncated = text.length > limit ? { at: limit, reason: `text longer than ${limit} characters` } : undefined;
  const body = truncated ? text.slice(0, limit) : text;
  const attributions: Attribution[] = [];
  const findings: Finding[] = [];
  for (let i = 0; i < body.length; i++) {
    const close = QUOTE_PAIRS[body[i]];
    if (!close) continue;
    const end = body.indexOf(close, i + 1);
    if (end < 0) break;
    const content: Span = { start: i + 1, end };
    const after = body.slice(end + 1, end + 200);
    const m = CUE.exec(after);
    const id = `a${attributions.length + 1}`;
    if (m) {
      const cueStart = end + 1 + after.indexOf(m[1]);
      const srcStart = cueStart + m[1].length + after.slice(cueStart - end - 1 + m[1].length).search(/\S/);
      const src = m[2];
      const chain: Attribution['chain'] = [{ name: src, role: 'speaker', type: 'person', relation: 'said' }];
      const rest = body.slice(srcStart + src.length, srcStart + src.length + 200);
      const r = RELAY.exec(rest);
      if (r) chain.push({ name: r[1], role: 'relay', type: 'outlet', relation: 'according_to' });
      attributions.push({
        id, kind: 'direct', content: [content],
        cue: { start: cueStart, end: cueStart + m[1].length },
        source: { start: srcStart, end: srcStart + src.length },
        sourceKind: /^(he|she|they)$/.test(src) ? 'pronoun' : 'named',
        speaker: { name: src, type: 'person' }, chain, inferred: false,
      });
      if (r) findings.push({ rule: 'secondhand', severity: 'warning', start: content.start, end: content.end, attribution: id,
        message: `Secondhand: this quote reached the article via ${r[1]}, not first hand.` });
    } else {
      attributions.push({ id, kind: 'direct', content: [content], cue: null, source: null, sourceKind: 'none', speaker: null, chain: [], inferred: false });
      findings.push({ rule: 'unattributed-quote', severity: 'warning', start: content.start, end: content.end, attribution: id,
        message: 'Quote with no speaker: say who said it.' });
    }
    i = end;
  }
  return { length: body.length, paragraphs: [{ start: 0, end: body.length }], sentences: [], attributions, entities: [], claims: [], findings, truncated, errors: [] };
}
