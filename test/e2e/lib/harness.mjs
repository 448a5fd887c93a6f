// Shared pieces of the code-server e2e runners: run folders, code-server start/stop (process group),
// chromium launch, named steps with expected-failure support, and cleanup on every exit path.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const E2E_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ROOT = path.resolve(E2E_DIR, '..', '..');
export const ARTIFACTS = process.env.E2E_ARTIFACTS || path.join(E2E_DIR, 'artifacts');
export const WORK = path.join(E2E_DIR, '.work');
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
export const SEED_NAME = '000_196e15989cac9fdd.txt';
export const PKG = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
export const EXTENSION_ID = `${PKG.publisher}.${PKG.name}`.toLowerCase();
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Names of checks expected to fail for now (features not landed): E2E_XFAIL="mark-claim,other". */
export const XFAIL = new Set((process.env.E2E_XFAIL || '').split(/[\s,]+/).filter(Boolean));

const T0 = Date.now();
export const elapsed = () => ((Date.now() - T0) / 1000).toFixed(2) + 's';
export function log(msg) { console.log(`[${elapsed()}] ${msg}`); }

export function codeServerBin() {
  const bin = process.env.CS_BIN;
  if (!bin) throw new Error('CS_BIN is not set: run scripts/install-code-server.sh and pass the launcher path it prints (test/e2e/run.sh does)');
  if (!fs.existsSync(bin)) throw new Error(`CS_BIN ${bin} does not exist`);
  return bin;
}

// ---------------------------------------------------------------- cleanup on every exit path
const cleanups = [];
export function onCleanup(fn) { cleanups.push(fn); }
let cleaning = null;
export function cleanup() {
  if (!cleaning) {
    cleaning = (async () => {
      for (const fn of cleanups.reverse()) { try { await fn(); } catch (e) { console.error('cleanup:', e.message); } }
    })();
  }
  return cleaning;
}
let interrupted = false;
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    interrupted = true; console.error(`\n${sig}: stopping code-server and chromium`); cleanup().finally(() => process.exit(128 + (sig === 'SIGINT' ? 2 : sig === 'SIGTERM' ? 15 : 1))); });
}
/** Synchronous last resort (process.exit, uncaught errors): kill the process groups we started. */
const groups = new Set();
process.on('exit', () => { for (const pgid of groups) { try { process.kill(-pgid, 'SIGKILL'); } catch { /* gone */ } } });

/** A hard deadline for the whole runner: never hang CI. */
export function deadline(ms, what) {
  const t = setTimeout(() => {
    console.error(`${what}: overall timeout of ${ms / 1000} s reached, aborting`);
    cleanup().finally(() => process.exit(124));
  }, ms);
  t.unref();
}

// ---------------------------------------------------------------- steps
export class Steps {
  constructor(title) { this.title = title; this.results = []; this.blocked = null; }
  /**
   * Run one named check. `fn` throws on failure (its message should say what was expected and what was seen).
   * `opts.required`: later steps are skipped when this one fails (they cannot be meaningful).
   */
  async step(name, description, fn, opts = {}) {
    if (interrupted) return undefined;
    if (this.blocked) {
      this.results.push({ name, status: XFAIL.has(name) ? 'XFAIL' : 'SKIP', msg: `skipped: needs step "${this.blocked}"` });
      log(`SKIP  ${name}: ${description} (needs step "${this.blocked}")`);
      return undefined;
    }
    const t = Date.now();
    const xfail = XFAIL.has(name);
    try {
      const value = await fn();
      const secs = ((Date.now() - t) / 1000).toFixed(1);
      if (xfail) {
        this.results.push({ name, status: 'XPASS', msg: `passed but is listed in E2E_XFAIL: remove "${name}" from E2E_XFAIL` });
        log(`XPASS ${name}: ${description} (${secs} s) -- listed in E2E_XFAIL, remove it`);
      } else {
        this.results.push({ name, status: 'PASS' });
        log(`PASS  ${name}: ${description} (${secs} s)`);
      }
      return value;
    } catch (e) {
      if (interrupted) return undefined; // stopping: the browser/server going away is not a test failure
      const msg = String(e && e.message ? e.message : e).split('\n').slice(0, 12).join('\n        ');
      this.results.push({ name, status: xfail ? 'XFAIL' : 'FAIL', msg });
      log(`${xfail ? 'XFAIL' : 'FAIL '} ${name}: ${description}\n        ${msg}`);
      if (opts.required) this.blocked = name;
      if (opts.onFail) { try { await opts.onFail(); } catch { /* diagnostics only */ } }
      return undefined;
    }
  }
  /** Records a result computed elsewhere (e.g. one test of the extension-host suite). */
  record(name, status, msg) { this.results.push({ name, status, msg }); }
  /** Prints the summary; returns true when nothing failed (XFAIL is fine, XPASS/SKIP/FAIL are not). */
  summary() {
    console.log(`\n== ${this.title}: summary`);
    for (const r of this.results) console.log(`  ${r.status.padEnd(5)} ${r.name}${r.msg && r.status !== 'PASS' ? ' -- ' + r.msg.split('\n')[0] : ''}`);
    const bad = this.results.filter((r) => !['PASS', 'XFAIL'].includes(r.status));
    const counts = {};
    for (const r of this.results) counts[r.status] = (counts[r.status] || 0) + 1;
    console.log(`  ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ')} -> ${bad.length ? 'FAILED' : 'OK'} (${elapsed()})`);
    return bad.length === 0;
  }
}

