// The CLI as users run it: `node bin/factcheck.js ...` (the built dist/cli.js), every format and exit path.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type * as Sarif from 'sarif';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { languageOf } from '../../server/src/cli/files';
import { parseScanArgs } from '../../server/src/cli/scan';
import { ruleInfo } from '../../server/src/shared/rules';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'factcheck.js');
const VERSION = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;

function factcheck(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 30_000 });
  assert.equal(r.error, undefined);
  assert.doesNotMatch(r.stderr, /^\s+at .+:\d+:\d+\)?$/m, 'no stack trace on stderr');
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Files are made per run in a temp folder: invented sentences, non-ASCII before the quotes.
const QUOTE_LINE = 'Zoë’s café — naïve 🎉 “We will win,” said Jane Doe, according to Reuters on Monday.';
const FILES: Record<string, string | Buffer> = {
  'a.txt': '\uFEFF' + `Headline – en dash\n${QUOTE_LINE}\n`,
  // a quote with no cue and no source at all ("“…,” he whispered" has a source: the pronoun)
  'b.md': '# Notes\n\n“Trust me on this one.”\n',
  'sub/deep/c.txt': 'Nothing quoted here.\n',
  'sub/skip.js': 'const s = "Hi," said Jo;\n',
  '.hidden/d.txt': '"Hidden," said Al Bo.\n',
};
let dir: string;
let bad: string;
before(() => {
  assert.ok(fs.existsSync(path.join(ROOT, 'dist', 'cli.js')), 'dist/cli.js is missing: run `npm run build` first');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-cli-'));
  for (const [name, content] of Object.entries(FILES)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  // Bad files live in their own folder so the good folder scans clean.
  bad = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-cli-bad-'));
  fs.writeFileSync(path.join(bad, 'binary.txt'), Buffer.from([0x22, 0x48, 0x00, 0x69, 0x22]));
  fs.mkdirSync(path.join(bad, 'sub'));
  fs.writeFileSync(path.join(bad, 'sub', 'latin1.txt'), Buffer.from('"Caf\xe9," said Al Bo.\n', 'latin1'));
});
after(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(bad, { recursive: true, force: true });
});


describe('factcheck CLI: usage', () => {
  test('--help and scan --help print usage, exit 0', () => {
    for (const args of [['--help'], ['-h'], ['help'], ['scan', '--help'], ['help', 'scan']]) {
      const r = factcheck(args);
      assert.equal(r.code, 0, args.join(' '));
      assert.match(r.stdout, /^Usage: factcheck/);
    }
    assert.match(factcheck(['scan', '--help']).stdout, /--format text\|json\|sarif/);
  });

  test('--version prints the package version', () => {
    assert.equal(factcheck(['--version']).stdout, `factcheck ${VERSION}\n`);
    assert.equal(factcheck(['-v']).code, 0);
  });

  test('bad usage exits 2 with one clear line', () => {
    const cases: [string[], RegExp][] = [
      [['frobnicate'], /unknown command "frobnicate"/],
      [['scan'], /no PATH given/],
      [['scan', '--format', 'xml', 'x'], /unknown format "xml"/],
      [['scan', '--format'], /--format needs a value/],
      [['scan', '--color', 'x'], /unknown option --color/],
      [['scan', '--max-file-size=lots', 'x'], /positive whole number/],
    ];
    for (const [args, re] of cases) {
      const r = factcheck(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, re);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.equal(r.stdout, '');
    }
    const none = factcheck([]);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /Usage: factcheck/);
  });

  test('`factcheck claims` is dispatched to the claims command', () => {
    const r = factcheck(['claims', '--help']);
    assert.doesNotMatch(r.stderr, /unknown command/);
    assert.match(r.stdout + r.stderr, /claims/);
  });

  test('argument parsing and language detection (in process)', () => {
    assert.deepEqual(parseScanArgs(['--format=json', 'a', '--', '--weird']), { format: 'json', maxFileSize: Infinity, paths: ['a', '--weird'], help: false });
    assert.equal(parseScanArgs(['-f', 'sarif', 'x']).format, 'sarif');
    assert.equal(languageOf('x/notes.MD'), 'markdown');
    assert.equal(languageOf('x/notes.markdown'), 'markdown');
    assert.equal(languageOf('x/notes.txt'), 'plaintext');
  });
});

