// `factcheck claims ...`: claimsCommand called directly (the CLI dispatcher is another branch's work).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, test } from 'node:test';
import { claimsCommand } from '../../server/src/cli/claims';
import { FORMAT_VERSION } from '../../server/src/review/model';
import { writeSidecarAtomic } from '../../server/src/review/sidecarFs';
import { ClaimDocument, type ClaimFields } from '../../server/src/review/store';
import { find, fixedOpts } from './helpers';

const ARTICLE = '🙂 Budget story\n\nThe minister said taxes rose 5% in 2024, officials confirmed.\n\nShe also said “crime is at a record low”.\n';
const COMPLETE: ClaimFields = {
  summary: 'Minister says taxes rose 5% in 2024', verdict: 'Mostly false', status: 'checked',
  note: 'Receipts rose 3.1%.', evidence: ['https://stats.example/2024'], privateNote: 'PRIVATE-xyz',
  claimant: { name: 'Jane Minister', type: 'person' }, claimDate: '2025-02-27', appearances: ['https://tv.example/i'],
};
const URLS = ['--url', 'https://checks.example/taxes', '--org-name', 'Example Checks', '--org-url', 'https://checks.example'];

let dir = '', file = '', sidecarFile = '';
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fc-cli-'));
  file = path.join(dir, 'story.md');
  sidecarFile = file + '.factcheck.json';
  fs.writeFileSync(file, ARTICLE);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function mark(claims: [string, ClaimFields][]) {
  const doc = new ClaimDocument(ARTICLE, undefined, fixedOpts());
  for (const [q, f] of claims) doc.add({ ...find(ARTICLE, q), ...f });
  await writeSidecarAtomic(sidecarFile, doc.toSidecar());
}

async function run(...argv: string[]) {
  let stdout = '', stderr = '';
  const code = await claimsCommand(argv, { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; } });
  return { code, stdout, stderr };
}
const oneLine = (s: string) => s.split('\n').filter(Boolean).length === 1;

test('export --format claimreview: complete claims on stdout, exit 0', async () => {
  await mark([['taxes rose 5% in 2024', COMPLETE]]);
  const r = await run('export', '--format', 'claimreview', ...URLS, file);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.length, 1);
  assert.equal(out[0]['@type'], 'ClaimReview');
  assert.equal(out[0].url, 'https://checks.example/taxes');
  assert.equal(out[0].author.name, 'Example Checks');
  assert.ok(!r.stdout.includes('PRIVATE-xyz'));
  assert.match(r.stderr, /1 of 1 claim exported as ClaimReview/);
});

test('export --format claimreview: an incomplete claim is reported and exits 1; the complete one is still printed', async () => {
  await mark([['taxes rose 5% in 2024', COMPLETE], ['crime is at a record low', { ...COMPLETE, summary: null, evidence: [] }]]);
  const r = await run('export', '--format', 'claimreview', ...URLS, file);
  assert.equal(r.code, 1);
  assert.equal(JSON.parse(r.stdout).length, 1);
  assert.match(r.stderr, /error: claim "crime is at a record low": citation: no evidence link/);
  assert.match(r.stderr, /1 of 2 claims exported as ClaimReview, 1 incomplete/);
});

test('export re-anchors against the article as it is now, without writing the sidecar', async () => {
  await mark([['taxes rose 5% in 2024', COMPLETE]]);
  const past = new Date('2020-01-01T00:00:00Z');
  fs.utimesSync(sidecarFile, past, past);
  const before = fs.readFileSync(sidecarFile);
  const changed = 'A new lead paragraph — with 🎉 emoji.\n\n' + ARTICLE;
  fs.writeFileSync(file, changed);
  const r = await run('export', '--format', 'annotations', file);
  assert.equal(r.code, 0, r.stderr);
  const page = JSON.parse(r.stdout);
  const pos = page.items[0].target.selector.find((s: any) => s.type === 'TextPositionSelector');
  assert.equal([...changed].slice(pos.start, pos.end).join(''), 'taxes rose 5% in 2024');
  assert.ok(fs.readFileSync(sidecarFile).equals(before));
  assert.equal(fs.statSync(sidecarFile).mtimeMs, past.getTime());
});

