import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { sha256Bytes, sha256Text } from '../../server/src/review/hash';

const ref = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

test('sha256Text matches node:crypto on padding boundaries and non-ASCII text', () => {
  const samples = ['', 'abc', '“Curly” quotes — and an emoji 🗳️ with NBSP\u00a0here', 'é'.repeat(1000)];
  for (let n = 50; n <= 130; n++) samples.push('x'.repeat(n)); // 55/56/63/64/119/120 are the padding edge cases
  for (const s of samples) assert.equal(sha256Text(s), ref(s), `length ${s.length}`);
});

test('sha256Text of the NIST "abc" vector', () => {
  assert.equal(sha256Text('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
});

test('sha256Bytes on a 1 MB buffer matches node:crypto', () => {
  const b = new Uint8Array(1 << 20);
  for (let i = 0; i < b.length; i++) b[i] = (i * 31 + 7) & 0xff;
  assert.equal(sha256Bytes(b), createHash('sha256').update(b).digest('hex'));
});
