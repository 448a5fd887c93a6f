// The web language server in a real browser: headless Chromium (Debian's /usr/bin/chromium, driven
// over the DevTools protocol on a pipe, no extra dependency) loads dist/browserServer.js as a Web
// Worker from a local HTTP server, and the page speaks JSON-RPC to it: initialize, didOpen ->
// publishDiagnostics, hover. Skipped with a message when Chromium is missing.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { after, before, test } from 'node:test';

const ROOT = path.resolve(__dirname, '..', '..');
const BUNDLE = path.join(ROOT, 'dist', 'browserServer.js');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const haveChromium = fs.existsSync(CHROMIUM);

/** Minimal DevTools-protocol client over --remote-debugging-pipe (fd 3 in, fd 4 out, NUL-separated JSON). */
class Cdp {
  private id = 0;
  private buf = '';
  private pending = new Map<number, { resolve: (r: unknown) => void; reject: (e: Error) => void }>();
  private listeners: ((m: { method: string; params: unknown; sessionId?: string }) => void)[] = [];
  constructor(private readonly input: Writable, output: Readable) {
    output.setEncoding('utf8');
    output.on('data', (chunk: string) => {
      this.buf += chunk;
      let i: number;
      while ((i = this.buf.indexOf('\0')) >= 0) {
        const msg = JSON.parse(this.buf.slice(0, i));
        this.buf = this.buf.slice(i + 1);
        if (msg.id !== undefined) {
          const p = this.pending.get(msg.id);
          this.pending.delete(msg.id);
          if (msg.error) p?.reject(new Error(`${msg.error.message} ${msg.error.data ?? ''}`));
          else p?.resolve(msg.result);
        } else for (const l of this.listeners) l(msg);
      }
    });
  }
  send<R = Record<string, unknown>>(method: string, params: unknown = {}, sessionId?: string): Promise<R> {
    const id = ++this.id;
    this.input.write(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }) + '\0');
    return new Promise((resolve, reject) => this.pending.set(id, { resolve: resolve as (r: unknown) => void, reject }));
  }
  waitEvent(method: string, sessionId: string, timeoutMs = 15_000): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${method}`)), timeoutMs);
      const l = (m: { method: string; params: unknown; sessionId?: string }) => {
        if (m.method === method && m.sessionId === sessionId) {
          clearTimeout(timer);
          this.listeners = this.listeners.filter((x) => x !== l);
          resolve(m.params);
        }
      };
      this.listeners.push(l);
    });
  }
}

// Runs in the page: starts the worker and speaks LSP JSON-RPC (message objects over postMessage,
// exactly what vscode-languageclient/browser does).
const PAGE_SCRIPT = String.raw`
(async () => {
  const w = new Worker('/browserServer.js');
  const errors = [];
  w.addEventListener('error', (e) => errors.push(String(e.message)));
  const waitFor = (pred, what) => new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error('timed out waiting for ' + what + '; worker errors: ' + errors.join(' | '))), 10000);
    w.addEventListener('message', (e) => { if (pred(e.data)) { clearTimeout(t); resolve(e.data); } });
  });
  const text = 'Zoë 🎉 “We will win,” said Jane Doe, according to Reuters on Monday.\n\nThe vote failed.\n\n“Nobody saw this coming.”\n';
  const uri = 'file:///web/article.md';
  const init = waitFor((m) => m.id === 1, 'initialize');
  w.postMessage({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
  const r = await init;
  w.postMessage({ jsonrpc: '2.0', method: 'initialized', params: {} });
  const diags = waitFor((m) => m.method === 'textDocument/publishDiagnostics', 'diagnostics');
  w.postMessage({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'markdown', version: 1, text } } });
  const d = await diags;
  const hover = waitFor((m) => m.id === 2, 'hover');
  w.postMessage({ jsonrpc: '2.0', id: 2, method: 'textDocument/hover', params: { textDocument: { uri }, position: { line: 0, character: text.indexOf('said') + 1 } } });
  const h = await hover;
  w.terminate();
  return JSON.stringify({
    userAgent: navigator.userAgent,
    server: r.result.serverInfo,
    semanticTokens: !!r.result.capabilities.semanticTokensProvider,
    diagnostics: d.params.diagnostics.map((x) => ({ code: x.code, start: x.range.start })),
    hover: h.result && h.result.contents.value,
    quoteAt: text.indexOf('We will'),
  });
})()`;

let chrome: ChildProcess | undefined;
let cdp: Cdp | undefined;
let server: http.Server | undefined;
let profile: string | undefined;

before(() => {
  if (!haveChromium) return;
  assert.ok(fs.existsSync(BUNDLE), `${BUNDLE} is missing: run \`npm run build\` first`);
});

