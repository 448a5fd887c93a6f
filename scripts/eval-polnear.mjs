#!/usr/bin/env node
// Runs the engine over a PolNeAR split, writes the scan JSON to .eval/pred.json, scores it with the
// shared scorer and prints a per-construction error report computed from the gold .ann files.
// Nothing here is committed output: the report is printed only.
//
// usage: npm run eval -- <split-dir> [--examples N] [--filter substring]
//   e.g. npm run eval -- /work/shared/eval/polnear/dev
// --analysis: the error analysis of scripts/eval-analysis.mjs (boundary errors, absorbed golds,
//   misses with why the engine dropped them, source errors, false positives by construction);
//   with --examples N, N examples per bucket (--only SUBSTRING picks buckets), --min N hides small rows.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { analyzeExplained, CUE_TRACE, RESOLVE_TRACE } from '../server/src/engine/index.ts';
import { fileJson, scanJson } from '../server/src/cli/format/json.ts';
import { getLexicon } from '../server/src/engine/lexicon/index.ts';
import { charSet, createAnalysis, inter } from './eval-analysis.mjs';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--'));
if (!dir) {
  console.error('usage: npm run eval -- <polnear split dir> [--examples N] [--filter substring]');
  process.exit(2);
}
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const examples = Number(opt('--examples', '0'));
const filter = opt('--filter', '');
const scorer = opt('--scorer', '/work/shared/eval/score-polnear.mjs');

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const textDir = path.join(dir, 'text');
const annDir = path.join(dir, 'attributions');
const docs = fs.readdirSync(textDir).filter((f) => f.endsWith('.txt') && f.includes(filter)).sort();

// ---- run the engine -------------------------------------------------------------------------
const files = [];
const predByDoc = new Map();
let chars = 0;
const t0 = process.hrtime.bigint();
for (const f of docs) {
  const p = path.join(textDir, f);
  const text = fs.readFileSync(p, 'utf8');
  chars += text.length;
  // --analysis: what the engine found and then dropped (frames the document pass removed, verb
  // cues that made no frame), to count what each filter removes that gold wanted
  const dropped = [], cueFails = [];
  if (args.includes('--analysis')) {
    RESOLVE_TRACE.fn = (f, reason, by) => dropped.push({ reason: reason + (by ? ' by ' + by.type + '/' + (by.how ?? '-') : ''), kind: reason, type: `${f.type}/${f.how ?? '-'}${f.variant ? '/' + f.variant : ''}`, lemma: f.lemma, content: f.content.map((c) => [c.start, c.end]), by: by && { type: `${by.type}/${by.how ?? '-'}${by.variant ? '/' + by.variant : ''}`, lemma: by.lemma, content: by.content.map((c) => [c.start, c.end]) } });
    CUE_TRACE.fn = (offset, reason) => cueFails.push({ offset, reason });
  }
  const { analysis, how, lemma } = analyzeExplained(text);
  const fj = fileJson(p, analysis);
  files.push(fj);
  // how each attribution was found (for --by-how); kept out of the written JSON
  const hows = new Map(fj.attributions.map((a, i) => [a, how[i]]));
  const lemmas = new Map(fj.attributions.map((a, i) => [a, lemma[i]]));
  predByDoc.set(f.replace(/\.txt$/, ''), { text, dropped, cueFails, sentences: analysis.sentences, attributions: fj.attributions.map((a) => ({ ...a, _how: hows.get(a), _lemma: lemmas.get(a) })) });
}
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
fs.mkdirSync(path.join(root, '.eval'), { recursive: true });
const predFile = path.join(root, '.eval', 'pred.json');
fs.writeFileSync(predFile, scanJson(files));
console.log(`engine: ${docs.length} docs, ${(chars / 1e6).toFixed(2)} MB in ${ms.toFixed(0)} ms (${(chars / 1e6 / (ms / 1000)).toFixed(2)} MB/s incl. warm-up)`);

// ---- official numbers -----------------------------------------------------------------------
if (!filter) {
  const r = spawnSync(process.execPath, [scorer, dir, predFile], { encoding: 'utf8' });
  process.stdout.write(r.stdout);
  if (r.status !== 0) process.stderr.write(r.stderr);
}

