// Span helpers shared by the engine's passes.
import type { Span } from './types';

/** The union of `spans` as sorted, disjoint spans (touching spans join); the input is not changed. */
export function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const s = sorted[i];
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}
