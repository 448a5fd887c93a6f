#!/usr/bin/env node
// Measures the check-worthiness scorer on ClaimBuster (spoken US presidential debates), and fits its
// weights. Prints only: no sentence, vocabulary or other text from the data is ever written to disk.
//
//   npm run eval:claims                   # P/R/F1 (train part, held-out part), confusion, error patterns, speed
//   npm run eval:claims -- --fit          # fit the weights on the TRAINING part and print them
//   npm run eval:claims -- --fit --write  # ... and write them into server/src/engine/checkworthy/weights.ts
//   npm run eval:claims -- --cv           # 5-fold cross-validation inside the training part (stability)
//   npm run eval:claims -- --without voiceSweeping   # ablation of a hand-set weight (refit in memory)
//   npm run eval:claims -- --news         # scores of the seed article's lines (news-prose spot check)
//   options: --data PATH (default /work/shared/eval/claimbuster/train.json, or $CLAIMBUSTER)
//
// Split: a sentence is HELD-OUT when FNV-1a-32(String(sentence_id)) % 5 === 0 (about 20%); every other
// sentence is TRAINING. Weights are fitted on the training part only; the held-out part is only measured.
// Run with tsx (the package script does: node --import tsx scripts/eval-claimbuster.mjs).
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { scoreStatement, explainStatement, CLAIM_THRESHOLD, clearStatementMemo } from '../server/src/engine/checkworthy/index.ts';
import { extractFeatures, FEATURE_IDS } from '../server/src/engine/checkworthy/features.ts';
import { FIXED, WEIGHTS } from '../server/src/engine/checkworthy/weights.ts';

process.stdout.on('error', (e) => { if (e.code === 'EPIPE') process.exit(0); throw e; });
const args = process.argv.slice(2);
const opt = (name, def) => { const i = args.indexOf(name); return i >= 0 && i + 1 < args.length ? args[i + 1] : def; };
const dataPath = opt('--data', process.env.CLAIMBUSTER || '/work/shared/eval/claimbuster/train.json');
let data;
try {
  data = JSON.parse(fs.readFileSync(dataPath, 'utf8'));
  if (!Array.isArray(data)) throw new Error('expected a JSON array');
} catch (e) {
  console.error(`eval-claimbuster: cannot read ${dataPath}: ${e.message}`);
  process.exit(2);
}

function fnv1a(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; }
  return h >>> 0;
}
const isHeldOut = (row) => fnv1a(String(row.sentence_id)) % 5 === 0;
const train = data.filter((r) => !isHeldOut(r));
const held = data.filter(isHeldOut);

if (args.includes('--fit')) fit();
else if (args.includes('--cv')) crossValidate();
else if (args.includes('--without')) ablate(opt('--without', ''));
else if (args.includes('--news')) news();
else evaluate();

