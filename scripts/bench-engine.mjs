#!/usr/bin/env node
// Engine throughput: bundles the engine with esbuild (as it ships), builds ~1 MB and ~10 MB corpora
// from PolNeAR train texts at run time (nothing is written but the bundle under .bench/), and prints
// MB/s (median of several runs) for article-sized pieces and for the 1 MB string as one document,
// plus peak RSS.
//
// usage: npm run bench:engine [-- --runs 5] [--corpus /work/shared/eval/polnear/train/text] [--one-10mb]
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const runs = Number(opt('--runs', '5'));
const corpusDir = opt('--corpus', '/work/shared/eval/polnear/train/text');
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const out = path.join(root, '.bench', 'engine.cjs');
if (!args.includes('--no-build')) await esbuild.build({
  entryPoints: [path.join(root, 'server/src/engine/index.ts')],
  bundle: true, platform: 'neutral', format: 'cjs', target: 'es2022', outfile: out, logLevel: 'warning', minify: true,
});
const { analyze } = createRequire(import.meta.url)(out);
console.log(`engine bundle: ${(fs.statSync(out).size / 1024).toFixed(0)} KB`);

const texts = fs.readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(corpusDir, f), 'utf8'));
if (!texts.length) {
  console.error(`no .txt files in ${corpusDir}`);
  process.exit(2);
}
function pieces(targetChars) {
  const out = [];
  let n = 0;
  for (let i = 0; n < targetChars; i++) {
    const t = texts[i % texts.length];
    out.push(t);
    n += t.length;
  }
  return out;
}
const MB = 1e6;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function bench(label, docs) {
  const chars = docs.reduce((s, d) => s + d.length, 0);
  // warm-up: one untimed pass (JIT), capped at ~1 MB
  let warm = 0;
  for (const d of docs) {
    analyze(d);
    if ((warm += d.length) > MB) break;
  }
  const rates = [];
  let attributions = 0;
  for (let r = 0; r < runs; r++) {
    attributions = 0;
    const t0 = process.hrtime.bigint();
    for (const d of docs) attributions += analyze(d).attributions.length;
    const s = Number(process.hrtime.bigint() - t0) / 1e9;
    rates.push(chars / MB / s);
  }
  console.log(`${label.padEnd(34)} ${(chars / MB).toFixed(2).padStart(6)} MB  median ${median(rates).toFixed(2).padStart(5)} MB/s  (runs: ${rates.map((x) => x.toFixed(2)).join(' ')})  ${attributions} attributions`);
}
// each scenario runs in its own process, so peak RSS belongs to that scenario alone
const scenarios = {
  'pieces-1': () => bench('1 MB, article-sized pieces', pieces(1 * MB)),
  'one-1': () => bench('1 MB, one document', [pieces(1 * MB).join('\n\n')]),
  'pieces-10': () => bench('10 MB, article-sized pieces', pieces(10 * MB)),
  'one-10': () => bench('10 MB, one document', [pieces(10 * MB).join('\n\n')]),
};
const only = opt('--scenario', '');
if (only) {
  scenarios[only]();
  console.log(`   peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
} else {
  const list = ['pieces-1', 'one-1', 'pieces-10', ...(args.includes('--one-10mb') ? ['one-10'] : [])];
  for (const sc of list) {
    const r = spawnSync(process.execPath, [...process.execArgv, new URL(import.meta.url).pathname, '--scenario', sc, '--runs', String(runs), '--corpus', corpusDir, '--no-build'], { encoding: 'utf8' });
    process.stdout.write(r.stdout.split('\n').filter((l) => !l.startsWith('engine bundle')).join('\n'));
    if (r.status !== 0) process.stderr.write(r.stderr);
  }
}
