// Sidecar file IO: atomic writes that leave no temp files, and refusals that leave the file untouched.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, test } from 'node:test';
import { FORMAT_VERSION } from '../../server/src/review/model';
import { serializeSidecar } from '../../server/src/review/sidecar';
import { SidecarWriteError, readSidecar, readSidecarForArticle, writeSidecarAtomic } from '../../server/src/review/sidecarFs';
import { ClaimDocument } from '../../server/src/review/store';
import { find, fixedOpts } from './helpers';

const TEXT = 'The mayor said crime fell by a third last year.\n';
let dir = '';
beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fc-sidecar-')); });
afterEach(() => { fs.rmSync(dir, { recursive: true, force: true }); });

function sidecar(note = 'checked') {
  const doc = new ClaimDocument(TEXT, undefined, fixedOpts());
  doc.add({ ...find(TEXT, 'crime fell by a third'), note });
  return doc.toSidecar();
}

/** Bytes and mtime of a file, with the mtime pushed into the past so that any rewrite would show. */
function freeze(p: string) {
  const past = new Date('2020-01-01T00:00:00Z');
  fs.utimesSync(p, past, past);
  return { bytes: fs.readFileSync(p), mtimeMs: fs.statSync(p).mtimeMs };
}
function assertUntouched(p: string, before: { bytes: Buffer; mtimeMs: number }) {
  assert.ok(fs.readFileSync(p).equals(before.bytes), 'bytes unchanged');
  assert.equal(fs.statSync(p).mtimeMs, before.mtimeMs, 'mtime unchanged');
}
const listing = () => fs.readdirSync(dir).sort();

test('write creates the file atomically and leaves no temp file', async () => {
  const p = path.join(dir, 'story.md.factcheck.json');
  const sc = sidecar();
  const written = await writeSidecarAtomic(p, sc);
  assert.equal(fs.readFileSync(p, 'utf8'), serializeSidecar(sc));
  assert.equal(written, serializeSidecar(sc));
  assert.deepEqual(listing(), ['story.md.factcheck.json']);
  const r = await readSidecarForArticle(path.join(dir, 'story.md'));
  assert.equal(r.kind, 'ok');
  if (r.kind === 'ok') assert.deepEqual(r.sidecar, sc);
});

test('overwriting a valid sidecar keeps its permissions and leaves no temp file', async () => {
  const p = path.join(dir, 'a.txt.factcheck.json');
  await writeSidecarAtomic(p, sidecar('first'));
  fs.chmodSync(p, 0o640);
  await writeSidecarAtomic(p, sidecar('second'));
  assert.match(fs.readFileSync(p, 'utf8'), /second/);
  assert.equal(fs.statSync(p).mode & 0o777, 0o640);
  assert.deepEqual(listing(), ['a.txt.factcheck.json']);
});

test('a corrupt sidecar is reported, and a write over it is refused: bytes and mtime untouched', async () => {
  const p = path.join(dir, 'a.txt.factcheck.json');
  fs.writeFileSync(p, '{ "fc:formatVersion": 1, "type": "AnnotationPage", "items": [ {oops ');
  const before = freeze(p);
  const r = await readSidecar(p);
  assert.equal(r.kind, 'error');
  if (r.kind === 'error') {
    assert.equal(r.error.kind, 'syntax');
    assert.ok(!r.error.message.includes('\n'));
  }
  await assert.rejects(writeSidecarAtomic(p, sidecar()), (e: unknown) => e instanceof SidecarWriteError && e.code === 'unreadable-existing' && /refusing to overwrite/.test(e.message));
  assertUntouched(p, before);
  assert.deepEqual(listing(), ['a.txt.factcheck.json']);
});

test('a sidecar of the wrong shape is refused the same way', async () => {
  const p = path.join(dir, 'a.txt.factcheck.json');
  fs.writeFileSync(p, JSON.stringify({ 'fc:formatVersion': 1, type: 'AnnotationPage', items: [{ id: 'x' }] }));
  const before = freeze(p);
  await assert.rejects(writeSidecarAtomic(p, sidecar()), (e: unknown) => e instanceof SidecarWriteError && e.code === 'unreadable-existing');
  assertUntouched(p, before);
});