// ---------------------------------------------------------------------------------------------
// L2 logistic regression (Newton/IRLS) of the fitted weights on `rows`; hand-set (FIXED) weights are an offset.
// The bias is then shifted so that CLAIM_THRESHOLD (0.5) is the F1-optimal cut-off on `rows`.
function fitWeights(rows, lambda) {
  const fitted = FEATURE_IDS.map((id, k) => ({ id, k })).filter(({ id }) => !FIXED.has(id));
  const fixed = FEATURE_IDS.map((id, k) => ({ id, k })).filter(({ id }) => FIXED.has(id));
  const X = [], off = [];
  for (const r of rows) {
    const v = extractFeatures(r.text).values;
    X.push(fitted.map(({ k }) => v[k]));
    off.push(fixed.reduce((a, { id, k }) => a + WEIGHTS[id] * v[k], 0));
  }
  const y = rows.map((r) => (r.label === 1 ? 1 : 0));
  const d = fitted.length + 1; // + bias
  const w = new Array(d).fill(0);
  for (let it = 0; it < 50; it++) {
    const g = new Array(d).fill(0);
    const H = Array.from({ length: d }, () => new Array(d).fill(0));
    for (let i = 0; i < X.length; i++) {
      const x = [...X[i], 1];
      let z = off[i]; for (let j = 0; j < d; j++) z += w[j] * x[j];
      const p = 1 / (1 + Math.exp(-z));
      const r = p - y[i], s = p * (1 - p);
      for (let j = 0; j < d; j++) { if (!x[j]) continue; g[j] += r * x[j]; for (let l = 0; l < d; l++) if (x[l]) H[j][l] += s * x[j] * x[l]; }
    }
    for (let j = 0; j < d - 1; j++) { g[j] += lambda * w[j]; H[j][j] += lambda; }
    const step = solve(H, g);
    let max = 0;
    for (let j = 0; j < d; j++) { w[j] -= step[j]; max = Math.max(max, Math.abs(step[j])); }
    if (max < 1e-8) break;
  }
  const z = X.map((x, i) => x.reduce((a, v, j) => a + v * w[j], w[d - 1] + off[i]));
  let best = { f1: -1, t: 0 };
  for (let t = -3; t <= 3; t += 0.01) {
    let tp = 0, fp = 0, fn = 0;
    for (let i = 0; i < z.length; i++) { const p = z[i] >= t; if (p && y[i]) tp++; else if (p) fp++; else if (y[i]) fn++; }
    const f1 = (2 * tp) / (2 * tp + fp + fn);
    if (f1 > best.f1) best = { f1, t };
  }
  const weights = { ...WEIGHTS };
  fitted.forEach(({ id }, j) => { weights[id] = round(w[j]); });
  return { bias: round(w[d - 1] - best.t), weights, shift: best.t, trainF1: best.f1, fitted, fixed };
}

// Score with explicit weights (same formula as explainStatement), for cross-validation.
function scoreWith(text, bias, weights) {
  const v = extractFeatures(text).values;
  let z = bias;
  FEATURE_IDS.forEach((id, k) => { z += weights[id] * v[k]; });
  return 1 / (1 + Math.exp(-z));
}

