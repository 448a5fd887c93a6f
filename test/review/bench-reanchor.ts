// Benchmark (not a test): cost of re-anchoring and of following edits on a large article.
// Run: node --import tsx test/review/bench-reanchor.ts [kilobytes=100] [claims=50]
import { performance } from 'node:perf_hooks';
import { ClaimDocument } from '../../server/src/review/store';

const kb = Number(process.argv[2] ?? 100), nClaims = Number(process.argv[3] ?? 50);
// mulberry32: a small seeded generator without the short cycles of a plain LCG (which repeats passages).
let seed = 7;
const rnd = (n: number) => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return (((t ^ (t >>> 14)) >>> 0) % n);
};
const words = 'the council said budget taxes rose fell percent minister year city police report figures show that would could never always new old data spending schools roads hospital'.split(' ');
const paras: string[] = [];
let size = 0;
while (size < kb * 1024) {
  const sent = Array.from({ length: 3 + rnd(4) }, () => Array.from({ length: 8 + rnd(12) }, () => words[rnd(words.length)]).join(' ') + '.').join(' ');
  paras.push(sent);
  size += sent.length + 2;
}
const text = paras.join('\n\n') + '\n';
const doc = new ClaimDocument(text);
const quotes: { start: number; end: number }[] = [];
for (let i = 0; i < nClaims; i++) {
  const p = Math.floor((i + 0.5) * (text.length / nClaims));
  const start = text.indexOf(' ', p) + 1, len = 40 + rnd(80);
  quotes.push({ start, end: start + len });
  doc.add({ start, end: start + len });
}
const sc = doc.toSidecar();

// External edit: one character changed inside every claim (forces the fuzzy stage for each).
let changed = text;
for (const q of [...quotes].reverse()) {
  const m = q.start + 5;
  changed = changed.slice(0, m) + (changed[m] === 'x' ? 'y' : 'x') + changed.slice(m + 1);
}
const t0 = performance.now();
const re = new ClaimDocument(changed, structuredClone(sc));
const t1 = performance.now();
const states = re.lastReanchor.reduce((m, r) => ((m[r.result.anchor.state] = (m[r.result.anchor.state] ?? 0) + 1), m), {} as Record<string, number>);

// Unchanged text but moved (a paragraph inserted at the top): exact stages only.
const t2 = performance.now();
new ClaimDocument('New lead.\n\n' + text, structuredClone(sc));
const t3 = performance.now();

// Typing: 1000 single-character insertions near the middle, one didChange each.
const live = new ClaimDocument(text, structuredClone(sc));
const mid = Math.floor(text.length / 2);
const t4 = performance.now();
for (let i = 0; i < 1000; i++) live.applyOffsetChanges([{ start: mid + i, end: mid + i, text: 'a' }]);
const t5 = performance.now();

console.log(JSON.stringify({
  textChars: text.length, claims: nClaims,
  fuzzyReanchorAllMs: +(t1 - t0).toFixed(1), states,
  exactReanchorAllMs: +(t3 - t2).toFixed(1),
  perKeystrokeMs: +((t5 - t4) / 1000).toFixed(3),
}));
