// ReDoS guard: every regular expression literal in server/src (found with the TypeScript parser, so a
// new one is covered the day it is written) runs on its worst-case inputs (long runs of the characters
// and literals it repeats, after its literal prefix, followed by a character that makes the match fail)
// and must finish in time that only a linear-ish regex can meet. Regexes built at run time
// (`new RegExp(...)`) cannot be read from the source: each must be listed in DYNAMIC with the reason
// it is safe, and the test fails when one appears that is not.
//
// The regexes run in a worker thread, so a catastrophic one is terminated instead of hanging the run.
// Input length: 40,000 characters (FUZZ_RUNS set: 200,000).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { Worker } from 'node:worker_threads';
import ts from 'typescript';
import { FUZZ_RUNS } from './properties';

const ROOT = path.resolve(__dirname, '..', '..');
const SRC = path.join(ROOT, 'server', 'src');
const N = FUZZ_RUNS ? 200_000 : 40_000;
/** Per input; a quadratic regex needs ~N²/2 steps (0.8e9 at 40k), a linear one ~N (well under 5 ms). */
const BUDGET_MS = FUZZ_RUNS ? 600 : 150;

/** `new RegExp(...)` call sites reviewed by hand: file -> why the built pattern is linear on any input. */
const DYNAMIC: Record<string, string> = {
  'review/claimreview.ts': 'one escaped verdict label between (^|[^\\p{L}]) and ($|[^\\p{L}]): no quantifier from the input',
  'engine/claims.ts': 'phraseRe: alternation of escaped lexicon phrases (\\s+ between words) after (?:^|[^\\p{L}]), as in unattributed-claim',
  'engine/rules/hedges.ts': 'alternation of escaped hedge words (hyphen classes inside) between a fixed-length lookbehind and a lookahead: no unbounded quantifier',
};

/**
 * Literals (by source) that are superlinear on long input but only ever see short input: the bound,
 * and where it is enforced. They are tested at that length.
 */
const BOUNDED: Record<string, { max: number; why: string }> = {
  "^\\s*(that'?s|that’s|this is|those are)?\\s*according to\\b": { max: 40, why: 'engine/rules/unattributed-claim.ts tests it on at most 40 characters of a sentence' },
};

interface Found {
  where: string;
  source: string;
  flags: string;
  /** Input length for this literal (N unless BOUNDED). */
  n?: number;
}

function harvest(): { literals: Found[]; dynamic: string[] } {
  const literals: Found[] = [];
  const dynamic: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.ts')) {
        const sf = ts.createSourceFile(p, fs.readFileSync(p, 'utf8'), ts.ScriptTarget.Latest, true);
        const rel = path.relative(SRC, p);
        const visit = (n: ts.Node) => {
          if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
            const text = n.getText();
            const slash = text.lastIndexOf('/');
            const source = text.slice(1, slash);
            literals.push({ where: `${rel}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`, source, flags: text.slice(slash + 1), n: BOUNDED[source]?.max });
          } else if ((ts.isNewExpression(n) || ts.isCallExpression(n)) && n.expression.getText() === 'RegExp') dynamic.push(rel);
          ts.forEachChild(n, visit);
        };
        visit(sf);
      }
    }
  };
  walk(SRC);
  return { literals, dynamic };
}

// The worker: builds every regex, derives its attack inputs, times them; reports each result.
const WORKER = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const { performance } = require('node:perf_hooks');
const { regexes, n, from } = workerData;

// Characters a regex source can repeat: its literal characters and a member of each class or escape.
function pumpChars(src) {
  const out = new Set(['a', 'A', '1', ' ', '\n', '.', '-']);
  const esc = { s: [' ', '\t', '\n', '\u00a0'], S: ['a'], d: ['1'], D: ['a'], w: ['a', '_'], W: [' ', '!'], n: ['\n'], r: ['\r'], t: ['\t'], b: [], B: [] };
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      const d = src[++i];
      if (d === 'u' && src[i + 1] === '{') { const j = src.indexOf('}', i); out.add(String.fromCodePoint(parseInt(src.slice(i + 2, j), 16))); i = j; }
      else if (d === 'u') { out.add(String.fromCharCode(parseInt(src.slice(i + 1, i + 5), 16))); i += 4; }
      else if (d === 'p' || d === 'P') { const j = src.indexOf('}', i); const cls = src.slice(i + 2, j); i = j;
        for (const x of cls.startsWith('L') ? ['a', 'A', '\u00e9'] : cls.startsWith('N') ? ['1', '\u0663'] : cls.startsWith('M') ? ['\u0301'] : ['a']) out.add(x); }
      else if (esc[d]) for (const x of esc[d]) out.add(x);
      else out.add(d);
    } else if (!'^$()|?*+{}[]'.includes(c)) out.add(c);
  }
  return [...out];
}

