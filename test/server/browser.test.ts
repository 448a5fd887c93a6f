// The web build (VS Code for the web): the browser bundles reach no Node built-in, and the browser
// language server answers real JSON-RPC when run as a worker whose `self` is a message port.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Worker } from 'node:worker_threads';
import { createProtocolConnection, PortMessageReader, PortMessageWriter } from 'vscode-languageserver-protocol/node';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { initialize, ROOT, wireClient, type TestClient } from './lsp-client';

const BROWSER_SERVER = path.join(ROOT, 'dist', 'browserServer.js');
const BROWSER_CLIENT = path.join(ROOT, 'dist', 'browserClient.js');
const BUILTINS = new Set(['fs', 'path', 'os', 'child_process', 'net', 'http', 'https', 'crypto', 'stream', 'worker_threads', 'util', 'url', 'events', 'tty', 'readline', 'zlib', 'module', 'vm', 'assert', 'buffer']);

/** Every module name the bundle requires at run time. */
function requires(file: string): string[] {
  const code = fs.readFileSync(file, 'utf8');
  return [...code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]);
}

describe('browser bundles', () => {
  test('the worker server bundle requires nothing (no Node built-ins, no process.*)', () => {
    assert.ok(fs.existsSync(BROWSER_SERVER), `${BROWSER_SERVER} is missing: run \`npm run build\` first`);
    assert.deepEqual(requires(BROWSER_SERVER), []);
    const code = fs.readFileSync(BROWSER_SERVER, 'utf8');
    assert.doesNotMatch(code, /\bprocess\.(argv|stdin|stdout|exit|on)\b/);
    assert.doesNotMatch(code, /["']node:[a-z_]+["']/);
  });

  test('the web client bundle requires only vscode', () => {
    const names = [...new Set(requires(BROWSER_CLIENT))];
    assert.deepEqual(names, ['vscode']);
    assert.ok(!names.some((n) => BUILTINS.has(n.replace(/^node:/, ''))));
  });

  test('package.json points at the web client and .vscodeignore ships both bundles', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { browser?: string };
    assert.equal(pkg.browser, './dist/browserClient.js');
    const ignore = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split(/\r?\n/);
    for (const f of ['dist/browserClient.js', 'dist/browserServer.js']) assert.ok(ignore.includes('!' + f), f);
  });
});

// A worker_threads Worker stands in for a Web Worker: its `self` forwards postMessage/onmessage to
// the parent port, exactly the surface BrowserMessageReader/Writer use.
const SHIM = `
const { parentPort, workerData } = require('node:worker_threads');
const listeners = [];
const self = {
  onmessage: null,
  postMessage: (m) => parentPort.postMessage(m),
  addEventListener: (type, f) => { if (type === 'message') listeners.push(f); },
  removeEventListener: () => {},
};
parentPort.on('message', (data) => {
  const e = { data };
  if (typeof self.onmessage === 'function') self.onmessage(e);
  for (const f of listeners) f(e);
});
globalThis.self = self;
require(workerData.bundle);
`;

describe('browser server bundle in a worker', () => {
  let worker: Worker;
  let c: TestClient;
  const uri = 'file:///tmp/factcheck-web/article.md';
  const text = 'Zoë’s café 🎉 “We will win,” said Jane Doe, according to Reuters on Monday.\n';

  before(async () => {
    worker = new Worker(SHIM, { eval: true, workerData: { bundle: BROWSER_SERVER } });
    c = wireClient(createProtocolConnection(new PortMessageReader(worker), new PortMessageWriter(worker)));
    const init = await initialize(c, { statusNotification: true });
    assert.equal(init.serverInfo?.name, 'factcheck');
    assert.ok(init.capabilities.semanticTokensProvider);
    assert.ok(init.capabilities.codeActionProvider);
  });
  after(async () => {
    c?.conn.dispose();
    await worker?.terminate();
  });

  test('didOpen -> publishDiagnostics with UTF-16 ranges; hover; sources; status', async () => {
    c.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const p = await c.diagnostics.waitFor((d) => d.uri === uri, 'diagnostics from the web server');
    assert.deepEqual(p.diagnostics.map((d) => d.code), ['secondhand']);
    assert.deepEqual(p.diagnostics[0].range.start, { line: 0, character: text.indexOf('We will') });
    const status = await c.notifications.waitFor((n) => n.method === 'factcheck/status', 'a status notification');
    assert.deepEqual((status.params as { counts: unknown }).counts, { error: 0, warning: 1, information: 0, hint: 0 });
    const h = (await c.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: text.indexOf('said') + 1 } })) as Hover;
    assert.match((h.contents as MarkupContent).value, /Jane Doe → Reuters → this article/);
    const s = (await c.conn.sendRequest('factcheck/sources', { textDocument: { uri } })) as { sources: { name: string }[] };
    assert.deepEqual(s.sources.map((x) => x.name), ['Jane Doe']);
  });
});
