// End-to-end over real JSON-RPC: the built server (dist/server.js --stdio), no mocks.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Diagnostic, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { initialize, ROOT, startServer, type TestServer } from './lsp-client';

// Line 1 has non-ASCII before the quote: ë ’ é — ï (1 UTF-16 unit each) and 🎉 (2 units).
const LINE0 = 'Headline – with an en dash';
const LINE1 = 'Zoë’s café — naïve 🎉 “We will win,” said Jane Doe, according to Reuters on Monday.';
const TEXT = `${LINE0}\n${LINE1}\n`;
const QUOTE_CHAR = 23; // UTF-16 column of "W" in LINE1 (code points: 22, UTF-8 bytes: 31)
const URI = 'file:///tmp/factcheck-test/article.txt';

const byStart = (a: Diagnostic, b: Diagnostic) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
const hoverText = (h: Hover | null) => (h ? (h.contents as MarkupContent).value : '');

describe('language server over stdio', () => {
  let s: TestServer;
  before(async () => {
    s = startServer();
    const init = await initialize(s);
    assert.equal(init.serverInfo?.name, 'factcheck');
    assert.ok(init.capabilities.hoverProvider);
    assert.deepEqual(init.capabilities.textDocumentSync, { openClose: true, change: 2, save: { includeText: false } }); // 2 = incremental
  });
  after(() => s.kill());

  test('didOpen publishes diagnostics with source, code and UTF-16 ranges', async () => {
    assert.equal(QUOTE_CHAR, LINE1.indexOf('We will win'));
    s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'plaintext', version: 1, text: TEXT } });
    const p = await s.diagnostics.waitFor((d) => d.uri === URI && d.version === 1, 'diagnostics for version 1');
    assert.equal(p.diagnostics.length, 1, JSON.stringify(p.diagnostics));
    const [d] = p.diagnostics;
    assert.equal(d.source, 'factcheck');
    assert.equal(d.code, 'secondhand');
    assert.equal(d.severity, 2);
    assert.match(d.message, /Reuters/);
    assert.deepEqual(d.range, {
      start: { line: 1, character: QUOTE_CHAR },
      end: { line: 1, character: LINE1.indexOf('”') },
    });
  });

  test('hover on the quote, the cue and the source explains the attribution', async () => {
    for (const character of [QUOTE_CHAR + 3, LINE1.indexOf('said') + 1, LINE1.indexOf('Jane') + 2]) {
      const h = (await s.conn.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: { line: 1, character } })) as Hover | null;
      const md = hoverText(h);
      assert.match(md, /Direct quote/, `at ${character}: ${md}`);
      assert.match(md, /\*\*Speaker:\*\* Jane Doe/);
      assert.match(md, /\*\*Cue:\*\* “said”/);
      assert.ok(md.includes('Jane Doe → Reuters → this article'), md);
      assert.match(md, /secondhand/);
    }
    const h = (await s.conn.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: { line: 1, character: QUOTE_CHAR + 3 } })) as Hover;
    assert.deepEqual(h.range, { start: { line: 1, character: QUOTE_CHAR }, end: { line: 1, character: LINE1.indexOf('”') } });
  });

  test('hover on the first line shows the document summary', async () => {
    const h = (await s.conn.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: { line: 0, character: 3 } })) as Hover | null;
    const md = hoverText(h);
    assert.match(md, /\*\*Document summary\*\*/);
    assert.match(md, /\*\*Attributions:\*\* 1\b/);
    assert.match(md, /\*\*Secondhand:\*\* 1 of 1 attribution \(100%\)/);
    assert.deepEqual(h!.range, { start: { line: 0, character: 0 }, end: { line: 0, character: LINE0.length } });
  });

  test('hover outside any attribution, claim and the first line is null', async () => {
    const h = await s.conn.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: { line: 1, character: 3 } });
    assert.equal(h, null);
  });

  test('didChange (incremental) re-checks; a superseded version is never published', async () => {
    const from = s.diagnostics.items.length;
    // v2 appends an unattributed quote (no cue, no source, and not right after another quote, which it
    // would continue); v3 (sent at once) changes the cue so the first quote has no relay.
    s.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri: URI, version: 2 },
      contentChanges: [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: 'The vote failed.\n“Nobody saw this coming.”\n' }],
    });
    const relayStart = LINE1.indexOf(', according');
    s.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri: URI, version: 3 },
      contentChanges: [{ range: { start: { line: 1, character: relayStart }, end: { line: 1, character: LINE1.length - 1 } }, text: '' }],
    });
    const p = await s.diagnostics.waitFor((d) => d.uri === URI, 'diagnostics after the edits', from);
    assert.equal(p.version, 3, 'the first publish after two quick edits is for the latest version');
    assert.deepEqual(p.diagnostics.map((d) => d.code), ['unattributed-quote']);
    assert.deepEqual(p.diagnostics[0].range.start, { line: 3, character: 1 });
  });

  test('settings change re-validates: rule off, severity override, bad value reported once', async () => {
    let from = s.diagnostics.items.length;
    s.config.factcheck = { rules: { 'unattributed-quote': 'hint' } };
    s.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    let p = await s.diagnostics.waitFor((d) => d.uri === URI, 'diagnostics after a settings change', from);
    assert.deepEqual(p.diagnostics.map((d) => [d.code, d.severity]), [['unattributed-quote', 4]]);

    from = s.diagnostics.items.length;
    s.config.factcheck = { rules: { 'unattributed-quote': 'off' } };
    s.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    p = await s.diagnostics.waitFor((d) => d.uri === URI, 'diagnostics with the rule off', from);
    assert.deepEqual(p.diagnostics, []);

    from = s.diagnostics.items.length;
    const msgFrom = s.messages.items.length;
    s.config.factcheck = { debounceMs: 'fast' };
    s.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const m = await s.messages.waitFor((x) => /debounceMs/.test(x.message), 'a message about the bad setting', msgFrom);
    assert.equal(m.type, 2); // warning
    p = await s.diagnostics.waitFor((d) => d.uri === URI, 'diagnostics with defaults', from);
    assert.deepEqual(p.diagnostics.map((d) => d.code), ['unattributed-quote'], 'the default (rule on) is used again');
    // Same bad value again: checked again, but not reported a second time.
    from = s.diagnostics.items.length;
    s.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await s.diagnostics.waitFor((d) => d.uri === URI, 'diagnostics after the repeat', from);
    assert.equal(s.messages.items.slice(msgFrom).filter((x) => /debounceMs/.test(x.message)).length, 1);
  });

  test('factcheck.enable false clears diagnostics; other languages are not checked', async () => {
    let from = s.diagnostics.items.length;
    s.config.factcheck = { enable: false };
    s.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    let p = await s.diagnostics.waitFor((d) => d.uri === URI, 'diagnostics when disabled', from);
    assert.deepEqual(p.diagnostics, []);

    s.config.factcheck = {};
    s.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    from = s.diagnostics.items.length;
    const ts = 'file:///tmp/factcheck-test/code.ts';
    s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: ts, languageId: 'typescript', version: 1, text: 'const s = "Hi," said Jo;\n' } });
    p = await s.diagnostics.waitFor((d) => d.uri === ts, 'diagnostics for a typescript file', from);
    assert.deepEqual(p.diagnostics, []);
    const h = await s.conn.sendRequest('textDocument/hover', { textDocument: { uri: ts }, position: { line: 0, character: 12 } });
    assert.equal(h, null);
  });

  test('languageId "text" (Neovim, eglot) counts as plaintext', async () => {
    const uri = 'file:///tmp/factcheck-test/nvim.txt';
    const from = s.diagnostics.items.length;
    s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'text', version: 1, text: '“Nobody saw this coming.”\n' } });
    const p = await s.diagnostics.waitFor((d) => d.uri === uri, 'diagnostics for a "text" document', from);
    assert.deepEqual(p.diagnostics.map((d) => d.code), ['unattributed-quote']);
  });

  test('a file over factcheck.maxFileSize is checked up to the limit and says so', async () => {
    s.config.factcheck = { maxFileSize: 1000 };
    s.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const big = 'file:///tmp/factcheck-test/big.md';
    const filler = 'Nothing quoted here, just a long paragraph of plain words.\n'.repeat(30); // 1770 chars
    const text = `“One,” said Ann Lee, according to Reuters on Monday.\n${filler}“Two,” said Bo Kim, according to Reuters on Monday.\n`;
    const from = s.diagnostics.items.length;
    s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: big, languageId: 'markdown', version: 1, text } });
    const p = await s.diagnostics.waitFor((d) => d.uri === big, 'diagnostics for the big file', from);
    const codes = p.diagnostics.sort(byStart).map((d) => d.code);
    assert.deepEqual(codes, ['secondhand', 'max-file-size'], 'the quote after the limit is not reported; the cut-off is');
    const notice = p.diagnostics[1];
    assert.equal(notice.severity, 3);
    assert.match(notice.message, /first 1,000 of \d[\d,]* characters/);
    const line = text.slice(0, 1000).split('\n').length - 1;
    assert.deepEqual(notice.range.start, { line, character: 1000 - (text.lastIndexOf('\n', 999) + 1) });
  });

  test('didClose clears the diagnostics', async () => {
    const from = s.diagnostics.items.length;
    s.conn.sendNotification('textDocument/didClose', { textDocument: { uri: URI } });
    const p = await s.diagnostics.waitFor((d) => d.uri === URI, 'diagnostics after close', from);
    assert.deepEqual(p.diagnostics, []);
  });

  test('the seed article: TASS quote hover shows the full chain', async () => {
    const seed = path.join(ROOT, 'seeds', '000_196e15989cac9fdd.txt');
    const text = fs.readFileSync(seed, 'utf8');
    const uri = 'file:///tmp/factcheck-test/seed.txt';
    const from = s.diagnostics.items.length;
    s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
    await s.diagnostics.waitFor((d) => d.uri === uri, 'seed diagnostics', from);
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('according to TASS'));
    const h = (await s.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character: 10 } })) as Hover | null;
    const md = hoverText(h);
    assert.ok(md.includes('Dmitry Peskov → BBC → TASS → this article'), md);
    assert.ok(md.includes('Dmitry Peskov, Putin spokesman'), md);
  });

  test('shutdown then exit ends the process with code 0', async () => {
    assert.equal(await s.conn.sendRequest('shutdown'), null);
    s.conn.sendNotification('exit');
    const { code } = await s.exited;
    assert.equal(code, 0);
  });
});

