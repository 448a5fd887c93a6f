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
 * `a` when empty, else a copy of exactly its length. For V8's sake: an array filled by push() has a
 * backing store grown in steps (17 slots after the first push, then 1.5x), allocated in the young
 * generation; in a long document arrays that live until analyze() ends are copied by the scavenger
 * (twice: within the young generation, then into the old), slack and all. A fitted copy of a few
 * elements is a third of the bytes; the pushed original dies young, which costs nothing.
 */
export function fit<T>(a: T[]): T[] {
  return a.length === 0 ? a : a.slice();
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
