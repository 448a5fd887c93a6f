// Headless Neovim (its built-in LSP client) against the built server on the seed article.
// Skips with a message when nvim is not installed; .ci/run installs it, so CI runs it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { check } from '../../server/src/check';
import { attributionAt, formatAttributionHover } from '../../server/src/hover';
import { DEFAULT_SETTINGS } from '../../server/src/shared/settings';

const ROOT = path.resolve(__dirname, '..', '..');
const SERVER = path.join(ROOT, 'dist', 'server.js');
const SCRIPT = path.join(__dirname, 'e2e.lua');
const SEED = path.join(ROOT, 'seeds', '000_196e15989cac9fdd.txt');
const hasNvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' }).status === 0;
const skip = hasNvim ? false : 'nvim is not installed (apt-get install -y neovim); .ci/run installs it';

interface Run { code: number | null; out: string; diags: { lnum: number; col: number; endLnum: number; endCol: number; severity: number; code: string; message: string }[]; hovers: Map<string, string | null> }

function runNvim(file: string, hovers: [number, number][], minDiags: number): Run {
  const r = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${SCRIPT}`], {
    encoding: 'utf8', timeout: 60_000,
    env: { ...process.env, FC_CMD: `${process.execPath} ${SERVER} --stdio`, FC_FILE: file, FC_LANGID: 'plaintext',
      FC_MIN_DIAGS: String(minDiags), FC_HOVERS: hovers.map(([l, c]) => `${l},${c}`).join(';') },
  });
  const out = (r.stdout ?? '') + (r.stderr ?? '');
  const diags: Run['diags'] = [];
  const hoverMap = new Map<string, string | null>();
  for (const line of out.split(/\r?\n/)) {
    let m = /^DIAG (\d+) (\d+) (-?\d+) (-?\d+) (\d) \S+ (\S+) (.*)$/.exec(line);
    if (m) diags.push({ lnum: +m[1], col: +m[2], endLnum: +m[3], endCol: +m[4], severity: +m[5], code: m[6], message: m[7] });
    m = /^HOVER (\d+) (\d+) (.*)$/.exec(line);
    if (m) hoverMap.set(`${m[1]},${m[2]}`, JSON.parse(m[3]));
  }
  return { code: r.status, out, diags, hovers: hoverMap };
}

/** UTF-16 offset -> [line, byte column], the way Neovim reports and takes positions. */
function bytePos(text: string, offset: number): [number, number] {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  const lineStart = before.lastIndexOf('\n') + 1;
  return [line, Buffer.byteLength(text.slice(lineStart, offset), 'utf8')];
}

/** The hover the server should give at this UTF-16 offset (same engine, same default settings). */
function expectedHover(text: string, offset: number): string | null {
  const analysis = check(text, 'plaintext', DEFAULT_SETTINGS);
  const hit = attributionAt(analysis, offset);
  return hit ? formatAttributionHover(text, analysis, hit.attribution) : null;
}

describe('headless Neovim', { skip }, () => {
  const text = fs.readFileSync(SEED, 'utf8');
  // The TASS quote, and a quote whose line has curly quotes and an apostrophe (non-ASCII) before the target.
  const tassOffset = text.indexOf('This will not be in coming weeks') + 10;
  const nonAsciiOffset = text.indexOf('protocol thing that has to be done') + 3;
  const targets = [bytePos(text, tassOffset), bytePos(text, nonAsciiOffset)];
  let run: Run | undefined;
  const seedRun = () => (run ??= runNvim(SEED, targets, 1));

  test('diagnostics arrive, at the right byte columns after non-ASCII text', () => {
    assert.ok(fs.existsSync(SERVER), 'dist/server.js is missing: run `npm run build` first');
    const r = seedRun();
    assert.equal(r.code, 0, r.out);
    const findings = check(text, 'plaintext', DEFAULT_SETTINGS).findings;
    assert.ok(findings.length > 0);
    const expected = findings
      .map((f) => { const [l, c] = bytePos(text, f.start); const [el, ec] = bytePos(text, f.end); return `${l}:${c}-${el}:${ec} ${f.rule}`; })
      .sort();
    const got = r.diags.map((d) => `${d.lnum}:${d.col}-${d.endLnum}:${d.endCol} ${d.code}`).sort();
    assert.deepEqual(got, expected, r.out);
    const nonAsciiLine = bytePos(text, nonAsciiOffset)[0];
    assert.ok(r.diags.some((d) => d.lnum === nonAsciiLine), 'a diagnostic on the line with curly quotes');
  });

  test('hover after non-ASCII text on the line matches the engine at the UTF-16 position', () => {
    const r = seedRun();
    const want = expectedHover(text, nonAsciiOffset);
    assert.ok(want, 'the engine finds an attribution there');
    assert.equal(r.hovers.get(targets[1].join(',')), want, r.out);
  });

  test('hover on the TASS quote matches the engine', () => {
    const r = seedRun();
    assert.equal(r.hovers.get(targets[0].join(',')), expectedHover(text, tassOffset), r.out);
  });

  test('hover on the TASS quote shows the chain', () => {
    const h = seedRun().hovers.get(targets[0].join(',')) ?? '';
    assert.ok(h.includes('Dmitry Peskov → BBC → TASS → this article'), h);
    assert.ok(h.includes('Dmitry Peskov, Putin spokesman'), h);
  });

  test('a relayed quote after emoji and accents: chain in the hover', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-nvim-'));
    try {
      const line = 'Zoë’s café — naïve 🎉 “We will win,” said Jane Doe, according to Reuters on Monday.';
      const file = path.join(dir, 'relay.txt');
      fs.writeFileSync(file, `Headline – en dash\n${line}\n`);
      // The last character of the quote: a client that sent bytes as UTF-16 would land past the quote.
      const target: [number, number] = [1, Buffer.byteLength(line.slice(0, line.indexOf('”') - 1))];
      const r = runNvim(file, [target], 1);
      assert.equal(r.code, 0, r.out);
      assert.deepEqual(r.diags.map((d) => [d.lnum, d.col, d.code]), [[1, Buffer.byteLength(line.slice(0, line.indexOf('We'))), 'secondhand']]);
      const h = r.hovers.get(target.join(',')) ?? '';
      assert.ok(h.includes('Jane Doe → Reuters → this article'), r.out);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