/** Polls `probe` (sync or async, returns a truthy value when done) until it succeeds or `ms` elapse. */
export async function waitFor(probe, ms, what) {
  const end = Date.now() + ms;
  let last;
  for (;;) {
    try { last = await probe(); if (last) return last; } catch (e) { last = e; }
    if (Date.now() > end) throw new Error(`timed out after ${ms / 1000} s waiting for ${what}${last instanceof Error ? ` (last error: ${last.message})` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

// ---------------------------------------------------------------- code-server
export function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

function httpStatus(url) {
  return new Promise((resolve, reject) => {
    const req = http.get(url, (res) => { res.resume(); resolve(res.statusCode); });
    req.on('error', reject);
    req.setTimeout(2000, () => req.destroy(new Error('timeout')));
  });
}

/** A fresh run folder with user data (settings pre-written), extensions dir, XDG dirs and a copy of seeds/. */
export function makeRun(kind, settings = {}) {
  fs.mkdirSync(WORK, { recursive: true });
  // keep the two previous run folders of this kind for post-mortems (logs are also copied to artifacts/)
  const old = fs.readdirSync(WORK).filter((d) => d.startsWith(`${kind}-`))
    .map((d) => ({ d, t: fs.statSync(path.join(WORK, d)).mtimeMs })).sort((a, b) => b.t - a.t).slice(2);
  for (const { d } of old) fs.rmSync(path.join(WORK, d), { recursive: true, force: true });
  const dir = fs.mkdtempSync(path.join(WORK, `${kind}-`));
  const run = {
    dir,
    userData: path.join(dir, 'user-data'),
    extensions: path.join(dir, 'extensions'),
    ws: path.join(dir, 'seeds'),
    config: path.join(dir, 'config.yaml'),
    env: { ...process.env, XDG_CONFIG_HOME: path.join(dir, 'xdg-config'), XDG_DATA_HOME: path.join(dir, 'xdg-data') },
  };
  fs.mkdirSync(path.join(run.userData, 'User'), { recursive: true });
  fs.mkdirSync(run.extensions, { recursive: true });
  // a copy, so commands that edit or save cannot touch the repository's seeds
  fs.cpSync(path.join(ROOT, 'seeds'), run.ws, { recursive: true });
  fs.writeFileSync(path.join(run.userData, 'User', 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'telemetry.telemetryLevel': 'off',
    'security.workspace.trust.enabled': false,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'update.mode': 'none',
    'editor.hover.delay': 200,
    'files.autoSave': 'off',
    'chat.commandCenter.enabled': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    // the run folder lives inside the repository's worktree: keep the git extension out of the way
    'git.enabled': false,
    'git.openRepositoryInParentFolders': 'never',
    ...settings,
  }, null, 2));
  return run;
}

export function codeServerArgs(run) {
  return ['--config', run.config, '--user-data-dir', run.userData, '--extensions-dir', run.extensions];
}

export function installVsix(run, vsix) {
  const out = execFileSync(codeServerBin(), [...codeServerArgs(run), '--install-extension', vsix],
    { env: run.env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120000 });
  const last = out.trim().split('\n').pop();
  if (!/successfully installed/i.test(out)) throw new Error(`code-server --install-extension did not report success: ${out.trim()}`);
  const installed = fs.readdirSync(run.extensions).filter((d) => d.toLowerCase().startsWith(EXTENSION_ID + '-'));
  if (installed.length !== 1) throw new Error(`expected one ${EXTENSION_ID}-* folder in ${run.extensions}, found: ${fs.readdirSync(run.extensions).join(', ') || 'nothing'}`);
  return last;
}

/** Starts code-server detached (own process group) and waits for /healthz. Returns { port, pid, url }. */
export async function startCodeServer(run, extraArgs = []) {
  const port = await freePort();
  fs.writeFileSync(run.config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const logFile = path.join(run.dir, 'code-server.log');
  const fd = fs.openSync(logFile, 'w');
  const cs = spawn(codeServerBin(), [...codeServerArgs(run), '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override', '--ignore-last-opened', ...extraArgs],
  { env: run.env, stdio: ['ignore', fd, fd], detached: true });
  fs.closeSync(fd);
  groups.add(cs.pid);
  let exited = null;
  cs.on('exit', (code, sig) => { exited = `code-server exited (${code ?? sig}); see ${logFile}`; });
  onCleanup(async () => {
    try { process.kill(-cs.pid, 'SIGTERM'); } catch { groups.delete(cs.pid); return; }
    // give it a moment to stop its extension host, then make sure the whole group is gone
    await waitFor(() => { try { process.kill(-cs.pid, 0); return false; } catch { return true; } }, 5000, 'code-server to stop').catch(() => {
      try { process.kill(-cs.pid, 'SIGKILL'); } catch { /* gone */ }
    });
    groups.delete(cs.pid);
  });
  await waitFor(async () => {
    if (exited) throw Object.assign(new Error(exited), { fatal: true });
    return (await httpStatus(`http://127.0.0.1:${port}/healthz`)) === 200;
  }, 60000, `code-server /healthz on port ${port} (log: ${logFile})`);
  return { port, pid: cs.pid, logFile, authority: `127.0.0.1:${port}` };
}