test('export --format markdown and list', async () => {
  await mark([['taxes rose 5% in 2024', COMPLETE], ['crime is at a record low', { status: 'in-progress' }]]);
  const md = await run('export', '--format', 'markdown', file);
  assert.equal(md.code, 0);
  assert.match(md.stdout, /^# Claims: story\.md/);
  assert.match(md.stdout, /Mostly false/);
  const ls = await run('list', file);
  assert.equal(ls.code, 0);
  assert.deepEqual(ls.stdout.trim().split('\n'), [
    '3:19\tchecked\tMostly false\t"taxes rose 5% in 2024"',
    '5:16\tin-progress\t-\t"crime is at a record low"',
  ]);
});

test('missing, corrupt and newer sidecars: exit 2 with one clear line; files untouched', async () => {
  let r = await run('export', '--format', 'markdown', file);
  assert.equal(r.code, 2);
  assert.ok(oneLine(r.stderr));
  assert.match(r.stderr, /story\.md\.factcheck\.json: no claims file/);

  fs.writeFileSync(sidecarFile, '{"fc:formatVersion": 1, "items": [');
  const bytes = fs.readFileSync(sidecarFile);
  r = await run('export', '--format', 'claimreview', ...URLS, file);
  assert.equal(r.code, 2);
  assert.ok(oneLine(r.stderr), r.stderr);
  assert.match(r.stderr, /not valid JSON/);
  assert.equal(r.stdout, '');
  assert.ok(fs.readFileSync(sidecarFile).equals(bytes));

  fs.writeFileSync(sidecarFile, JSON.stringify({ 'fc:formatVersion': FORMAT_VERSION + 1 }));
  r = await run('list', file);
  assert.equal(r.code, 2);
  assert.ok(oneLine(r.stderr));
  assert.match(r.stderr, /newer version of factcheck/);
});

test('bad usage: exit 2 with one line', async () => {
  await mark([['taxes rose 5% in 2024', COMPLETE]]);
  const cases: string[][] = [
    [],
    ['frobnicate', file],
    ['export', file],
    ['export', '--format', 'pdf', file],
    ['export', '--format', 'markdown'],
    ['export', '--format', 'markdown', file, file],
    ['export', '--format', 'markdown', '--bogus', file],
    ['list', '--format', 'markdown', file],
    ['export', '--format', 'markdown', path.join(dir, 'missing.md')],
    ['export', '--format', 'markdown', dir],
  ];
  for (const argv of cases) {
    const r = await run(...argv);
    assert.equal(r.code, 2, argv.join(' '));
    if (argv.length) assert.ok(oneLine(r.stderr), `${argv.join(' ')}: ${r.stderr}`);
    assert.equal(r.stdout, '', argv.join(' '));
  }
  const h = await run('--help');
  assert.equal(h.code, 0);
  assert.match(h.stdout, /usage: factcheck claims export/);
});

test('the built CLI: `node bin/factcheck.js claims export ...`', async () => {
  // Runs the bundle that `npm run build` made (npm test builds first).
  await mark([['taxes rose 5% in 2024', COMPLETE]]);
  const bin = path.join(__dirname, '..', '..', 'bin', 'factcheck.js');
  const ok = spawnSync(process.execPath, [bin, 'claims', 'export', '--format', 'claimreview', ...URLS, file], { encoding: 'utf8' });
  assert.equal(ok.status, 0, ok.stderr);
  assert.equal(JSON.parse(ok.stdout)[0]['@type'], 'ClaimReview');
  const bad = spawnSync(process.execPath, [bin, 'claims', 'export', '--format', 'pdf', file], { encoding: 'utf8' });
  assert.equal(bad.status, 2);
  assert.ok(oneLine(bad.stderr));
});
