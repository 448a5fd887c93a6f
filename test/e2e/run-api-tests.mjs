#!/usr/bin/env node
// Runs the extension-host test suite (test/e2e/suite/index.js, mocha) inside code-server's node extension host,
// as @vscode/test-electron would in desktop VS Code. Offline. The extension under test is the packaged .vsix,
// unpacked and loaded as the development extension through VS Code's web-integration-test hook:
//   ?payload=[["extensionDevelopmentPath",..],["extensionTestsPath",..]]  + window.codeAutomationLog/codeAutomationExit
// Env: CS_BIN (required), VSIX (default factcheck-<version>.vsix), E2E_XFAIL (test ids expected to fail).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import util from 'node:util';
import {
  E2E_DIR, PKG, ROOT, SEED_NAME, Steps, cleanup, deadline, launchChromium, log, makeRun, saveLogs, startCodeServer,
} from './lib/harness.mjs';
import { listZip, readZipEntry } from '../../scripts/package.mjs';

const VSIX = path.resolve(process.env.VSIX || path.join(ROOT, `${PKG.name}-${PKG.version}.vsix`));
const SUITE = path.join(E2E_DIR, 'suite', 'index.js');
const SUITE_TIMEOUT_MS = Number(process.env.E2E_SUITE_TIMEOUT_MS || 180000);
const steps = new Steps('extension-host API suite (code-server)');
let run;

/** Writes `factcheck scan --format json` of the seed to a file; the suite compares the editor's diagnostics with it. */
export function cliScan(outFile, seedDir) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'factcheck.js'), 'scan', '--format', 'json', path.join(seedDir, SEED_NAME)],
    { cwd: seedDir, encoding: 'utf8', timeout: 60000 });
  fs.writeFileSync(outFile, r.stdout || '');
  return `exit ${r.status ?? r.signal}, ${(r.stdout || '').length} bytes of output${r.stderr ? `, stderr: ${r.stderr.trim().split('\n')[0]}` : ''}`;
}

async function main() {
  deadline(Number(process.env.E2E_TIMEOUT_MS || 300000), 'API suite');
  run = makeRun('api');
  log(`run folder ${run.dir}`);
  const req = { required: true };
  const extDir = path.join(run.dir, 'extension-under-test');

  await steps.step('vsix-unpack', `unpack ${path.basename(VSIX)} as the development extension`, () => {
    if (!fs.existsSync(VSIX)) throw new Error(`${VSIX} not found: run \`npm run package\` first`);
    const zip = listZip(VSIX);
    for (const e of zip.entries) {
      if (!e.name.startsWith('extension/') || e.name.endsWith('/')) continue;
      const dest = path.join(extDir, e.name.slice('extension/'.length));
      if (!dest.startsWith(extDir + path.sep)) throw new Error(`unsafe path in the package: ${e.name}`);
      fs.mkdirSync(path.dirname(dest), { recursive: true });
      fs.writeFileSync(dest, readZipEntry(zip, e));
    }
    if (!fs.existsSync(path.join(extDir, 'package.json'))) throw new Error('the package has no extension/package.json');
  }, req);

  const scanFile = path.join(run.dir, 'cli-scan.json');
  await steps.step('cli-scan', 'factcheck scan --format json on the seed (reference for the suite; its checks are in the suite)', () => {
    log(`  ${cliScan(scanFile, run.ws)}`);
  });
  process.env.E2E_CLI_SCAN = scanFile; // inherited by code-server and its extension host
  run.env.E2E_CLI_SCAN = scanFile;

  const server = await steps.step('code-server-start', 'code-server answers /healthz', () => startCodeServer(run), req);
  let page;
  await steps.step('chromium-launch', 'headless chromium starts', async () => { ({ page } = await launchChromium(run)); }, req);

  await steps.step('suite', `mocha suite ${path.relative(ROOT, SUITE)} passes in the extension host`, async () => {
    const output = [];
    let exitCode;
    let results = null;
    const done = new Promise((resolve) => {
      page.exposeFunction('codeAutomationLog', (type, args) => {
        const line = util.format(...(Array.isArray(args) ? args : [args]));
        if (/ENOTFOUND open-vsx\.org/.test(line)) return; // code-server's extension gallery, offline: expected
        const m = /^E2E-RESULT (.*)$/.exec(line);
        if (m) { try { results = JSON.parse(m[1]); } catch { /* reported below */ } return; }
        output.push(line);
        console.log(line.replace(/^/gm, '  | '));
      });
      page.exposeFunction('codeAutomationExit', (c) => { exitCode = c; resolve(c); });
    });
    const payload = JSON.stringify([
      ['extensionDevelopmentPath', `vscode-remote://${server.authority}${extDir}`],
      ['extensionTestsPath', `vscode-remote://${server.authority}${SUITE}`],
      ['skipWelcome', 'true'],
    ]);
    await page.goto(`http://${server.authority}/?folder=${encodeURIComponent(run.ws)}&payload=${encodeURIComponent(payload)}`);
    let timer;
    const timeout = new Promise((_, rej) => { timer = setTimeout(() => rej(new Error(`the suite did not finish within ${SUITE_TIMEOUT_MS / 1000} s`)), SUITE_TIMEOUT_MS); });
    try { await Promise.race([done, timeout]); } finally { clearTimeout(timer); }
    for (const r of results || []) steps.record(`suite/${r.id}`, r.status, r.msg);
    if (exitCode !== 0) {
      const bad = (results || []).filter((r) => r.status === 'FAIL').map((r) => r.id);
      throw new Error(`the suite exited with code ${exitCode}${bad.length ? ` (failed: ${bad.join(', ')})` : results ? '' : ' (no results: the suite did not load or run; see the log above)'}`);
    }
    if (!results || !results.length) throw new Error('the suite reported no test results');
  });
}

let ok = false;
if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    await main();
  } catch (e) {
    console.error('API suite runner error:', e);
  } finally {
    await cleanup();
    if (run) log(`logs copied to ${saveLogs(run, 'api')}; run folder ${run.dir}`);
    ok = steps.summary();
  }
  process.exitCode = ok ? 0 : 1;
}
