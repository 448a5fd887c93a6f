// Helpers for the robustness tests: spawn a server bundle (the built one or a test-only build) over
// stdio and talk real JSON-RPC to it (test/server/lsp-client.ts does the talking).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { ROOT, SERVER, wireClient, type TestServer } from '../server/lsp-client';

export { ROOT, SERVER };

/** Spawns `node script --stdio` and wires a test client to it. */
export function spawnServer(script = SERVER, args = ['--stdio']): TestServer {
  if (!fs.existsSync(script)) throw new Error(`${script} is missing: run \`npm run build\` first`);
  const proc = spawn(process.execPath, [script, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  let err = '';
  proc.stderr.on('data', (d) => (err += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => proc.on('exit', (code, signal) => resolve({ code, signal })));
  const conn = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  return Object.assign(wireClient(conn), {
    proc,
    exited,
    stderr: () => err,
    kill: () => {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
    },
  });
}

/** Bundles a test-only server entry (like esbuild.mjs bundles server/src/node.ts) into a temp folder. */
export async function buildTestServer(entry: string): Promise<{ file: string; cleanup: () => void }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-robust-'));
  const file = path.join(dir, 'server.js');
  await esbuild.build({
    entryPoints: [entry], outfile: file, bundle: true, platform: 'node', format: 'cjs', target: 'node20',
    mainFields: ['module', 'main'], logLevel: 'warning', absWorkingDir: ROOT,
  });
  return { file, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** Resolves with how the process ended, or 'timeout' after `ms`. */
export function exitWithin(s: TestServer, ms: number): Promise<{ code: number | null; signal: NodeJS.Signals | null } | 'timeout'> {
  return Promise.race([s.exited, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), ms).unref())]);
}