// ---- error report (same matching as the scorer) -----------------------------------------------
function readGold(file, text) {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const T = new Map();
  for (const l of lines) {
    if (!/^T\d+\t/.test(l)) continue;
    const [id, mid] = l.split('\t');
    const sp = mid.indexOf(' ');
    T.set(id, { label: mid.slice(0, sp), spans: mid.slice(sp + 1).split(';').map((p) => p.trim().split(/\s+/).map(Number)) });
  }
  const rels = [];
  for (const l of lines) {
    if (!/^E\d+\t/.test(l)) continue;
    const parts = Object.fromEntries(l.split('\t')[1].trim().split(/\s+/).map((a) => { const [k, v] = a.split(':'); return [k.replace(/\d+$/, ''), v]; }));
    const g = (k) => (parts[k] && T.get(parts[k]) ? T.get(parts[k]).spans : null);
    const content = g('Content');
    if (!content) continue;
    const r = { content, cue: g('Cue') ?? g('Attribution') ?? g('Attribution-no-source'), source: g('Source'), noSource: !!parts['Attribution-no-source'] };
    r.cset = charSet(text, content);
    if (r.cset.size) rels.push(r);
  }
  return rels;
}
const anns = fs.readdirSync(annDir).filter((f) => f.endsWith('.ann')).sort();
const annByDoc = new Map();
for (const f of anns) {
  const d = f.replace(/_[^_]+\.ann$/, '');
  if (!annByDoc.has(d)) annByDoc.set(d, path.join(annDir, f));
}
const spanText = (text, spans) => (spans ? spans.map(([s, e]) => text.slice(s, e)).join(' … ') : '');
const PRON = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you', 'his', 'her', 'their', 'its', 'him', 'them']);
function sourceKind(t) {
  if (!t) return 'none';
  const w = t.trim().toLowerCase();
  if (PRON.has(w)) return 'pronoun';
  if (w === 'who' || w === 'which' || w === 'that') return 'relative';
  if (/^[A-Z]/.test(t.trim()) && !/^(The|A|An|Some|Many|Most|Several|Other|Others|Critics|Experts|Officials)\b/.test(t.trim())) return 'name';
  return 'common';
}
const count = (m, k) => m.set(k, (m.get(k) || 0) + 1);
const top = (m, n = 25) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${k}:${v}`).join('  ');
const lex = getLexicon();
/** Whether any word of a gold cue is in the engine's lexicons. */
function known(cue) {
  const ws = cue.toLowerCase().replace(/\u2019/g, "'").split(/[^a-z'-]+/).filter(Boolean);
  return ws.some((w) => lex.verbs.has(w) || lex.phrases.has(w) || lex.nouns.has(w) || lex.adjectives.has(w)) || /:/.test(cue);
}
const missKnown = new Map();
const goldByCue = new Map(), hitByCue = new Map();
const missByCue = new Map(), missByKind = new Map(), missBySrc = new Map(), fpByCue = new Map(), srcErrByKind = new Map();
const boundary = { shorter: 0, longer: 0, shifted: 0 };
const predByCue = new Map(), e2eByCue = new Map(), matchByCue = new Map();
const cueKey = (a, text) => (args.includes('--by-lemma') ? (a._how ?? '?').split('/').slice(0, 2).join('/') + ' ' + a._lemma : args.includes('--by-how-cue') ? (a._how ?? '?') + ' ' + cueKey0(a, text) : args.includes('--by-how') ? a._how ?? '?' : cueKey0(a, text));
const cueKey0 = (a, text) => (a.cue ? text.slice(a.cue.start, a.cue.end).toLowerCase().replace(/\s+/g, ' ') : a.inferred ? '(inferred)' : '(no cue)');
const ex = { miss: [], fp: [], src: [], bound: [] };
let G = 0, P = 0, M = 0, E2E = 0, QG = 0, QM = 0;
const analysisReport = args.includes('--analysis') ? createAnalysis(known) : null;
for (const [doc, { text, sentences, attributions, dropped, cueFails }] of predByDoc) {
  const annFile = annByDoc.get(doc);
  if (!annFile) continue;
  const gold = readGold(annFile, text);
  const span = (x) => (x == null ? null : Array.isArray(x) ? x.map((s) => [s.start, s.end]) : [[x.start, x.end]]);
  const preds = attributions.map((a) => ({ a, cset: charSet(text, span(a.content) || []) })).filter((p) => p.cset.size > 0);
  G += gold.length;
  P += preds.length;
  for (const p of preds) count(predByCue, cueKey(p.a, text));
  const pairs = [];
  gold.forEach((g, gi) => preds.forEach((p, pi) => {
    const n = inter(g.cset, p.cset);
    if (!n) return;
    const dice = (2 * n) / (g.cset.size + p.cset.size);
    if (dice >= 0.5) pairs.push({ gi, pi, dice, n });
  }));
  pairs.sort((x, y) => y.dice - x.dice);
  const gu = new Map(), pu = new Map();
  for (const pr of pairs) {
    if (gu.has(pr.gi) || pu.has(pr.pi)) continue;
    gu.set(pr.gi, pr);
    pu.set(pr.pi, pr.gi);
    M++;
    const g = gold[pr.gi], p = preds[pr.pi];
    count(matchByCue, cueKey(p.a, text));
    const ps = span(p.a.source);
    const sOk = g.source == null ? ps == null : ps != null && inter(charSet(text, g.source), charSet(text, ps)) > 0;
    if (sOk) {
      E2E++;
      count(e2eByCue, cueKey(p.a, text));
    }
    if (!sOk) {
      count(srcErrByKind, sourceKind(spanText(text, g.source)) + (ps ? '' : '/pred-none'));
      if (ex.src.length < examples && (!opt('--how', '') || (p.a._how ?? '').includes(opt('--how', '')))) {
        const lo = Math.min(...[g.content, g.cue, g.source].filter(Boolean).flat().map((x) => x[0]));
        const hi = Math.max(...[g.content, g.cue, g.source].filter(Boolean).flat().map((x) => x[1]));
        const ctx = hi - lo < 400 ? JSON.stringify(text.slice(lo, hi)) : '';
        ex.src.push(`${doc}\n   gold src: ${spanText(text, g.source) || '-'} | pred src: ${ps ? spanText(text, ps) : '-'} | cue ${spanText(text, g.cue)}\n   ${ctx}`);
      }
    }
    if (pr.dice < 0.8) {
      const inG = inter(g.cset, p.cset);
      if (inG === p.cset.size) boundary.shorter++;
      else if (inG === g.cset.size) boundary.longer++;
      else boundary.shifted++;
      if (ex.bound.length < examples) ex.bound.push(`${doc} dice ${pr.dice.toFixed(2)}\n   gold: ${spanText(text, g.content).slice(0, 200)}\n   pred: ${spanText(text, span(p.a.content)).slice(0, 200)}`);
    }
  }
  analysisReport?.addDoc(doc, text, gold, preds, gu, pu, sentences, dropped, cueFails);
  gold.forEach((g, gi) => {
    const ck = spanText(text, g.cue).toLowerCase().replace(/\s+/g, ' ');
    count(goldByCue, ck);
    if (gu.has(gi)) count(hitByCue, ck);
    if (gu.has(gi)) return;
    const cue = g.noSource ? '(no source) ' + spanText(text, g.cue).toLowerCase() : spanText(text, g.cue).toLowerCase().replace(/\s+/g, ' ');
    count(missByCue, cue);
    count(missKnown, known(spanText(text, g.cue)) ? 'cue in lexicon' : 'cue not in lexicon');
    count(missByKind, /[“”"]|''/.test(spanText(text, g.content)) ? 'quoted' : 'indirect');
    count(missBySrc, sourceKind(spanText(text, g.source)));
    if (ex.miss.length < examples) {
      const lo = Math.min(...[g.content, g.cue, g.source].filter(Boolean).flat().map((x) => x[0]));
      const hi = Math.max(...[g.content, g.cue, g.source].filter(Boolean).flat().map((x) => x[1]));
      const near = attributions.filter((a) => a.content.some((c) => c.start < hi && c.end > lo)).map((a) => `[${a.cue ? text.slice(a.cue.start, a.cue.end) : '-'}: ${spanText(text, span(a.content)).slice(0, 80)}]`).join(' ');
      ex.miss.push(`${doc} ${known(spanText(text, g.cue)) ? 'KNOWN' : 'UNKNOWN'}\n   S: ${spanText(text, g.source)} | V: ${spanText(text, g.cue)} | C: ${spanText(text, g.content).slice(0, 160)}\n   ctx: ${hi - lo < 500 ? JSON.stringify(text.slice(lo, hi)) : '(long)'}\n   ours: ${near}`);
    }
  });
  preds.forEach((p, pi) => {
    if (pu.has(pi)) return;
    const cue = p.a.cue ? text.slice(p.a.cue.start, p.a.cue.end).toLowerCase() : `(${p.a.inferred ? 'inferred' : 'no cue'})`;
    count(fpByCue, cue);
    if (ex.fp.length < examples && (!opt('--how', '') || (p.a._how ?? '').startsWith(opt('--how', '')))) ex.fp.push(`${doc}\n   S: ${p.a.source ? text.slice(p.a.source.start, p.a.source.end) : '-'} | V: ${cue} | C: ${spanText(text, span(p.a.content)).slice(0, 160)}`);
  });
}
const f1 = (tp, p, g) => { const pr = p ? tp / p : 0, rc = g ? tp / g : 0; return `P ${pr.toFixed(3)} R ${rc.toFixed(3)} F1 ${(pr + rc ? (2 * pr * rc) / (pr + rc) : 0).toFixed(3)}`; };
console.log(`\nlocal (same matching as the scorer; gold lines read in any order): content ${f1(M, P, G)} | end-to-end ${f1(E2E, P, G)} | speaker acc ${(E2E / Math.max(1, M)).toFixed(3)}`);
console.log(`counts: gold ${G} predicted ${P} content-matched ${M} end-to-end ${E2E}`);
console.log(`error report (${G} gold, ${P} predicted, ${M} matched)`);
console.log(`missed by kind: ${top(missByKind)}  |  ${top(missKnown)}`);
console.log(`missed by gold source: ${top(missBySrc)}`);
console.log(`missed by cue: ${top(missByCue, 40)}`);
console.log(`false positives by cue: ${top(fpByCue, 40)}`);
console.log(`source errors on matched (gold source kind): ${top(srcErrByKind)}`);
console.log(`content boundary (dice < 0.8): pred shorter ${boundary.shorter}, pred longer ${boundary.longer}, shifted ${boundary.shifted}`);
if (args.includes('--recall-by-cue')) {
  const rows = [...goldByCue].sort((a, b) => b[1] - a[1]).slice(0, 60).map(([k, n]) => `${k}:${((hitByCue.get(k) || 0) / n).toFixed(2)}/${n}`);
  console.log('content recall by gold cue (most frequent first): ' + rows.join('  '));
  const sorted = [...goldByCue].sort((a, b) => b[1] - a[1]);
  for (const [from, to] of [[0, 20], [20, 100], [100, 400], [400, 1e9]]) {
    const part = sorted.slice(from, to);
    const g = part.reduce((x, [, n]) => x + n, 0), h = part.reduce((x, [k]) => x + (hitByCue.get(k) || 0), 0);
    console.log(`  cues ranked ${from}-${Math.min(to, sorted.length)}: ${g} gold, recall ${(h / g).toFixed(2)}`);
  }
}
if (args.includes('--by-cue') || args.includes('--by-lemma') || args.some((a) => a.startsWith('--by-how'))) {
  const rows = [...predByCue].filter(([, n]) => n >= Number(opt('--min', '8'))).map(([k, n]) => [k, n, (e2eByCue.get(k) || 0) / n, (matchByCue.get(k) || 0) / n]).sort((a, b) => a[2] - b[2]);
  console.log(`end-to-end precision by predicted cue (>= ${opt('--min', '8')} predictions), worst first:`);
  console.log('(cue:end-to-end precision/content precision/predictions)');
  console.log(rows.slice(0, Number(opt('--top', '80'))).map(([k, n, p, c]) => `${k}:${p.toFixed(2)}/${c.toFixed(2)}/${n}`).join('  '));
}
analysisReport?.print({ examples, only: opt('--only', ''), min: Number(opt('--min', '5')) });
for (const [k, list] of Object.entries(ex)) if (list.length) console.log(`\n--- examples: ${k}\n` + list.join('\n'));
