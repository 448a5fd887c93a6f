// Robustness of `factcheck scan` (the built CLI, run as users run it): paths that cannot be read for
// every reason a file system has, folder loops, binary and non-UTF-8 files, special files that would
// block or never end (a named pipe, a socket, /dev/zero), very large files. Each problem is one line
// on stderr naming the path, the exit status is 2 when something could not be read, and the other
// files are still scanned.
//
// Permissions: root reads everything, so as root the permission cases run the CLI as the user
// "nobody" (uid/gid 65534); where neither works they are skipped with the reason.
import assert from 'node:assert/strict';
import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'factcheck.js');
const QUOTE = '\u201cWe will win,\u201d said Jane Doe, according to Reuters.';
const NOBODY = 65534;

const isRoot = process.getuid?.() === 0;
/** Options that make the CLI run as a user to whom permissions apply, or undefined when impossible. */
function asUnprivileged(): Pick<SpawnSyncOptions, 'uid' | 'gid'> | undefined {
  if (!isRoot) return {};
  const r = spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(BIN)})`], { uid: NOBODY, gid: NOBODY });
  return r.status === 0 ? { uid: NOBODY, gid: NOBODY } : undefined;
}

function factcheck(args: string[], extra: SpawnSyncOptions = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 << 20, ...extra });
  assert.equal(r.error, undefined, `the CLI did not finish: ${r.error}`);
  assert.doesNotMatch(String(r.stderr), /^\s+at .+:\d+:\d+\)?$/m, 'no stack trace on stderr');
  return { code: r.status, stdout: String(r.stdout), stderr: String(r.stderr) };
}
const errLines = (stderr: string) => stderr.split('\n').filter(Boolean);

let dir: string;
before(() => {
  assert.ok(fs.existsSync(path.join(ROOT, 'dist', 'cli.js')), 'dist/cli.js is missing: run `npm run build` first');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-robust-cli-'));
  fs.chmodSync(dir, 0o755);
  fs.writeFileSync(path.join(dir, 'good.txt'), `${QUOTE}\n`);
});
after(() => {
  // Make everything removable again (modes changed by the tests).
  const fix = (p: string) => {
    try {
      const st = fs.lstatSync(p);
      if (st.isDirectory()) {
        fs.chmodSync(p, 0o755);
        for (const e of fs.readdirSync(p)) fix(path.join(p, e));
      }
    } catch {
      /* gone */
    }
  };
  fix(dir);
  fs.rmSync(dir, { recursive: true, force: true });
});

function sub(name: string): string {
  const p = path.join(dir, name);
  fs.mkdirSync(p, { recursive: true });
  fs.chmodSync(p, 0o755);
  return p;
}

describe('factcheck scan: what cannot be read', () => {
  test('missing paths, a path through a file, a dangling link and a link to itself: one line each, the good file still scanned, exit 2', () => {
    const d = sub('links');
    fs.symlinkSync(path.join(d, 'nowhere.txt'), path.join(d, 'dangling.txt'));
    fs.symlinkSync(path.join(d, 'self.txt'), path.join(d, 'self.txt'));
    const good = path.join(dir, 'good.txt');
    const paths = [path.join(d, 'missing.txt'), path.join(good, 'x.txt'), path.join(d, 'dangling.txt'), path.join(d, 'self.txt'), good];
    const r = factcheck(['scan', ...paths]);
    assert.equal(r.code, 2);
    assert.deepEqual(errLines(r.stderr), [
      `factcheck: ${paths[0]}: no such file or folder`,
      `factcheck: ${paths[1]}: a part of the path is not a folder`,
      `factcheck: ${paths[2]}: no such file or folder`,
      `factcheck: ${paths[3]}: too many symbolic links (a link loop?)`,
    ]);
    assert.match(r.stdout, /good\.txt:1:2 warning secondhand/);
    assert.match(r.stdout, /1 finding in 1 file; 4 could not be read( · [^\n]*)?\n$/);
    // Inside a scanned folder, dangling links are not something the user asked for: skipped quietly.
    const inFolder = factcheck(['scan', d]);
    assert.equal(inFolder.code, 0, inFolder.stderr);
    assert.equal(inFolder.stderr, '');
  });

  test('permissions: an unreadable file and an unreadable folder (run as a user permissions apply to)', (t) => {
    const as = asUnprivileged();
    if (!as) return t.skip('running as root and cannot run as "nobody": root reads every file, so no unreadable case exists');
    const d = sub('perm');
    fs.writeFileSync(path.join(d, 'a-good.md'), `${QUOTE}\n`);
    fs.chmodSync(path.join(d, 'a-good.md'), 0o644);
    fs.writeFileSync(path.join(d, 'b-secret.txt'), `${QUOTE}\n`);
    fs.chmodSync(path.join(d, 'b-secret.txt'), 0o000);
    const locked = path.join(d, 'c-locked');
    fs.mkdirSync(locked);
    fs.writeFileSync(path.join(locked, 'inside.txt'), `${QUOTE}\n`);
    fs.chmodSync(locked, 0o000);
    const noSearch = path.join(d, 'd-nosearch');
    fs.mkdirSync(noSearch);
    fs.writeFileSync(path.join(noSearch, 'inside.txt'), `${QUOTE}\n`);
    fs.chmodSync(noSearch, 0o644); // readable but no x bit: names listed, files unreachable
    const r = factcheck(['scan', d], as);
    assert.equal(r.code, 2, r.stderr);
    const lines = errLines(r.stderr);
    assert.ok(lines.includes(`factcheck: ${path.join(d, 'b-secret.txt')}: permission denied`), r.stderr);
    assert.ok(lines.includes(`factcheck: ${locked}: permission denied`), r.stderr);
    assert.ok(lines.some((l) => l.startsWith(`factcheck: ${noSearch}`) && l.endsWith('permission denied')), r.stderr);
    assert.equal(lines.length, 3, r.stderr);
    assert.match(r.stdout, /a-good\.md:1:2 warning secondhand/);
    assert.match(r.stdout, /1 finding in 1 file; 3 could not be read( · [^\n]*)?\n$/);
  });

  test('a named pipe, a socket and devices given by name: one line each, nothing blocks or reads forever', async () => {
    const d = sub('special');
    const fifo = path.join(d, 'pipe.txt');
    const mk = spawnSync('mkfifo', [fifo]);
    const sock = path.join(d, 'sock.txt');
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(sock, resolve));
    try {
      const paths = [...(mk.status === 0 ? [fifo] : []), sock, '/dev/null', '/dev/zero', path.join(dir, 'good.txt')];
      // Run asynchronously: the socket's server must keep running in this process meanwhile.
      const r = await new Promise<{ code: number | null; stderr: string; stdout: string }>((resolve) => {
        const p = spawn(process.execPath, [BIN, 'scan', ...paths], { cwd: ROOT });
        let stdout = '';
        let stderr = '';
        p.stdout.on('data', (x) => (stdout += x));
        p.stderr.on('data', (x) => (stderr += x));
        const timer = setTimeout(() => p.kill('SIGKILL'), 30_000);
        p.on('exit', (code) => {
          clearTimeout(timer);
          resolve({ code, stdout, stderr });
        });
      });
      assert.equal(r.code, 2, r.stderr);
      const expected = [
        ...(mk.status === 0 ? [`factcheck: ${fifo}: not a regular file (a named pipe), skipped`] : []),
        `factcheck: ${sock}: not a regular file (a socket), skipped`,
        'factcheck: /dev/null: not a regular file (a device), skipped',
        'factcheck: /dev/zero: not a regular file (a device), skipped',
      ];
      assert.deepEqual(errLines(r.stderr), expected);
      assert.match(r.stdout, /1 finding in 1 file/);
      // In a folder, special files are not picked up at all.
      const inFolder = factcheck(['scan', d]);
      assert.equal(inFolder.code, 0, inFolder.stderr);
      assert.match(inFolder.stdout, /^0 findings in 0 files\n$/);
    } finally {
      server.close();
    }
  });

  test('folder loops (a link to a parent, two folders linking to each other): every file once, the scan ends', () => {
    const d = sub('loop');
    fs.mkdirSync(path.join(d, 'a', 'b'), { recursive: true });
    fs.writeFileSync(path.join(d, 'a', 'b', 'deep.txt'), `${QUOTE}\n`);
    fs.symlinkSync(d, path.join(d, 'a', 'b', 'up'));
    fs.mkdirSync(path.join(d, 'x'));
    fs.symlinkSync(path.join(d, 'a'), path.join(d, 'x', 'to-a'));
    fs.symlinkSync(path.join(d, 'x'), path.join(d, 'a', 'to-x'));
    const r = factcheck(['scan', '--format', 'json', d]);
    assert.equal(r.code, 0, r.stderr);
    const files = (JSON.parse(r.stdout) as { files: { path: string }[] }).files.map((f) => path.relative(d, f.path));
    assert.deepEqual(files, [path.join('a', 'b', 'deep.txt')]);
  });

  test('binary, non-UTF-8, empty and over-64 MB files: one line each for the bad ones, the rest scanned', () => {
    const d = sub('content');
    fs.writeFileSync(path.join(d, 'a-binary.txt'), Buffer.from([0x22, 0x48, 0x00, 0x69, 0x22, 0xff]));
    fs.writeFileSync(path.join(d, 'b-latin1.txt'), Buffer.from('\u201cCaf\xe9,\u201d said Al Bo.\n'.replace(/[\u201c\u201d]/g, '"'), 'latin1'));
    fs.writeFileSync(path.join(d, 'c-utf16.txt'), Buffer.from('\ufeff' + QUOTE, 'utf16le'));
    fs.writeFileSync(path.join(d, 'd-empty.txt'), '');
    const huge = path.join(d, 'e-huge.txt');
    fs.writeFileSync(huge, '');
    fs.truncateSync(huge, 65 * 1024 * 1024); // sparse: costs no disk; must be refused without being read
    fs.writeFileSync(path.join(d, 'f-good.txt'), `${QUOTE}\n`);
    const r = factcheck(['scan', d]);
    assert.equal(r.code, 2);
    assert.deepEqual(errLines(r.stderr), [
      `factcheck: ${path.join(d, 'a-binary.txt')}: binary file (contains NUL bytes), skipped`,
      `factcheck: ${path.join(d, 'b-latin1.txt')}: not valid UTF-8 text, skipped`,
      `factcheck: ${path.join(d, 'c-utf16.txt')}: binary file (contains NUL bytes), skipped`,
      `factcheck: ${path.join(d, 'e-huge.txt')}: too large (65 MB; factcheck reads files up to 64 MB), skipped`,
    ]);
    assert.match(r.stdout, /f-good\.txt:1:2 warning secondhand/);
    assert.match(r.stdout, /1 finding in 2 files; 4 could not be read( · [^\n]*)?\n$/);
  });
});

describe('factcheck scan: very large files', () => {
  const para = (i: number) => `Paragraph ${i}: ${QUOTE} The plan failed, critics said.\n\n`;

  test('a 10 MB file: scanned in pieces, findings at the right lines, exit 0', () => {
    const file = path.join(sub('big'), 'ten.txt');
    const one = para(0);
    const n = Math.ceil(10_000_000 / one.length);
    fs.writeFileSync(file, Array.from({ length: n }, (_, i) => para(i)).join(''));
    assert.ok(fs.statSync(file).size >= 10_000_000);
    const small = factcheck(['scan', '--format', 'json', (() => {
      const f = path.join(dir, 'one-para.txt');
      fs.writeFileSync(f, para(0));
      return f;
    })()]);
    const perParagraph = (JSON.parse(small.stdout) as { files: { findings: { rule: string }[] }[] }).files[0].findings.map((f) => f.rule);
    assert.ok(perParagraph.length >= 2, JSON.stringify(perParagraph));
    const r = factcheck(['scan', file]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    const lines = r.stdout.trim().split('\n');
    assert.match(lines.pop()!, new RegExp(`^${n * perParagraph.length} findings in 1 file( · |$)`));
    // Every paragraph (line 2k+1) has the same findings, wherever the pieces were cut.
    const byLine = new Map<number, string[]>();
    for (const l of lines) {
      const m = /^.*ten\.txt:(\d+):\d+ \w+ (\S+) /.exec(l);
      assert.ok(m, l);
      const list = byLine.get(Number(m[1])) ?? [];
      list.push(m[2]);
      byLine.set(Number(m[1]), list);
    }
    assert.equal(byLine.size, n);
    for (const [line, rules] of byLine) {
      assert.equal(line % 2, 1);
      assert.deepEqual(rules.sort(), [...perParagraph].sort(), `line ${line}`);
    }
  });
});
