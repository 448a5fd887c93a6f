#!/usr/bin/env node
// Runs the same extension-host suite (test/e2e/suite/index.js) in desktop VS Code with @vscode/test-electron.
// For machines WITH internet: test-electron downloads VS Code from update.code.visualstudio.com into .vscode-test/.
// Offline it cannot work (no desktop VS Code comes from npm or apt): it checks first and says so (exit 2).
// Use test/e2e/run-api-tests.mjs (code-server, offline) there.
//
// Env: VSCODE_EXECUTABLE  use this desktop VS Code instead of downloading one (skips the network check)
//      VSCODE_VERSION     version to download (default: stable)
//      E2E_XFAIL          test ids expected to fail for now
// Linux without a display: run under `xvfb-run -a node test/e2e/run-test-electron.mjs`.
import { spawnSync } from 'node:child_process';
import dns from 'node:dns/promises';
import fs from 'node:fs';
import https from 'node:https';
import path from 'node:path';
import { E2E_DIR, ROOT, WORK, deadline } from './lib/harness.mjs';
import { cliScan } from './run-api-tests.mjs';

const UPDATE_HOST = 'update.code.visualstudio.com';

function fail(code, msg) { console.error(`run-test-electron: ${msg}`); process.exit(code); }

async function checkNetwork() {
  const t = (ms, what) => new Promise((_, rej) => setTimeout(() => rej(new Error(`${what}: no answer within ${ms / 1000} s`)), ms).unref());
  await Promise.race([dns.lookup(UPDATE_HOST), t(5000, `DNS lookup of ${UPDATE_HOST}`)]);
  await Promise.race([new Promise((resolve, reject) => {
    const req = https.get(`https://${UPDATE_HOST}/api/releases/stable`, (res) => { res.resume(); res.statusCode < 500 ? resolve() : reject(new Error(`HTTP ${res.statusCode}`)); });
    req.on('error', reject);
  }), t(10000, `HTTPS request to ${UPDATE_HOST}`)]);
}

deadline(Number(process.env.E2E_TIMEOUT_MS || 900000), 'test-electron');
const executable = process.env.VSCODE_EXECUTABLE;
if (!executable) {
  try {
    await checkNetwork();
  } catch (e) {
    fail(2, `needs internet to download desktop VS Code from ${UPDATE_HOST}, which is unreachable here (${e.code || e.message}).\n`
      + '  Offline, run the same suite in code-server instead: node test/e2e/run-api-tests.mjs (part of npm run test:e2e),\n'
      + '  or point VSCODE_EXECUTABLE at an installed desktop VS Code.');
  }
}
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.warn('run-test-electron: no DISPLAY: desktop VS Code needs one; on a headless machine use `xvfb-run -a node test/e2e/run-test-electron.mjs`');
}

// the extension from the sources (dev build), the workspace a copy of seeds/
const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: 'inherit' });
if (build.status !== 0) fail(1, 'node esbuild.mjs failed');
fs.mkdirSync(WORK, { recursive: true });
const runDir = fs.mkdtempSync(path.join(WORK, 'electron-'));
const ws = path.join(runDir, 'seeds');
fs.cpSync(path.join(ROOT, 'seeds'), ws, { recursive: true });
const scanFile = path.join(runDir, 'cli-scan.json');
console.log(`run-test-electron: CLI reference scan: ${cliScan(scanFile, ws)}`);

const { runTests } = await import('@vscode/test-electron');
const launchArgs = [ws, '--disable-extensions', '--disable-gpu', '--skip-welcome', '--skip-release-notes', '--disable-workspace-trust'];
if (process.getuid && process.getuid() === 0) launchArgs.push('--no-sandbox'); // Electron refuses to run as root otherwise
try {
  await runTests({
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: path.join(E2E_DIR, 'suite', 'index.js'),
    extensionTestsEnv: { E2E_CLI_SCAN: scanFile, E2E_XFAIL: process.env.E2E_XFAIL || '' },
    launchArgs,
    ...(executable ? { vscodeExecutablePath: executable } : { version: process.env.VSCODE_VERSION || 'stable', timeout: 30000 }),
  });
  console.log('run-test-electron: suite passed');
} catch (e) {
  fail(1, `suite failed: ${e && e.message ? e.message : e}`);
}
