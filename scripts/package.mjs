#!/usr/bin/env node
// `npm run package`: production build, then `vsce package` -> factcheck-<version>.vsix, then check what is inside.
// Fails when the package holds anything outside the allow-list below, misses a bundle, or is 2 MB or more.
// Usage: node scripts/package.mjs [--out FILE] [--skip-build]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const args = process.argv.slice(2);
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const outIdx = args.indexOf('--out');
const out = path.resolve(outIdx >= 0 ? args[outIdx + 1] : path.join(root, `${pkg.name}-${pkg.version}.vsix`));
const MAX_BYTES = 2 * 1024 * 1024;

// Every file the .vsix may contain (zip entry names), besides the files `contributes` points at. Required ones must be there.
const entry = (p) => p && `extension/${path.posix.normalize(p).replace(/^\.\//, '')}`;
/** Relative file paths the manifest's `contributes` points at (grammars, JSON schemas, icons...): they must ship. */
function contributedFiles(node, out = new Set()) {
  if (typeof node === 'string') {
    if (/^\.{0,2}\//.test(node) === false && !/^[\w.-]+\/[\w./-]+\.\w+$/.test(node)) return out;
    if (/^[a-z]+:/i.test(node) || node.startsWith('/')) return out;
    const rel = path.posix.normalize(node.replace(/^\.\//, ''));
    if (!rel.startsWith('..') && fs.existsSync(path.join(root, rel)) && fs.statSync(path.join(root, rel)).isFile()) out.add(`extension/${rel}`);
  } else if (node && typeof node === 'object') {
    for (const v of Object.values(node)) contributedFiles(v, out);
  }
  return out;
}
const CONTRIBUTED = contributedFiles(pkg.contributes || {});
const REQUIRED = [...CONTRIBUTED, 'extension.vsixmanifest', '[Content_Types].xml', 'extension/package.json', 'extension/dist/server.js',
  entry(pkg.main), entry(pkg.browser), entry(pkg.icon)].filter(Boolean);
const ALLOWED = [
  /^extension\.vsixmanifest$/,
  /^\[Content_Types\]\.xml$/,
  /^extension\/package\.json$/,
  /^extension\/readme\.md$/i,
  /^extension\/changelog\.md$/i,
  /^extension\/LICENSE(\.txt|\.md)?$/i,
  /^extension\/dist\/(client|server|browserClient|browserServer)\.js$/, // the bundles (no .map, no cli.js)
  /^extension\/syntaxes\/[^/]+\.json$/,
  /^extension\/images\/[^/]+\.(png|svg)$/, // icon, view icons
];

function fail(msg) { console.error(`package: FAILED: ${msg}`); process.exit(1); }
function run(cmd, argv) {
  console.log(`package: $ ${[cmd, ...argv].join(' ')}`);
  const r = spawnSync(cmd, argv, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) fail(`${cmd} exited with ${r.status ?? r.signal}`);
}

/** Entry names and sizes from a zip's central directory (no dependency needed). */
export function listZip(file) {
  const buf = fs.readFileSync(file);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw new Error(`${file}: not a zip file (no end-of-central-directory record)`);
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const entries = [];
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error(`${file}: bad central directory entry ${n}`);
    const method = buf.readUInt16LE(p + 10);
    const compressed = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    entries.push({ name, size, compressed, method, local });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return { buf, entries };
}

/** The uncompressed bytes of one entry. */
export function readZipEntry({ buf }, entry) {
  const p = entry.local;
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  const data = buf.subarray(start, start + entry.compressed);
  return entry.method === 0 ? data : zlib.inflateRawSync(data);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!args.includes('--skip-build')) run(process.execPath, ['esbuild.mjs', '--production']);
  const vsce = path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
  if (!fs.existsSync(vsce)) fail('@vscode/vsce is not installed (run npm ci)');
  const vsceArgs = ['package', '--no-dependencies', '--out', out];
  // No honest repository URL yet: vsce refuses to package without one unless told. Fill `repository` before publishing.
  if (!pkg.repository) vsceArgs.push('--allow-missing-repository');
  fs.rmSync(out, { force: true });
  run(process.execPath, [vsce, ...vsceArgs]);

  const zip = listZip(out);
  const size = fs.statSync(out).size;
  console.log(`package: ${path.relative(root, out) || out}: ${size} bytes, ${zip.entries.length} files`);
  for (const e of zip.entries) console.log(`  ${String(e.size).padStart(9)}  ${e.name}`);
  const stray = zip.entries.filter((e) => !CONTRIBUTED.has(e.name) && !ALLOWED.some((re) => re.test(e.name))).map((e) => e.name);
  if (stray.length) fail(`files outside the allow-list: ${stray.join(', ')} (fix .vscodeignore)`);
  const names = new Set(zip.entries.map((e) => e.name));
  const missing = REQUIRED.filter((n) => !names.has(n));
  if (missing.length) fail(`missing from the package: ${missing.join(', ')}`);
  if (size >= MAX_BYTES) fail(`package is ${size} bytes, the limit is ${MAX_BYTES}`);
  // the packaged bundles must be production builds (no inline source maps, no external .map reference)
  for (const b of zip.entries.map((e) => e.name).filter((n) => /^extension\/dist\/.*\.js$/.test(n))) {
    const text = readZipEntry(zip, zip.entries.find((e) => e.name === b)).toString('utf8');
    if (/\/\/# sourceMappingURL=/.test(text)) fail(`${b} carries a source map reference: not a production build`);
  }
  const manifest = JSON.parse(readZipEntry(zip, zip.entries.find((e) => e.name === 'extension/package.json')).toString('utf8'));
  if (manifest.version !== pkg.version) fail(`packaged version ${manifest.version} != ${pkg.version}`);
  console.log(`package: OK ${out}`);
}