// The literal text a match must start with (after ^, skipping optional and zero-width parts), e.g.
// "https://" for ^https?:\/\/..., "<!--" for <!--(...)-->, "factcheck-" for ^\s*(factcheck-...
function literalPrefix(src) {
  let out = '';
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    const next = src[i + 1];
    if (c === '^') continue;
    if (c === '(') { if (src[i + 1] === '?' && src[i + 2] === ':') i += 2; continue; }
    if (c === '\\') {
      const d = src[i + 1];
      if ('sdwSDWbBpPu'.includes(d)) { if (src[i + 2] === '*' || src[i + 2] === '?') { i += 2; continue; } break; }
      out += d === 'n' ? '\n' : d === 't' ? '\t' : d === 'r' ? '\r' : d; i++; continue;
    }
    if (c === '[') { const j = src.indexOf(']', i + 2); if (src[j + 1] === '*' || src[j + 1] === '?') { i = j + 1; continue; } if (src[i + 1] !== '^') { out += src[i + 1] === '\\' ? src[i + 2] : src[i + 1]; i = j; continue; } break; }
    if ('|)$.'.includes(c) || '*+{'.includes(next)) break;
    if (next === '?') { out += c; i++; continue; }
    out += c;
  }
  return out;
}

// Literal substrings of two or more characters (e.g. "-->", "http"): repeated, they find scans that restart.
function literalRuns(src) {
  const runs = [];
  let cur = '';
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\' && /[^sdwSDWbBpPu]/.test(src[i + 1] || '')) { cur += src[++i]; continue; }
    if (/[A-Za-z0-9 <>!#:\/=,;'"-]/.test(c) && src[i + 1] !== '*' && src[i + 1] !== '+' && src[i + 1] !== '?' && src[i + 1] !== '{') { cur += c; continue; }
    if (cur.length >= 2) runs.push(cur);
    cur = '';
  }
  if (cur.length >= 2) runs.push(cur);
  return runs;
}

function inputs(src, n) {
  const chars = pumpChars(src).slice(0, 40);
  const prefix = literalPrefix(src);
  const units = [...chars, ...literalRuns(src), ...(prefix.length > 1 ? [prefix] : [])];
  for (let i = 0; i + 1 < Math.min(chars.length, 8); i++) units.push(chars[i] + chars[i + 1]);
  const out = [];
  for (const p of prefix ? ['', prefix] : ['']) {
    for (const u of units) {
      const body = u.repeat(Math.ceil(n / u.length));
      for (const end of ['\u0000', '\n', ' x', '!']) out.push({ p, u, end, text: p + body + end });
    }
  }
  return out;
}

function scan(re, text, n) {
  // Every way server/src uses a regex scans at most all matches: test/exec (first), replace/split/matchAll (all).
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  let count = 0;
  for (let m = g.exec(text); m; m = g.exec(text)) { if (m[0] === '') g.lastIndex++; if (++count > n * 2) break; }
  re.lastIndex = 0;
  re.exec(text);
}

for (let k = from; k < regexes.length; k++) {
  const r = regexes[k];
  let re;
  try { re = new RegExp(r.source, r.flags); } catch (e) { parentPort.postMessage({ k, error: 'does not compile: ' + e.message }); continue; }
  let worst = { ms: 0 };
  parentPort.postMessage({ k, started: true });
  for (const inp of inputs(r.source, r.n || n)) {
    let t0 = performance.now();
    scan(re, inp.text, r.n || n);
    let ms = performance.now() - t0;
    if (ms > worst.ms) worst = { ms, unit: inp.u, prefix: inp.p, end: inp.end };
  }
  parentPort.postMessage({ k, worst });
}
parentPort.postMessage({ done: true });
`;

interface Result {
  k: number;
  worst?: { ms: number; unit: string; prefix: string; end: string };
  error?: string;
}

function runFrom(regexes: Found[], from: number, timeoutMs: number): Promise<{ results: Result[]; hung?: number }> {
  return new Promise((resolve, reject) => {
    const w = new Worker(WORKER, { eval: true, workerData: { regexes, n: N, from } });
    const results: Result[] = [];
    let current = -1;
    let timer: NodeJS.Timeout | undefined;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        void w.terminate();
        resolve({ results, hung: current });
      }, timeoutMs);
    };
    arm();
    w.on('message', (m: Result & { started?: boolean; done?: boolean }) => {
      if (m.done) {
        clearTimeout(timer);
        void w.terminate();
        resolve({ results });
      } else if (m.started) {
        current = m.k;
        arm();
      } else results.push(m);
    });
    w.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}

/** Runs every regex; one that is still running after `timeoutMs` is reported as hung and the rest go on in a new worker. */
async function runAll(regexes: Found[], timeoutMs: number): Promise<{ results: Result[]; hung: number[] }> {
  const results: Result[] = [];
  const hung: number[] = [];
  for (let from = 0; from < regexes.length; ) {
    const r = await runFrom(regexes, from, timeoutMs);
    results.push(...r.results);
    if (r.hung === undefined) break;
    hung.push(r.hung);
    from = r.hung + 1;
  }
  return { results, hung };
}

const show = (s: string) => JSON.stringify(s.length > 12 ? s.slice(0, 12) + '…' : s);

describe('ReDoS: regular expressions in server/src', () => {
  const { literals, dynamic } = harvest();

  it('finds the regex literals (the harvest works); every BOUNDED entry still exists', () => {
    for (const src of Object.keys(BOUNDED)) assert.ok(literals.some((r) => r.source === src), `BOUNDED lists /${src}/, which is no longer in server/src`);
    assert.ok(literals.length >= 50, `only ${literals.length} regex literals found under ${SRC}`);
    assert.ok(literals.some((r) => r.source === '\\s+'), 'a known literal (/\\s+/) was not found');
  });

  it('every run-time RegExp construction is reviewed', () => {
    const unknown = [...new Set(dynamic)].filter((f) => !(f in DYNAMIC));
    assert.deepEqual(unknown, [], 'new RegExp(...) in these files: review the built pattern and add it to DYNAMIC with the reason it is linear');
    const stale = Object.keys(DYNAMIC).filter((f) => !dynamic.includes(f));
    assert.deepEqual(stale, [], 'DYNAMIC lists files that no longer build a RegExp: remove them');
  });

  it(`every literal runs in linear-ish time on long runs of what it repeats (${N.toLocaleString('en-US')} chars, ${BUDGET_MS} ms budget per input)`, async () => {
    // A worst case over budget is timed again once (a GC pause or a busy machine is not a finding).
    const { results, hung } = await runAll(literals, 20_000);
    const slow: string[] = [];
    for (const h of hung) slow.push(`${literals[h].where} /${literals[h].source}/${literals[h].flags}: still running after 20 s on its inputs (superlinear or catastrophic backtracking)`);
    const again = results.filter((r) => r.worst && r.worst.ms > BUDGET_MS).map((r) => literals[r.k]);
    const retried = again.length ? (await runAll(again, 20_000)).results : [];
    for (const r of results) {
      const lit = literals[r.k];
      if (r.error) slow.push(`${lit.where} /${lit.source}/${lit.flags}: ${r.error}`);
      else if (r.worst && r.worst.ms > BUDGET_MS) {
        const second = retried.find((x) => again[x.k] === lit)?.worst;
        const w = second && second.ms > BUDGET_MS ? second : undefined;
        if (w) slow.push(`${lit.where} /${lit.source}/${lit.flags}: ${w.ms.toFixed(0)} ms on ${show(w.prefix)} + ${show(w.unit)} x ${lit.n ?? N} + ${show(w.end)}`);
      }
    }
    assert.equal(results.length + hung.length, literals.length, 'every literal was run');
    assert.deepEqual(slow, [], 'superlinear regular expressions');
  });
});