after(async () => {
  // Ask Chromium to close (it reaps its own children); kill its process group only if it does not exit.
  if (chrome && chrome.exitCode === null && cdp) {
    const c = chrome;
    const exit = new Promise<void>((resolve) => c.once('exit', () => resolve()));
    void cdp.send('Browser.close').catch(() => undefined);
    await Promise.race([exit, new Promise<void>((resolve) => setTimeout(resolve, 5000).unref())]);
  }
  if (chrome && chrome.exitCode === null && chrome.signalCode === null && chrome.pid) {
    try {
      process.kill(-chrome.pid, 'SIGKILL'); // its own process group: the wrapper script and every Chromium child
    } catch {
      chrome.kill('SIGKILL');
    }
  }
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  if (profile) fs.rmSync(profile, { recursive: true, force: true });
});

test('the browser server bundle runs as a Web Worker in headless Chromium', { skip: haveChromium ? false : `${CHROMIUM} not found` }, async () => {
  server = http.createServer((req, res) => {
    if (req.url === '/browserServer.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
      res.end(fs.readFileSync(BUNDLE));
    } else {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><meta charset="utf-8"><title>factcheck web server smoke test</title>');
    }
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  profile = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-chromium-'));
  chrome = spawn(
    CHROMIUM,
    ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--disable-extensions',
      '--remote-debugging-pipe', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'], detached: true },
  );
  let stderr = '';
  chrome.stderr!.on('data', (d) => (stderr += d));
  const client = (cdp = new Cdp(chrome.stdio[3] as Writable, chrome.stdio[4] as Readable));
  const exited = new Promise<never>((_, reject) => chrome!.on('exit', (code) => reject(new Error(`chromium exited (${code}): ${stderr.slice(-2000)}`))));
  const run = async () => {
    const cdp = client;
    const { targetId } = await cdp.send<{ targetId: string }>('Target.createTarget', { url: 'about:blank' });
    const { sessionId } = await cdp.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
    await cdp.send('Page.enable', {}, sessionId);
    const loaded = cdp.waitEvent('Page.loadEventFired', sessionId);
    await cdp.send('Page.navigate', { url: `http://127.0.0.1:${port}/` }, sessionId);
    await loaded;
    const r = await cdp.send<{ result: { value?: string }; exceptionDetails?: { exception?: { description?: string }; text: string } }>(
      'Runtime.evaluate', { expression: PAGE_SCRIPT, awaitPromise: true, returnByValue: true }, sessionId,
    );
    if (r.exceptionDetails) throw new Error(`page script failed: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
    return JSON.parse(r.result.value!);
  };
  const out = await Promise.race([run(), exited]);
  assert.match(out.userAgent, /Chrome/);
  assert.equal(out.server.name, 'factcheck');
  assert.equal(out.semanticTokens, true);
  assert.deepEqual(out.diagnostics.map((d: { code: string }) => d.code), ['secondhand', 'unattributed-quote']);
  assert.deepEqual(out.diagnostics[0].start, { line: 0, character: out.quoteAt });
  assert.match(out.hover, /Jane Doe → Reuters → this article/);
});