test('the server exits when its stdin closes without a shutdown', async () => {
  const s = startServer();
  try {
    await initialize(s);
    s.proc.stdin.end();
    const res = await Promise.race([
      s.exited,
      new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 10_000).unref()),
    ]);
    assert.notEqual(res, 'timeout', 'server still running 10 s after stdin closed');
    assert.doesNotMatch(s.stderr(), /at .*\.js:\d+/, 'no stack trace');
  } finally {
    s.kill();
  }
});

test('the server starts on stdio without a transport argument', async () => {
  const s = startServer([]);
  try {
    const init = await initialize(s);
    assert.equal(init.serverInfo?.name, 'factcheck');
    s.proc.stdin.end();
    await s.exited;
  } finally {
    s.kill();
  }
});

test('clients without workspace/configuration: settings pushed with didChangeConfiguration', async () => {
  const s = startServer();
  try {
    await initialize(s, {}, false);
    const uri = 'file:///tmp/factcheck-test/push.md';
    s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: '“Nobody saw this coming.”\n' } });
    let p = await s.diagnostics.waitFor((d) => d.uri === uri, 'diagnostics with defaults');
    assert.deepEqual(p.diagnostics.map((d) => d.code), ['unattributed-quote']);
    const from = s.diagnostics.items.length;
    s.conn.sendNotification('workspace/didChangeConfiguration', { settings: { factcheck: { rules: { 'unattributed-quote': 'off' } } } });
    p = await s.diagnostics.waitFor((d) => d.uri === uri, 'diagnostics after pushed settings', from);
    assert.deepEqual(p.diagnostics, []);
    assert.equal(s.configRequests, 0, 'the server did not ask a client that cannot answer');
  } finally {
    s.kill();
  }
});
