// Robustness of the real language server over stdio (node dist/server.js --stdio, real JSON-RPC):
// bad settings, a huge document next to a small one, a rule that throws, a client that goes away,
// and input that is not what LSP promises. Waits are on events (diagnostics, responses, exits).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { initialize, type TestServer } from '../server/lsp-client';
import { buildTestServer, exitWithin, ROOT, spawnServer } from './helpers';
import { THROWING_RULE_ID } from './fixtures/throwing-rule';

const QUOTE_LINE = '\u201cWe will win,\u201d said Jane Doe, according to Reuters.';
const UNATTRIBUTED = 'The vote failed.\n\u201cNobody saw this coming.\u201d\n';

function open(s: TestServer, uri: string, text: string, version = 1, languageId = 'plaintext') {
  return s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
}
const diagnosticsFor = (s: TestServer, uri: string, version: number, from = 0, timeoutMs = 20_000) =>
  s.diagnostics.waitFor((d) => d.uri === uri && d.version === version, `diagnostics for ${uri} v${version}`, from, timeoutMs);
const codes = (ds: Diagnostic[]) => ds.map((d) => String(d.code)).sort();
/** Resolves once `cond()` holds (checked on every turn of the event loop), rejects after `ms`. */
function until(cond: () => boolean, what: string, ms = 10_000): Promise<void> {
  const t0 = Date.now();
  return new Promise((resolve, reject) => {
    const tick = () => (cond() ? resolve() : Date.now() - t0 > ms ? reject(new Error(`timed out waiting for ${what}`)) : setImmediate(tick));
    tick();
  });
}

describe('robustness: settings', () => {
  let s: TestServer;
  before(async () => {
    s = spawnServer();
    s.config.factcheck = {
      debounceMs: -5,
      maxFileSize: 1e300,
      enable: 'yes',
      run: 42,
      languages: 'plaintext',
      rules: { secondhand: 'loud', 'unattributed-quote': 7 },
      lexicon: { outlets: 'TASS', speechVerbs: [1, 2], vagueSources: Array(20_000).fill('x') },
      trace: { server: 'chatty' },
      organization: { url: 'not a url' },
    };
    await initialize(s);
  });
  after(() => s.kill());

  test('wrong types, huge numbers, a negative debounce: defaults are used, one message per bad value, the server keeps checking', async () => {
    const uri = 'file:///robust/settings.txt';
    await open(s, uri, `${QUOTE_LINE}\n${UNATTRIBUTED}`);
    const d = await diagnosticsFor(s, uri, 1);
    // Defaults: enabled, plaintext checked, default rule levels (secondhand is a warning).
    assert.deepEqual(codes(d.diagnostics), ['secondhand', 'unattributed-quote']);
    assert.equal(d.diagnostics.find((x) => x.code === 'secondhand')?.severity, 2);
    const expected = ['debounceMs', 'maxFileSize', 'enable', 'run', 'languages', 'rules.secondhand', 'rules.unattributed-quote', 'lexicon.outlets', 'lexicon.speechVerbs', 'lexicon.vagueSources', 'trace.server', 'organization.url'];
    for (const key of expected) await s.messages.waitFor((m) => m.message.startsWith(`factcheck.${key}:`), `a message about factcheck.${key}`);
    // The settings are read again after a change notification: the same problems are not repeated.
    const before = s.messages.items.length;
    await s.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await s.conn.sendNotification('textDocument/didSave', { textDocument: { uri } });
    await s.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: QUOTE_LINE }] });
    await diagnosticsFor(s, uri, 2);
    assert.ok(s.configRequests >= 2, 'settings were read again');
    assert.deepEqual(s.messages.items.slice(before).map((m) => m.message), []);
    for (const key of expected) assert.equal(s.messages.items.filter((m) => m.message.startsWith(`factcheck.${key}:`)).length, 1, key);
    assert.match(s.messages.items.find((m) => m.message.startsWith('factcheck.debounceMs:'))!.message, /using 300/);
  });

  test('a settings section that is not an object: one message, defaults, still checking', async () => {
    const from = s.messages.items.length;
    s.config.factcheck = 'strict please';
    await s.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const uri = 'file:///robust/settings2.txt';
    await open(s, uri, UNATTRIBUTED);
    assert.deepEqual(codes((await diagnosticsFor(s, uri, 1)).diagnostics), ['unattributed-quote']);
    await s.messages.waitFor((m) => /expected an object of settings/.test(m.message), 'a message about the settings section', from);
  });
});

