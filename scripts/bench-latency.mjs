// Edit -> diagnostics latency through the real language server over stdio, for scripts/bench.mjs.
// Opens one document, then types one character at a time in its middle; each edit's latency is the
// time from sending textDocument/didChange to receiving textDocument/publishDiagnostics for that
// version. The next edit is sent after the previous one's diagnostics arrived.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-languageserver-protocol/node');
const { TextDocument } = require('vscode-languageserver-textdocument');

/** Settings for the measurement: no debounce, and a size limit above the largest document. */
export const BENCH_SETTINGS = { debounceMs: 0, maxFileSize: 50_000_000 };

/** CPU milliseconds (user + system, every thread) the process has used so far, from /proc; undefined elsewhere. */
function cpuMs(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / CLK_TCK;
  } catch {
    return undefined;
  }
}
/** Clock ticks per second of /proc/PID/stat times (USER_HZ: 100 on Linux). */
const CLK_TCK = 100;

function vmHwmMB(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * @param {string} serverJs path of dist/server.js
 * @param {string} text the document
 * @param {number} edits how many one-character edits to time
 * @returns {Promise<{ openMs: number, ms: number[], cpuMs?: number[], vmHwmMB?: number }>}  cpuMs: the server's CPU time (all threads) per edit
 */
export async function measureLatency(serverJs, text, edits, { timeoutMs = 300_000, languageId = 'plaintext' } = {}) {
  const proc = spawn(process.execPath, [serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  proc.stderr.on('data', (d) => (stderr += d));
  const conn = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  const uri = 'file:///bench/document.txt';
  let waiting = null;
  conn.onNotification('textDocument/publishDiagnostics', (p) => {
    if (waiting && p.uri === uri && p.version === waiting.version) {
      const w = waiting;
      waiting = null;
      w.resolve(performance.now());
    }
  });
  conn.onRequest('workspace/configuration', (p) => p.items.map((it) => (it.section === 'factcheck' ? BENCH_SETTINGS : null)));
  conn.onRequest('client/registerCapability', () => null);
  conn.onNotification('window/logMessage', () => undefined);
  conn.onNotification('window/showMessage', () => undefined);
  conn.onError(() => undefined);
  conn.listen();
  const diagnosticsFor = (version) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for version ${version} after ${timeoutMs} ms; server stderr: ${stderr.slice(-300)}`)), timeoutMs);
      waiting = { version, resolve: (t) => (clearTimeout(timer), resolve(t)) };
    });
  try {
    await conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: null,
      capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
    });
    await conn.sendNotification('initialized', {});
    let doc = TextDocument.create(uri, languageId, 1, text);
    let t0 = performance.now();
    let done = diagnosticsFor(1);
    await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    const openMs = (await done) - t0;
    const ms = [];
    const cpu = [];
    let at = Math.floor(text.length / 2);
    for (let i = 0; i < edits; i++) {
      const version = doc.version + 1;
      const pos = doc.positionAt(at);
      const change = { range: { start: pos, end: pos }, text: 'x' };
      doc = TextDocument.update(doc, [change], version);
      at++;
      done = diagnosticsFor(version);
      const c0 = cpuMs(proc.pid);
      t0 = performance.now();
      await conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
      ms.push((await done) - t0);
      const c1 = cpuMs(proc.pid);
      if (c0 !== undefined && c1 !== undefined) cpu.push(c1 - c0);
    }
    const hwm = vmHwmMB(proc.pid);
    await conn.sendRequest('shutdown');
    await conn.sendNotification('exit');
    return { openMs, ms, cpuMs: cpu.length === ms.length ? cpu : undefined, vmHwmMB: hwm };
  } finally {
    conn.dispose();
    if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
  }
}