export async function launchChromium(run) {
  const { chromium } = await import('playwright-core');
  const context = await chromium.launchPersistentContext(path.join(run.dir, 'chromium-profile'), {
    executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1400, height: 900 },
  });
  onCleanup(() => context.close());
  const page = context.pages()[0] || (await context.newPage());
  return { context, page };
}

/** The installed extension's manifest (from the extensions dir), or null. */
export function installedManifest(run) {
  const dir = fs.readdirSync(run.extensions).find((d) => d.toLowerCase().startsWith(EXTENSION_ID + '-'));
  return dir ? JSON.parse(fs.readFileSync(path.join(run.extensions, dir, 'package.json'), 'utf8')) : null;
}

/** All log files code-server and its extension host wrote for this run (user-data/logs/**). */
export function logFiles(run) {
  const out = [];
  const walk = (p) => {
    if (!fs.existsSync(p)) return;
    for (const e of fs.readdirSync(p, { withFileTypes: true })) {
      const f = path.join(p, e.name);
      if (e.isDirectory()) walk(f); else if (e.name.endsWith('.log')) out.push(f);
    }
  };
  walk(path.join(run.userData, 'logs'));
  return out;
}

/** Copies the run's logs next to the screenshots, for CI artifacts. */
export function saveLogs(run, prefix) {
  const dest = path.join(ARTIFACTS, `${prefix}-logs`);
  fs.rmSync(dest, { recursive: true, force: true });
  fs.mkdirSync(dest, { recursive: true });
  const files = logFiles(run);
  const cs = path.join(run.dir, 'code-server.log');
  if (fs.existsSync(cs)) files.push(cs);
  for (const f of files) {
    const rel = path.relative(run.dir, f).replace(/[/\\]/g, '__');
    fs.copyFileSync(f, path.join(dest, rel));
  }
  return dest;
}