describe('robustness: scheduling', () => {
  let s: TestServer;
  before(async () => {
    s = spawnServer();
    s.config.factcheck = { maxFileSize: 50_000_000, debounceMs: 300 };
    await initialize(s);
  });
  after(() => s.kill());

  test('while a 10 MB document is analysed, a hover on a small document answers first (the message loop is not blocked)', async () => {
    const big = 'file:///robust/big.txt';
    const small = 'file:///robust/small.txt';
    const para = `${QUOTE_LINE} The committee met on Tuesday and critics said the plan would cost 40 percent more than promised.\n\n`;
    const text = para.repeat(Math.ceil(10_000_000 / para.length));
    assert.ok(text.length >= 10_000_000);
    const events: string[] = [];
    const bigDone = diagnosticsFor(s, big, 1, 0, 300_000).then((d) => {
      events.push('big diagnostics');
      return d;
    });
    await open(s, big, text);
    // The big document's check has started once the server asked for its settings; then open the small one and hover.
    await open(s, small, QUOTE_LINE);
    await diagnosticsFor(s, small, 1);
    events.push('small diagnostics');
    const hover = (await s.conn.sendRequest('textDocument/hover', { textDocument: { uri: small }, position: { line: 0, character: 3 } })) as Hover | null;
    events.push('small hover');
    assert.match(JSON.stringify(hover?.contents), /Jane Doe/);
    const d = await bigDone;
    assert.deepEqual(events, ['small diagnostics', 'small hover', 'big diagnostics']);
    assert.ok(d.diagnostics.length > 1000, `${d.diagnostics.length} diagnostics on the big document`);
    assert.equal(d.diagnostics.filter((x) => x.code === 'max-file-size').length, 0, 'not truncated (maxFileSize 50,000,000)');
  });

  test('an edit typed just before a save (onType, inside the debounce) is still checked', async () => {
    const uri = 'file:///robust/save.txt';
    await open(s, uri, QUOTE_LINE);
    await diagnosticsFor(s, uri, 1);
    await s.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: UNATTRIBUTED }] });
    await s.conn.sendNotification('textDocument/didSave', { textDocument: { uri } });
    const d = await diagnosticsFor(s, uri, 2);
    assert.deepEqual(codes(d.diagnostics), ['unattributed-quote']);
  });

  test('the large-file limit applies when set and says so (a diagnostic where checking stopped, a log line)', async () => {
    const uri = 'file:///robust/limit.txt';
    s.config.factcheck = { maxFileSize: 1000, debounceMs: 0 };
    await s.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const text = `${UNATTRIBUTED}${'Filler sentence without quotes. '.repeat(60)}\n${UNATTRIBUTED}`;
    await open(s, uri, text);
    const d = await diagnosticsFor(s, uri, 1);
    const notice = d.diagnostics.find((x) => x.code === 'max-file-size');
    assert.ok(notice, JSON.stringify(d.diagnostics));
    assert.match(notice.message, /first 1,000 of 2,/);
    assert.equal(d.diagnostics.filter((x) => x.code === 'unattributed-quote').length, 1, 'only the quote before the cut');
    await s.logs.waitFor((m) => m.message.includes('limit.txt') && /maxFileSize/.test(m.message), 'a log line naming the file and the setting');
  });
});

describe('robustness: a rule that throws', () => {
  let s: TestServer;
  let cleanup = () => undefined as void;
  before(async () => {
    // A test-only server build with one extra rule that always throws (nothing shipped can register it).
    const built = await buildTestServer(path.join(ROOT, 'test/robust/fixtures/throwing-rule-server.ts'));
    cleanup = built.cleanup;
    s = spawnServer(built.file);
    s.config.factcheck = { debounceMs: 0, maxFileSize: 50_000_000 };
    await initialize(s);
  });
  after(() => {
    s?.kill();
    cleanup();
  });

  for (const [name, size] of [['in-thread (small document)', 1], ['in the worker (large document)', 4000]] as const) {
    test(`other rules still report and the failure is logged to the output channel once: ${name}`, async () => {
      const uri = `file:///robust/throws-${size}.txt`;
      const text = `${QUOTE_LINE}\n${UNATTRIBUTED}`.repeat(size);
      const from = s.logs.items.length;
      await open(s, uri, text);
      const d = await diagnosticsFor(s, uri, 1, 0, 60_000);
      assert.ok(d.diagnostics.some((x) => x.code === 'secondhand') && d.diagnostics.some((x) => x.code === 'unattributed-quote'), JSON.stringify(codes(d.diagnostics).slice(0, 5)));
      assert.ok(!d.diagnostics.some((x) => x.code === THROWING_RULE_ID));
      const log = await s.logs.waitFor((m) => m.message.includes(`rule ${THROWING_RULE_ID}`), 'a log line about the throwing rule', size === 1 ? from : 0);
      assert.match(log.message, /deliberate failure inside a rule/);
      assert.equal(s.proc.exitCode, null, 'the server is still running');
    });
  }
});