test('a sidecar from a NEWER version is refused on read and never overwritten', async () => {
  const p = path.join(dir, 'a.txt.factcheck.json');
  fs.writeFileSync(p, JSON.stringify({ 'fc:formatVersion': FORMAT_VERSION + 1, type: 'AnnotationPage', items: [] }) + '\n');
  const before = freeze(p);
  const r = await readSidecar(p);
  assert.equal(r.kind, 'error');
  if (r.kind === 'error') assert.equal(r.error.kind, 'newer-version');
  await assert.rejects(writeSidecarAtomic(p, sidecar()), (e: unknown) => e instanceof SidecarWriteError && /newer version/.test(e.message));
  assertUntouched(p, before);
});

test('a file changed on disk since it was read is not overwritten (conflict)', async () => {
  const p = path.join(dir, 'a.txt.factcheck.json');
  await writeSidecarAtomic(p, sidecar('mine'));
  const r = await readSidecar(p);
  assert.equal(r.kind, 'ok');
  const raw = r.kind === 'ok' ? r.raw : '';
  fs.writeFileSync(p, serializeSidecar(sidecar('theirs (git pull)')));
  const before = freeze(p);
  await assert.rejects(writeSidecarAtomic(p, sidecar('mine again'), { expected: raw }), (e: unknown) => e instanceof SidecarWriteError && e.code === 'conflict');
  assertUntouched(p, before);
  // Expecting no file while one exists is a conflict too.
  await assert.rejects(writeSidecarAtomic(p, sidecar(), { expected: null }), (e: unknown) => e instanceof SidecarWriteError && e.code === 'conflict');
  // And with the right expectation it writes.
  await writeSidecarAtomic(p, sidecar('merged'), { expected: before.bytes.toString('utf8') });
  assert.match(fs.readFileSync(p, 'utf8'), /merged/);
});

test('a failed write (missing directory, or a directory in the way) reports io and leaves no temp file', async () => {
  await assert.rejects(writeSidecarAtomic(path.join(dir, 'nope', 'x.factcheck.json'), sidecar()), (e: unknown) => e instanceof SidecarWriteError && e.code === 'io');
  fs.mkdirSync(path.join(dir, 'd.factcheck.json'));
  await assert.rejects(writeSidecarAtomic(path.join(dir, 'd.factcheck.json'), sidecar()), (e: unknown) => e instanceof SidecarWriteError && e.code === 'io');
  assert.deepEqual(listing(), ['d.factcheck.json']);
  const r = await readSidecar(path.join(dir, 'd.factcheck.json'));
  assert.equal(r.kind, 'error');
});

test('a symlinked sidecar stays a link; its target is replaced', async () => {
  const real = path.join(dir, 'real.json');
  await writeSidecarAtomic(real, sidecar('one'));
  const link = path.join(dir, 'a.txt.factcheck.json');
  fs.symlinkSync(real, link);
  await writeSidecarAtomic(link, sidecar('two'));
  assert.ok(fs.lstatSync(link).isSymbolicLink());
  assert.match(fs.readFileSync(real, 'utf8'), /two/);
  assert.deepEqual(listing(), ['a.txt.factcheck.json', 'real.json']);
});

test('concurrent writes leave one complete, valid file and no temp files', async () => {
  const p = path.join(dir, 'a.txt.factcheck.json');
  await Promise.all(Array.from({ length: 8 }, (_, i) => writeSidecarAtomic(p, sidecar(`writer ${i}`)).catch(() => undefined)));
  const r = await readSidecar(p);
  assert.equal(r.kind, 'ok');
  assert.deepEqual(listing(), ['a.txt.factcheck.json']);
});

test('a missing sidecar is "missing", not an error', async () => {
  const r = await readSidecarForArticle(path.join(dir, 'nothing.md'));
  assert.equal(r.kind, 'missing');
});
