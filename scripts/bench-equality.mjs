#!/usr/bin/env node
// Output-equality guard for performance work: runs analyze() (and a cached re-analysis after an edit)
// on the seed article and on every text of the given folders, and writes one hash per text plus a
// total to .bench/equality-LABEL.txt (gitignored; the texts themselves are never written). Compare two
// labels to prove an optimisation changed nothing.
//
// usage: node --import tsx scripts/bench-equality.mjs LABEL [DIR ...]        (default DIR: PolNeAR dev + train texts)
//        node scripts/bench-equality.mjs --compare LABEL_A LABEL_B
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const benchDir = path.join(root, '.bench');
const args = process.argv.slice(2);

if (args[0] === '--compare') {
  const read = (label) => fs.readFileSync(path.join(benchDir, `equality-${label}.txt`), 'utf8').trim().split('\n');
  const a = read(args[1]);
  const b = read(args[2]);
  const mb = new Map(b.map((l) => l.split(' ').reverse()));
  let diff = 0;
  for (const l of a) {
    const [h, name] = l.split(' ');
    if (mb.get(name) !== h) {
      diff++;
      if (diff <= 20) console.log(`differs: ${name}`);
    }
  }
  if (a.length !== b.length) console.log(`line counts differ: ${a.length} vs ${b.length}`);
  console.log(diff || a.length !== b.length ? `DIFFERENT (${diff} of ${a.length})` : `identical (${a.length} lines)`);
  process.exit(diff || a.length !== b.length ? 1 : 0);
}

const label = args[0];
if (!label) {
  console.error('usage: bench-equality.mjs LABEL [DIR ...] | --compare A B');
  process.exit(2);
}
const dirs = args.length > 1 ? args.slice(1) : ['/work/shared/eval/polnear/dev/text', '/work/shared/eval/polnear/train/text'];
const { analyzeExplained, EngineCache } = await import(path.join(root, 'server/src/engine/index.ts'));
const { check } = await import(path.join(root, 'server/src/check.ts'));

const files = [path.join(root, 'seeds/000_196e15989cac9fdd.txt')];
for (const d of dirs) for (const f of fs.readdirSync(d).filter((f) => f.endsWith('.txt')).sort()) files.push(path.join(d, f));
const hash = (x) => crypto.createHash('sha256').update(JSON.stringify(x)).digest('hex').slice(0, 16);
const lines = [];
const total = crypto.createHash('sha256');
const t0 = Date.now();
for (const file of files) {
  const text = fs.readFileSync(file, 'utf8');
  const name = path.relative('/', file);
  const emit = (what, x) => {
    const h = hash(x);
    lines.push(`${h} ${name}#${what}`);
    total.update(h);
  };
  emit('plain', analyzeExplained(text));
  emit('markdown', analyzeExplained(text, { languageId: 'markdown' }));
  // incremental: analyse, edit in the middle (a typed character, then a new paragraph), re-analyse with the cache;
  // each must equal the analysis from scratch of the edited text (checked here, and hashed).
  const cache = new EngineCache();
  analyzeExplained(text, {}, cache);
  const mid = Math.floor(text.length / 2);
  const edits = [text.slice(0, mid) + 'x' + text.slice(mid), text.slice(0, mid) + '\n\n"Nobody said so," she said.\n\n' + text.slice(mid)];
  for (const [k, edited] of edits.entries()) {
    const cached = analyzeExplained(edited, {}, cache);
    const fresh = analyzeExplained(edited);
    if (hash(cached) !== hash(fresh)) {
      console.error(`cached analysis differs from a fresh one after an edit: ${name}`);
      process.exitCode = 1;
    }
    emit(`edited${k + 1}`, cached);
  }
  emit('check', check(text, 'plaintext'));
}
lines.push(`${total.digest('hex').slice(0, 16)} TOTAL`);
fs.mkdirSync(benchDir, { recursive: true });
const out = path.join(benchDir, `equality-${label}.txt`);
fs.writeFileSync(out, lines.join('\n') + '\n');
console.log(`${files.length} texts, ${lines.length - 1} hashes in ${((Date.now() - t0) / 1000).toFixed(1)} s -> ${path.relative(root, out)}; total ${lines[lines.length - 1]}`);
