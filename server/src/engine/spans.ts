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

/**
 * Binary search: the first index in [0, n) for which `before(i)` is false, given that `before` is true
 * for a prefix and false after it (n when it is true everywhere). The lower bound of every sorted
 * array of spans, tokens, quotes and mentions in the engine.
 */
export function firstIndex(n: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