function fit() {
  const lambda = Number(opt('--l2', '1'));
  const { bias, weights, shift, trainF1, fitted, fixed } = fitWeights(train, lambda);
  console.log(`hand-set (not fitted): ${fixed.map(({ id }) => `${id} ${WEIGHTS[id]}`).join(', ')}`);
  console.log(`fitted on the training part: ${train.length} sentences, L2 lambda ${lambda}; F1-optimal logit shift ${shift.toFixed(2)} (train F1 ${trainF1.toFixed(3)})`);
  console.log(`BIAS = ${bias}`);
  for (const { id } of fitted) console.log(`  ${id}: ${weights[id]}`);
  if (args.includes('--write')) {
    const file = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../server/src/engine/checkworthy/weights.ts');
    let src = fs.readFileSync(file, 'utf8');
    src = src.replace(/export const BIAS = [^;]*;/, `export const BIAS = ${bias};`);
    for (const { id } of fitted) src = src.replace(new RegExp(`(\\b${id}: )-?[0-9.e-]+`), `$1${weights[id]}`);
    fs.writeFileSync(file, src);
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

// Ablation of a hand-set feature: set its weight to 0, refit the others on the training part (in memory,
// nothing is written) and measure both parts and the CV.
function ablate(id) {
  if (!FIXED.has(id)) { console.error(`eval-claimbuster: --without takes a hand-set feature: ${[...FIXED].join(', ')}`); process.exit(2); }
  const lambda = Number(opt('--l2', '1'));
  const saved = WEIGHTS[id];
  WEIGHTS[id] = 0;
  const { bias, weights } = fitWeights(train, lambda);
  for (const [name, part] of [['training', train], ['held-out', held]]) {
    let tp = 0, fp = 0, fn = 0;
    for (const r of part) { const p = scoreWith(r.text, bias, weights) >= CLAIM_THRESHOLD, g = r.label === 1; if (p && g) tp++; else if (p) fp++; else if (g) fn++; }
    const P = tp / (tp + fp || 1), R = tp / (tp + fn || 1);
    console.log(`without ${id} (refitted): ${name} P ${P.toFixed(3)} R ${R.toFixed(3)} F1 ${((2 * P * R) / (P + R || 1)).toFixed(3)}`);
  }
  crossValidate();
  WEIGHTS[id] = saved;
}

// News-prose spot check on the seed article (in the repository) and a few invented lines: prints scores only.
function news() {
  const seedPath = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../seeds/000_196e15989cac9fdd.txt');
  const seed = fs.readFileSync(seedPath, 'utf8');
  const lines = [
    'While the rest of the developed world woke up in a cold sweat on the first official morning of the Trump presidency',
    ...seed.split(/\n+/).map((l) => l.trim()).filter((l) => l && l.length < 60),
    ...seed.split(/\n+/).flatMap((p) => p.match(/[^.!?]+[.!?]+["\u201d\u2019]*/g) || []).map((x) => x.trim()).filter((x) => x.length >= 60),
    'Unemployment Falls To Lowest Level Since 1990',
    'Meanwhile, more on that below.',
    'Meanwhile, back to the main story.',
  ];
  for (const l of lines) {
    const r = scoreStatement(l);
    console.log(`${r.score.toFixed(2)} ${r.score >= CLAIM_THRESHOLD ? 'claim' : '     '} ${r.checkable ? '         ' : 'uncheck. '}${l.length > 90 ? l.slice(0, 87) + '...' : l}  [${r.features.slice(0, 3).join('; ')}]`);
  }
}

// 5-fold cross-validation INSIDE the training part (folds by sentence_id hash), to show how much the
// F1 of a 1,600-sentence part varies: refit on 4 folds, measure on the 5th.
function crossValidate() {
  const lambda = Number(opt('--l2', '1'));
  const fold = (r) => Math.floor(fnv1a(String(r.sentence_id)) / 5) % 5;
  const f1s = [];
  for (let f = 0; f < 5; f++) {
    const { bias, weights } = fitWeights(train.filter((r) => fold(r) !== f), lambda);
    let tp = 0, fp = 0, fn = 0;
    for (const r of train.filter((r) => fold(r) === f)) {
      const p = scoreWith(r.text, bias, weights) >= CLAIM_THRESHOLD, g = r.label === 1;
      if (p && g) tp++; else if (p) fp++; else if (g) fn++;
    }
    f1s.push((2 * tp) / (2 * tp + fp + fn));
  }
  const mean = f1s.reduce((a, b) => a + b, 0) / 5;
  const sd = Math.sqrt(f1s.reduce((a, b) => a + (b - mean) ** 2, 0) / 4);
  console.log(`5-fold CV inside the training part (L2 ${lambda}): F1 per fold ${f1s.map((x) => x.toFixed(3)).join(' ')}; mean ${mean.toFixed(3)}, sd ${sd.toFixed(3)}`);
}

function round(x) { return Math.round(x * 1000) / 1000; }

function solve(A0, b0) {
  const n = b0.length, A = A0.map((r) => r.slice()), b = b0.slice();
  for (let c = 0; c < n; c++) {
    let p = c; for (let r = c + 1; r < n; r++) if (Math.abs(A[r][c]) > Math.abs(A[p][c])) p = r;
    [A[c], A[p]] = [A[p], A[c]]; [b[c], b[p]] = [b[p], b[c]];
    const piv = A[c][c] || 1e-12;
    for (let r = c + 1; r < n; r++) { const f = A[r][c] / piv; if (!f) continue; for (let k = c; k < n; k++) A[r][k] -= f * A[c][k]; b[r] -= f * b[c]; }
  }
  const x = new Array(n).fill(0);
  for (let r = n - 1; r >= 0; r--) { let s = b[r]; for (let k = r + 1; k < n; k++) s -= A[r][k] * x[k]; x[r] = s / (A[r][r] || 1e-12); }
  return x;
}

// ---------------------------------------------------------------------------------------------
function evaluate() {
  console.log(`ClaimBuster: ${data.length} sentences (${train.length} training, ${held.length} held-out by FNV-1a(sentence_id) % 5 == 0); claim = score >= ${CLAIM_THRESHOLD}`);
  for (const [name, part] of [['training', train], ['held-out', held]]) report(name, part);
  speed();
}

function report(name, part) {
  let tp = 0, fp = 0, fn = 0, tn = 0, uncheckPos = 0, uncheckNeg = 0;
  const fpPat = new Map(), fnPat = new Map();
  for (const r of part) {
    const e = explainStatement(r.text);
    const pred = e.score >= CLAIM_THRESHOLD, gold = r.label === 1;
    if (!e.checkable) { if (gold) uncheckPos++; else uncheckNeg++; }
    if (pred && gold) tp++; else if (pred) fp++; else if (gold) fn++; else tn++;
    if (pred !== gold) {
      const ids = e.contributions.map((c) => c.id).sort((a, b) => FEATURE_IDS.indexOf(a) - FEATURE_IDS.indexOf(b));
      const key = ids.length ? ids.join(' + ') : '(no feature)';
      const m = pred ? fpPat : fnPat;
      m.set(key, (m.get(key) || 0) + 1);
    }
  }
  const P = tp / (tp + fp || 1), R = tp / (tp + fn || 1), F = (2 * P * R) / (P + R || 1);
  console.log(`\n== ${name} part (${part.length} sentences, ${tp + fn} check-worthy)`);
  console.log(`check-worthy class: P ${P.toFixed(3)}  R ${R.toFixed(3)}  F1 ${F.toFixed(3)}   accuracy ${((tp + tn) / part.length).toFixed(3)}`);
  console.log(`confusion: TP ${tp}  FP ${fp}  FN ${fn}  TN ${tn}   (rows gold, cols predicted: [[${tn}, ${fp}], [${fn}, ${tp}]])`);
  console.log(`checkable=false: ${uncheckPos} gold-positive, ${uncheckNeg} gold-negative`);
  const top = (m) => [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 8);
  console.log('most common false-positive feature patterns:');
  for (const [k, v] of top(fpPat)) console.log(`  ${String(v).padStart(4)}  ${k}`);
  console.log('most common false-negative feature patterns:');
  for (const [k, v] of top(fnPat)) console.log(`  ${String(v).padStart(4)}  ${k}`);
}

function speed() {
  const texts = data.map((r) => String(r.text));
  const chars = texts.reduce((a, t) => a + t.length, 0);
  for (const t of texts) scoreStatement(t); // warm-up
  const passes = 5;
  // every pass scores from scratch: the scorer keeps results by statement text (an LRU that holds all
  // of ClaimBuster), and memo hits would measure a Map look-up, not the scorer
  let ms = 0;
  for (let p = 0; p < passes; p++) {
    clearStatementMemo();
    const t0 = performance.now();
    for (const t of texts) scoreStatement(t);
    ms += performance.now() - t0;
  }
  const n = texts.length * passes;
  console.log(`\n== speed: ${n} scoreStatement calls in ${ms.toFixed(0)} ms = ${Math.round(n / (ms / 1000))} sentences/s (${(chars * passes / 1e6 / (ms / 1000)).toFixed(1)} MB/s of text)`);
  // Linearity: the raw feature extractor (no cap) on growing inputs, and scoreStatement on 1 MB.
  const unit = 'In 2016, unemployment fell by 40,000 \u2013 the lowest rate since 1990, officials said. ';
  for (const size of [10_000, 100_000, 1_000_000]) {
    const big = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
    const a = performance.now(); extractFeatures(big); const b = performance.now();
    console.log(`extractFeatures on ${size.toLocaleString('en')} chars: ${(b - a).toFixed(1)} ms`);
  }
  const mb = 'x'.repeat(1_000_000);
  const a = performance.now(); scoreStatement(mb); const b = performance.now();
  console.log(`scoreStatement on a 1 MB single-token input: ${(b - a).toFixed(1)} ms (input capped for scoring)`);
}
