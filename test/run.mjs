#!/usr/bin/env node
// Runs every *.test.ts under test/ (or the folders/files given) with node:test, TypeScript via tsx.
// Usage: node test/run.mjs [path...]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.dirname(new URL(import.meta.url).pathname);
const args = process.argv.slice(2);
const skip = new Set(['e2e', 'fixtures', '.work']);
function walk(p, out) {
  const st = fs.statSync(p);
  if (st.isFile()) { if (/\.test\.[cm]?[tj]s$/.test(p)) out.push(p); return out; }
  for (const e of fs.readdirSync(p).sort()) if (!skip.has(e)) walk(path.join(p, e), out);
  return out;
}
const files = (args.length ? args : [root]).flatMap((a) => walk(path.resolve(a), []));
if (!files.length) { console.error('no test files found'); process.exit(1); }
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);
