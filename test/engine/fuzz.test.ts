// Random input must never crash, hang or produce offsets outside the text. Deterministic (seeded).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, type Analysis } from '../../server/src/engine';

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const PIECES = [
  '"', '“', '”', "'", '’', '‘', "''", '«', '»', ',', '.', ':', ';', '?', '!', ' — ', '–', '-', '(', ')', '\n', '\n\n', ' ', '\u00a0',
  '😀', '\ud800', 'said', 'says', 'told', 'according to', 'he', 'she', 'they', 'who', 'The', 'Mr.', 'U.S.', 'Jane Doe', 'Reuters',
  'critics', 'that', 'is expected to', 'previously reported', 'in a statement', 'quoted by', 'citing', 'was', 'the poll', 'in a new Gallup poll',
  '```', '`', '<!--', '-->', '<b>', 'http://x.y/z', '# ', '> ', '*', '_', 'word', 'Word', '123', '4.5%', 'adding that', 'and', ', who',
  'constructor', '__proto__', 'toString', 'hasOwnProperty', 'in a constructor', 'the toString',
];

function check(a: Analysis, text: string) {
  assert.equal(a.length, text.length);
  assert.deepEqual(a.errors, []);
  const inRange = (s: { start: number; end: number }) => s.start >= 0 && s.end <= text.length && s.start <= s.end;
  for (const x of a.attributions) {
    assert.ok(x.content.length > 0);
    for (const c of x.content) assert.ok(inRange(c), JSON.stringify(c));
    if (x.cue) assert.ok(inRange(x.cue));
    if (x.source) assert.ok(inRange(x.source));
  }
  for (const f of a.findings) assert.ok(inRange(f));
  for (const c of a.claims) assert.ok(inRange(c));
  for (const s of a.sentences) assert.ok(inRange(s));
}

test('400 random documents from tricky pieces: no crash, offsets in range', () => {
  const r = rng(42);
  for (let n = 0; n < 400; n++) {
    const len = Math.floor(r() * 200);
    let text = '';
    for (let i = 0; i < len; i++) text += PIECES[Math.floor(r() * PIECES.length)] + (r() < 0.5 ? ' ' : '');
    for (const languageId of ['plaintext', 'markdown']) check(analyze(text, { languageId }), text);
  }
});

test('random code units (including lone surrogates and controls)', () => {
  const r = rng(7);
  for (let n = 0; n < 100; n++) {
    let text = '';
    const len = Math.floor(r() * 500);
    for (let i = 0; i < len; i++) text += String.fromCharCode(Math.floor(r() * 0x3000));
    check(analyze(text), text);
  }
});
