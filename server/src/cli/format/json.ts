// `scan --format json`: the public, versioned contract of /work/shared/docs/scan-json.md
// (README "JSON output"). Add fields freely; never change the meaning of existing ones.
import type { Analysis, Attribution } from '../../engine/types';
import { summarize, type DocumentSummary } from '../../summary';

export const SCAN_JSON_VERSION = 1;

export interface ScanJsonFile {
  path: string;
  error?: string;
  attributions?: ReturnType<typeof attributionJson>[];
  claims?: { start: number; end: number; score: number; checkable: boolean; features: string[] }[];
  findings?: { rule: string; severity: string; start: number; end: number; message: string }[];
  truncated?: { at: number; reason: string };
  /** Claims, sources and secondhand share of the file (summary.ts); present when the text was given. */
  summary?: DocumentSummary;
}

export function attributionJson(a: Attribution) {
  return {
    id: a.id,
    kind: a.kind,
    content: a.content.map(({ start, end }) => ({ start, end })),
    cue: a.cue && { start: a.cue.start, end: a.cue.end },
    source: a.source && { start: a.source.start, end: a.source.end },
    sourceKind: a.sourceKind,
    speaker: a.speaker && {
      name: a.speaker.name,
      type: a.speaker.type,
      ...(a.speaker.description ? { description: a.speaker.description } : {}),
    },
    chain: a.chain.map((l) => ({ name: l.name, role: l.role, ...(l.relation ? { relation: l.relation } : {}) })),
    inferred: a.inferred,
  };
}

export function fileJson(path: string, analysis: Analysis, text?: string): ScanJsonFile {
  return {
    path,
    attributions: analysis.attributions.map(attributionJson),
    claims: analysis.claims.map((c) => ({ start: c.start, end: c.end, score: c.score, checkable: c.checkable, features: c.features })),
    findings: analysis.findings.map((f) => ({ rule: f.rule, severity: f.severity, start: f.start, end: f.end, message: f.message })),
    ...(analysis.truncated ? { truncated: analysis.truncated } : {}),
    ...(text !== undefined ? { summary: summarize(text, analysis) } : {}),
  };
}

export function scanJson(files: ScanJsonFile[]): string {
  return JSON.stringify({ version: SCAN_JSON_VERSION, files }, null, 2) + '\n';
}
