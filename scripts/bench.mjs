#!/usr/bin/env node
// `npm run bench`: engine throughput against npm NLP peers, edit-to-diagnostics latency through the
// real language server, and peak memory of the server and the CLI. Prints a table; the raw numbers go
// to .bench/bench-<time>.json (gitignored). The corpus is made at run time from article .txt files
// (default: the PolNeAR training texts) and never committed.
//
// usage: npm run bench [-- options]
//   --corpus DIR      folder of article .txt files (default /work/shared/eval/polnear/train/text)
//   --runs N          throughput runs per measurement, median reported (default 5)
//   --only LIST       comma list of parts: throughput,latency,memory (default all)
//   --quick           1 MB corpora only, 3 runs, fewer edits (a smoke run, not for the record)
//   --all-peers       also time the peers on the 10 MB one-string corpus (retext needs ~1.5 GB, minutes)
// Needs `npm run build` first (the latency and memory parts run dist/server.js and dist/cli.js).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { DEFAULT_CORPUS, MB, oneDocument, readArticles } from './bench-corpus.mjs';
import { measureLatency } from './bench-latency.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : dflt;
};
const quick = args.includes('--quick');
const runs = Number(opt('--runs', quick ? '3' : '5'));
const corpusDir = path.resolve(opt('--corpus', DEFAULT_CORPUS));
const parts = new Set(opt('--only', 'throughput,latency,memory').split(','));
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const benchDir = path.join(root, '.bench');

const texts = readArticles(corpusDir);
if (!texts) {
  console.error(`bench: no corpus: ${corpusDir} is missing or has no .txt files (give another with --corpus DIR)`);
  process.exit(2);
}
for (const f of ['dist/server.js', 'dist/cli.js']) {
  if ((parts.has('latency') || parts.has('memory')) && !fs.existsSync(path.join(root, f))) {
    console.error(`bench: ${f} is missing: run \`npm run build\` first`);
    process.exit(2);
  }
}
fs.mkdirSync(benchDir, { recursive: true });

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const machine = {
  cpu: os.cpus()[0]?.model?.trim() ?? 'unknown',
  cores: os.cpus().length,
  memGB: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
  platform: `${os.platform()} ${os.release()}`,
  loadavg: os.loadavg().map((x) => x.toFixed(2)).join(' '),
};
const result = { date: new Date().toISOString(), machine, corpus: corpusDir, runs, throughput: [], latency: [], memory: {} };

// ---------------------------------------------------------------- throughput
const engineBundle = path.join(benchDir, 'engine.cjs');
async function throughput() {
  // The engine as it ships: bundled and minified by esbuild.
  await esbuild.build({
    entryPoints: [path.join(root, 'server/src/engine/index.ts')],
    bundle: true, platform: 'neutral', format: 'cjs', target: 'es2022', outfile: engineBundle, logLevel: 'warning', minify: true,
  });
  const sizes = quick ? [1] : [1, 10];
  const plan = [];
  for (const mb of sizes) {
    for (const form of ['articles', 'one']) {
      plan.push(['engine', form, mb, runs], ['wink', form, mb, runs]);
      // retext on one 10 MB string needs ~1.5 GB and minutes (docs/nlp-libraries.md); compromise runs at ~0.1 MB/s.
      if (mb === 1 || form === 'articles' || args.includes('--all-peers')) plan.push(['retext', form, mb, runs]);
      if (mb === 1 || args.includes('--all-peers')) plan.push(['compromise', form, mb, Math.min(runs, 3)]);
    }
  }
  for (const [lib, form, mb, n] of plan) {
    process.stderr.write(`bench: throughput ${lib} ${mb} MB ${form} x${n} ...\n`);
    const r = spawnSync(process.execPath, [path.join(root, 'scripts/bench-worker.mjs'), lib, form, String(mb), String(n), corpusDir, engineBundle], {
      encoding: 'utf8', maxBuffer: 1 << 20, cwd: root,
    });
    if (r.status !== 0) {
      result.throughput.push({ lib, form, mb, error: (r.stderr || `exit ${r.status ?? r.signal}`).trim().split('\n').pop() });
      continue;
    }
    const m = JSON.parse(r.stdout.trim().split('\n').pop());
    m.mbPerS = m.seconds.map((s) => m.chars / MB / s);
    m.medianSeconds = median(m.seconds);
    if (m.cpuSeconds) m.medianCpuSeconds = median(m.cpuSeconds);
    m.medianMBps = m.chars / MB / m.medianSeconds;
    result.throughput.push(m);
  }
}

// ---------------------------------------------------------------- latency + server memory
async function latency() {
  const sizes = quick ? [[30_000, 20], [1_000_000, 5]] : [[30_000, 50], [1_000_000, 20], [10_000_000, 5]];
  for (const [chars, edits] of sizes) {
    process.stderr.write(`bench: latency ${chars} chars x${edits} edits ...\n`);
    const text = oneDocument(texts, chars).slice(0, chars);
    try {
      const r = await measureLatency(path.join(root, 'dist/server.js'), text, edits);
      result.latency.push({ chars: text.length, edits, ...r, medianMs: median(r.ms), p95Ms: pct(r.ms, 95), ...(r.cpuMs ? { medianCpuMs: median(r.cpuMs) } : {}) });
    } catch (e) {
      result.latency.push({ chars: text.length, edits, error: e instanceof Error ? e.message : String(e) });
    }
  }
}