describe('factcheck scan', () => {
  test('text: compiler-style lines with 1-based UTF-16 columns (BOM not counted), exit 0', () => {
    const r = factcheck(['scan', dir]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    const lines = r.stdout.trim().split('\n');
    const a = path.join(dir, 'a.txt');
    const col = QUOTE_LINE.indexOf('We will win') + 1;
    assert.ok(lines.includes(`${a}:2:${col} warning secondhand Secondhand: Jane Doe's words were via Reuters, not heard first hand. Say so in the text, or get it from the source.`), r.stdout);
    assert.ok(lines.some((l) => l.startsWith(`${path.join(dir, 'b.md')}:3:2 warning unattributed-quote `)), r.stdout);
    assert.ok(!r.stdout.includes('skip.js') && !r.stdout.includes('.hidden'), 'only .txt/.md, no dot folders');
    assert.match(lines.at(-1)!, /^2 findings in 3 files · \d+ claims? \(\d+ checkable\), \d+ attributed; sources: 1 named; 1 of \d+ attributions? secondhand \(\d+%\)$/);
  });

  test('json: the scan-json contract, offsets into the text without its BOM', () => {
    const r = factcheck(['scan', '--format', 'json', 'a.txt', 'b.md', 'sub'], dir);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.equal(out.version, 1);
    assert.deepEqual(out.files.map((f: { path: string }) => f.path), ['a.txt', 'b.md', path.join('sub', 'deep', 'c.txt')]);
    const [a] = out.files;
    const text = (FILES['a.txt'] as string).slice(1);
    assert.equal(a.attributions.length, 1);
    const att = a.attributions[0];
    assert.equal(att.kind, 'direct');
    assert.equal(text.slice(att.content[0].start, att.content[0].end), 'We will win,');
    assert.equal(text.slice(att.cue.start, att.cue.end), 'said');
    assert.equal(text.slice(att.source.start, att.source.end), 'Jane Doe');
    assert.deepEqual(att.speaker, { name: 'Jane Doe', type: 'person' });
    assert.deepEqual(att.chain.map((l: { name: string; role: string }) => [l.name, l.role]), [['Jane Doe', 'speaker'], ['Reuters', 'relay']]);
    assert.equal(att.inferred, false);
    assert.deepEqual(a.findings.map((f: { rule: string }) => f.rule), ['secondhand']);
    for (const f of out.files) for (const k of ['attributions', 'claims', 'findings']) assert.ok(Array.isArray(f[k]), `${f.path}.${k}`);
    // the summary per file (an added field; summary.ts)
    assert.deepEqual(a.summary.sources, { named: 1, anonymous: 0, vague: 0 });
    assert.equal(a.summary.attributions, 1);
    assert.equal(a.summary.secondhand, 1);
    assert.equal(a.summary.secondhandShare, 1);
    assert.equal(a.summary.claims, a.claims.length);
  });

  test('unreadable, binary and non-UTF-8 files: one line each on stderr, others still scanned, exit 2', () => {
    const r = factcheck(['scan', '--format', 'json', '.', bad, 'missing.txt'], dir);
    assert.equal(r.code, 2);
    const err = r.stderr.trim().split('\n').sort();
    assert.deepEqual(err, [
      `factcheck: ${path.join(bad, 'binary.txt')}: binary file (contains NUL bytes), skipped`,
      `factcheck: ${path.join(bad, 'sub', 'latin1.txt')}: not valid UTF-8 text, skipped`,
      'factcheck: missing.txt: no such file or folder',
    ]);
    const files = JSON.parse(r.stdout).files as { path: string; error?: string }[];
    const errors = files.filter((f) => f.error !== undefined);
    assert.equal(errors.length, 3);
    for (const e of errors) assert.deepEqual(Object.keys(e).sort(), ['error', 'path']);
    assert.ok(files.some((f) => f.path === 'a.txt' && !f.error), 'a.txt still scanned');
    const text = factcheck(['scan', 'missing.txt', 'a.txt'], dir);
    assert.equal(text.code, 2);
    assert.match(text.stdout, /a\.txt:2:\d+ warning secondhand/);
    assert.match(text.stdout, /1 finding in 1 file; 1 could not be read · [^\n]*; sources: 1 named; 1 of 1 attribution secondhand \(100%\)\n$/);
  });

  test('--max-file-size: checks the beginning and says where it stopped', () => {
    const big = path.join(dir, 'big.txt');
    const content = 'x'.repeat(50) + '\n“Late,” said Al Bo, according to Reuters on Monday.\n';
    fs.writeFileSync(big, content);
    try {
      const r = factcheck(['scan', '--max-file-size', '40', big]);
      assert.equal(r.code, 0);
      assert.ok(r.stdout.includes(`big.txt:1:41 information max-file-size factcheck checked only the first 40 of ${content.length} characters (--max-file-size)`), r.stdout);
      assert.doesNotMatch(r.stdout, / secondhand Secondhand/); // the relayed quote lies beyond the limit
      const j = JSON.parse(factcheck(['scan', '--format=json', '--max-file-size=40', big]).stdout);
      assert.equal(j.files[0].truncated.at, 40);
    } finally {
      fs.rmSync(big);
    }
  });

  test('sarif: SARIF 2.1.0 shape, rules listed, regions consistent with the text', () => {
    const r = factcheck(['scan', '--format', 'sarif', 'a.txt', 'b.md'], dir);
    assert.equal(r.code, 0, r.stderr);
    const log = JSON.parse(r.stdout) as Sarif.Log;
    assert.equal(log.version, '2.1.0');
    assert.match(log.$schema ?? '', /sarif-2\.1\.0/);
    assert.equal(log.runs.length, 1);
    const run = log.runs[0];
    assert.equal(run.tool.driver.name, 'factcheck');
    assert.equal(run.tool.driver.version, VERSION);
    const rules = run.tool.driver.rules ?? [];
    const levels = ['none', 'note', 'warning', 'error'];
    const sarifLevel = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;
    for (const rule of rules) {
      assert.equal(typeof rule.id, 'string');
      assert.ok(rule.shortDescription?.text, `${rule.id} has a short description`);
      assert.ok(levels.includes(rule.defaultConfiguration?.level ?? ''), `${rule.id} default level`);
      // metadata from the rule list (the engine's registry), not a table of the CLI's own
      const known = ruleInfo(rule.id);
      assert.ok(known, `${rule.id} is a known rule`);
      assert.equal(rule.shortDescription?.text, known.description);
      assert.equal(rule.defaultConfiguration?.level, sarifLevel[known.severity]);
    }
    assert.deepEqual(rules.map((x) => x.id).sort(), ['secondhand', 'unattributed-quote']);
    const results = run.results ?? [];
    assert.equal(results.length, 2);
    for (const res of results) {
      assert.ok(res.ruleId && rules[res.ruleIndex ?? -1]?.id === res.ruleId, 'ruleIndex points at the rule');
      assert.ok(levels.includes(res.level ?? ''));
      assert.ok(res.message.text);
      const loc = res.locations?.[0]?.physicalLocation;
      const uri = loc?.artifactLocation?.uri ?? '';
      const reg = loc?.region;
      assert.ok(reg && uri, 'a physical location with a region');
      let text = fs.readFileSync(path.join(dir, decodeURIComponent(uri)), 'utf8');
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      const doc = TextDocument.create('file:///x', 'plaintext', 0, text);
      const s = doc.positionAt(reg.charOffset ?? -1);
      const e = doc.positionAt((reg.charOffset ?? 0) + (reg.charLength ?? 0));
      assert.deepEqual([reg.startLine, reg.startColumn, reg.endLine, reg.endColumn], [s.line + 1, s.character + 1, e.line + 1, e.character + 1]);
    }
    const a = results.find((x) => x.ruleId === 'secondhand')!;
    const reg = a.locations![0].physicalLocation!.region!;
    assert.equal(a.locations![0].physicalLocation!.artifactLocation!.uri, 'a.txt');
    assert.deepEqual([reg.startLine, reg.startColumn, reg.charLength], [2, QUOTE_LINE.indexOf('We will win') + 1, 'We will win,'.length]);
    assert.equal(run.invocations?.[0].executionSuccessful, true);
  });

  test('sarif: unreadable files are tool notifications and exit 2', () => {
    const r = factcheck(['scan', '--format', 'sarif', 'a.txt', 'no such.txt'], dir);
    assert.equal(r.code, 2);
    const run = (JSON.parse(r.stdout) as Sarif.Log).runs[0];
    assert.equal(run.invocations?.[0].executionSuccessful, false);
    const n = run.invocations?.[0].toolExecutionNotifications ?? [];
    assert.equal(n.length, 1);
    assert.equal(n[0].level, 'error');
    assert.equal(n[0].locations?.[0].physicalLocation?.artifactLocation?.uri, 'no%20such.txt');
    assert.equal(run.results?.length, 1);
  });

  test('a reader that closes the pipe early (`| head -1`): quiet exit 0, no EPIPE stack trace', async () => {
    // Far more output than a pipe buffer holds (~64 KB), so the CLI is still writing when the pipe closes.
    const many = path.join(dir, 'many');
    fs.mkdirSync(many, { recursive: true });
    fs.writeFileSync(path.join(many, 'relayed.txt'), `${QUOTE_LINE}\n`.repeat(800));
    try {
      for (const format of ['text', 'json']) {
        const child = spawn(process.execPath, [BIN, 'scan', '--format', format, many], { stdio: ['ignore', 'pipe', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', (d) => (stderr += d));
        const first = await new Promise<string>((resolve, reject) => {
          child.stdout.once('data', (d: Buffer) => resolve(d.toString('utf8')));
          child.once('error', reject);
        });
        child.stdout.destroy(); // what `head -1` does after its first line
        const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.once('close', (c, sig) => resolve([c, sig])));
        assert.ok(first.length > 0);
        assert.equal(signal, null, format);
        assert.equal(code, 0, `${format}: ${stderr}`);
        assert.equal(stderr, '', `${format}: nothing on stderr`);
      }
    } finally {
      fs.rmSync(many, { recursive: true, force: true });
    }
  });

  test('the seed article scans with exit 0', () => {
    const r = factcheck(['scan', 'seeds/']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^seeds\/000_196e15989cac9fdd\.txt:\d+:\d+ \w+ [\w-]+ /m);
  });
});