describe('robustness: the client goes away', () => {
  test('stdin closes without shutdown, while a large document is being analysed: the server exits', async () => {
    const s = spawnServer();
    try {
      s.config.factcheck = { maxFileSize: 50_000_000 };
      await initialize(s);
      await open(s, 'file:///robust/gone.txt', `${QUOTE_LINE}\n`.repeat(100_000));
      await until(() => s.configRequests > 0, 'the server reading the settings for the document (its check starts)');
      s.proc.stdin.end();
      const r = await exitWithin(s, 10_000);
      assert.notEqual(r, 'timeout', 'still running 10 s after stdin closed');
      assert.equal((r as { code: number }).code, 1, 'exit status 1: no shutdown request came first');
    } finally {
      s.kill();
    }
  });

  test('shutdown then stdin closes: exit status 0', async () => {
    const s = spawnServer();
    try {
      await initialize(s);
      await s.conn.sendRequest('shutdown');
      s.proc.stdin.end();
      const r = await exitWithin(s, 10_000);
      assert.deepEqual(r, { code: 0, signal: null });
    } finally {
      s.kill();
    }
  });

  test('the client process (initialize.processId) dies: the server exits', async () => {
    const client = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    const s = spawnServer();
    try {
      await s.conn.sendRequest('initialize', { processId: client.pid, rootUri: null, capabilities: {} });
      await s.conn.sendNotification('initialized', {});
      client.kill('SIGKILL');
      const r = await exitWithin(s, 15_000);
      assert.notEqual(r, 'timeout', 'still running 15 s after the client process died');
    } finally {
      client.kill('SIGKILL');
      s.kill();
    }
  });
});

describe('robustness: input that is not what LSP promises', () => {
  test('unknown documents, out-of-range positions, stale and unknown versions, unknown methods: answered, no crash', async () => {
    const s = spawnServer();
    try {
      await initialize(s);
      const uri = 'file:///robust/abuse.txt';
      assert.equal(await s.conn.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///never-opened.txt' }, position: { line: 0, character: 0 } }), null);
      await s.conn.sendNotification('textDocument/didChange', { textDocument: { uri: 'file:///never-opened.txt', version: 2 }, contentChanges: [{ text: 'x' }] });
      await s.conn.sendNotification('textDocument/didClose', { textDocument: { uri: 'file:///never-opened.txt' } });
      await open(s, uri, QUOTE_LINE);
      await diagnosticsFor(s, uri, 1);
      for (const position of [{ line: 1e9, character: 1e9 }, { line: 0, character: 1e9 }, { line: -1, character: -5 }]) {
        await s.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position });
      }
      await s.conn.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } });
      await s.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 5, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } });
      await assert.rejects(s.conn.sendRequest('factcheck/no-such-request', {}), /Unhandled method|not found/i);
      await s.conn.sendNotification('factcheck/no-such-notification', { x: 1 });
      // An edit whose range lies past the end of the document is clamped, not fatal.
      await s.conn.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: 2 },
        contentChanges: [{ range: { start: { line: 99, character: 0 }, end: { line: 99, character: 5 } }, text: `\n${UNATTRIBUTED}` }],
      });
      const d = await diagnosticsFor(s, uri, 2);
      assert.deepEqual(codes(d.diagnostics), ['secondhand', 'unattributed-quote']);
      assert.equal(s.proc.exitCode, null);
      assert.doesNotMatch(s.stderr(), /uncaught|unhandled/i);
    } finally {
      s.kill();
    }
  });

  test('a body that is not JSON is skipped; a header that is not LSP ends the server with one line and status 1', async () => {
    const s = spawnServer();
    try {
      s.proc.stdin.write('Content-Length: 5\r\n\r\n{{{{{');
      await initialize(s); // still answered after the bad body
      await s.conn.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///x.txt' }, position: { line: 0, character: 0 } });
      s.proc.stdin.write('this is not a header\r\n\r\n');
      const r = await exitWithin(s, 10_000);
      assert.deepEqual(r, { code: 1, signal: null });
      const lines = s.stderr().trim().split('\n');
      assert.equal(lines.length, 2, s.stderr());
      assert.match(lines[0], /skipped a message that is not JSON-RPC/);
      assert.match(lines[1], /^factcheck server: unreadable input from the client, exiting: /);
    } finally {
      s.kill();
    }
  });
});