// ---------------------------------------------------------------- CLI memory
async function cliMemory() {
  const file = path.join(benchDir, 'cli-10mb.txt');
  fs.writeFileSync(file, oneDocument(texts, 10 * MB));
  const chars = fs.statSync(file).size;
  process.stderr.write(`bench: CLI scan of a ${(chars / MB).toFixed(1)} MB file ...\n`);
  const hook = path.join(root, 'scripts/bench-rss-hook.mjs');
  const rssFile = path.join(benchDir, 'cli-rss.json');
  fs.rmSync(rssFile, { force: true });
  const t0 = Date.now();
  const code = await new Promise((resolve) => {
    const p = spawn(process.execPath, ['--import', pathToFileURL(hook).href, path.join(root, 'dist/cli.js'), 'scan', file], {
      stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, FACTCHECK_BENCH_RSS: rssFile },
    });
    p.on('exit', (c) => resolve(c));
  });
  const rss = fs.existsSync(rssFile) ? JSON.parse(fs.readFileSync(rssFile, 'utf8')) : {};
  result.memory.cli = { chars, exitCode: code, seconds: (Date.now() - t0) / 1000, peakRssMB: rss.maxRssMB };
  fs.rmSync(file, { force: true });
}

if (parts.has('throughput')) await throughput();
if (parts.has('latency')) await latency();
if (parts.has('memory')) await cliMemory();

// ---------------------------------------------------------------- table
const out = [];
out.push(`factcheck bench — ${result.date}`);
out.push(`machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memGB} GB, Node ${machine.node}, ${machine.platform}; load average at start ${machine.loadavg}`);
out.push(`corpus: ${corpusDir} (${texts.length} articles), made at run time; MB = 10^6 characters`);
if (result.throughput.length) {
  out.push('');
  out.push(`Throughput (median of ${runs} runs${runs > 3 ? '; compromise 3' : ''}; each in a fresh process; engine = analyze(), bundled+minified)`);
  out.push('| corpus | form | library | MB/s | median s | runs (s) | peak RSS MB | x wink | median CPU s | x wink (CPU) |');
  out.push('|---|---|---|---|---|---|---|---|---|---|');
  for (const r of result.throughput) {
    const wink = result.throughput.find((w) => w.lib === 'wink' && w.form === r.form && w.mb === r.mb && !w.error);
    if (r.error) {
      out.push(`| ${r.mb} MB | ${r.form} | ${r.lib} | failed: ${r.error} | | | | | | |`);
      continue;
    }
    const ratio = wink ? (r.medianSeconds / wink.medianSeconds).toFixed(2) : '';
    const form = r.form === 'one' ? 'one string' : `${r.docs} articles`;
    const cpu = r.medianCpuSeconds !== undefined ? r.medianCpuSeconds.toFixed(3) : '';
    const cpuRatio = wink?.medianCpuSeconds && r.medianCpuSeconds !== undefined ? (r.medianCpuSeconds / wink.medianCpuSeconds).toFixed(2) : '';
    out.push(`| ${(r.chars / MB).toFixed(2)} MB | ${form} | ${r.lib} | ${r.medianMBps.toFixed(2)} | ${r.medianSeconds.toFixed(3)} | ${r.seconds.map((s) => s.toFixed(2)).join(' ')} | ${r.rssMB} | ${ratio} | ${cpu} | ${cpuRatio} |`);
  }
  out.push('"x wink" = this library\'s median time / wink-nlp tokenise+sbd+pos on the same text in the same bench run.');
  out.push('CPU = user + system seconds of the process (every thread, the garbage collector\'s too): steadier than wall time when other work shares the machine.');
}
if (result.latency.length) {
  out.push('');
  out.push('Edit -> diagnostics through the real server (node dist/server.js --stdio; factcheck.debounceMs = 0 and maxFileSize = 50,000,000 via workspace/configuration for the measurement)');
  out.push('One character typed in the middle of the document per edit, next edit after that version\'s publishDiagnostics.');
  out.push('| document | edits | open -> first diagnostics ms | median ms | p95 ms | max ms | server CPU ms per edit (median) | server peak RSS MB (VmHWM) |');
  out.push('|---|---|---|---|---|---|---|---|');
  for (const r of result.latency) {
    if (r.error) out.push(`| ${r.chars.toLocaleString('en-US')} chars | ${r.edits} | failed: ${r.error} | | | | | |`);
    else out.push(`| ${r.chars.toLocaleString('en-US')} chars | ${r.edits} | ${r.openMs.toFixed(0)} | ${r.medianMs.toFixed(1)} | ${r.p95Ms.toFixed(1)} | ${Math.max(...r.ms).toFixed(1)} | ${r.medianCpuMs !== undefined ? r.medianCpuMs.toFixed(0) : '?'} | ${r.vmHwmMB ?? '?'} |`);
  }
  out.push('Server CPU per edit: user + system time of the server process (all threads) from /proc between sending the edit and receiving its diagnostics; 10 ms resolution.');
}
if (result.memory.cli) {
  const c = result.memory.cli;
  out.push('');
  out.push(`CLI: node dist/cli.js scan FILE (${(c.chars / MB).toFixed(1)} MB, text output to /dev/null): exit ${c.exitCode}, ${c.seconds.toFixed(1)} s, peak RSS ${c.peakRssMB ?? '?'} MB`);
}
const file = path.join(benchDir, `bench-${result.date.replace(/[:.]/g, '-')}.json`);
fs.writeFileSync(file, JSON.stringify(result, null, 2));
out.push('');
out.push(`raw numbers: ${path.relative(root, file)}`);
console.log(out.join('\n'));
