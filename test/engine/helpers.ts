// Test helpers: attributions of a short text as plain strings.
import { analyze, type AnalyzeOptions } from '../../server/src/engine';

export interface Plain {
  kind: string;
  content: string[];
  cue: string | null;
  source: string | null;
  sourceKind: string;
  speaker: string | null;
  speakerType: string | null;
  inferred: boolean;
  chain: string[];
}

export function attrs(text: string, options: AnalyzeOptions = {}): Plain[] {
  const a = analyze(text, options);
  const s = (x: { start: number; end: number } | null) => (x ? text.slice(x.start, x.end) : null);
  return a.attributions.map((x) => ({
    kind: x.kind,
    content: x.content.map((c) => text.slice(c.start, c.end)),
    cue: s(x.cue),
    source: s(x.source),
    sourceKind: x.sourceKind,
    speaker: x.speaker?.name ?? null,
    speakerType: x.speaker?.type ?? null,
    inferred: x.inferred,
    chain: x.chain.map((l) => `${l.role}:${l.name}`),
  }));
}

export function one(text: string, options: AnalyzeOptions = {}): Plain {
  const a = attrs(text, options);
  if (a.length !== 1) throw new Error(`expected one attribution, got ${a.length}: ${JSON.stringify(a, null, 1)}`);
  return a[0];
}
