// (a) Anchors follow edits made while the document is open (LSP didChange content changes).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { offsetAt, type LspContentChange } from '../../server/src/review/anchor';
import { covered, find, withClaim } from './helpers';

const TEXT = 'Intro line with “curly” quotes.\nThe minister said “taxes rose 5% in 2024” yesterday 🙂.\r\nEnd\u00a0of story — really.\n';
const CLAIM = 'taxes rose 5% in 2024';

/** LSP position of an offset, computed independently of the code under test. */
function pos(text: string, offset: number) {
  const before = text.slice(0, offset);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}
function change(text: string, start: number, end: number, newText: string): LspContentChange {
  return { range: { start: pos(text, start), end: pos(text, end) }, text: newText };
}
function edit(doc: ReturnType<typeof withClaim>['doc'], start: number, end: number, newText: string) {
  doc.applyChanges([change(doc.text, start, end, newText)]);
}

test('offsetAt handles \\n, \\r\\n and clamps out-of-range positions', () => {
  assert.equal(offsetAt(TEXT, { line: 1, character: 4 }), TEXT.indexOf('minister'));
  assert.equal(offsetAt(TEXT, { line: 2, character: 0 }), TEXT.indexOf('End'));
  assert.equal(offsetAt(TEXT, { line: 0, character: 999 }), TEXT.indexOf('\n'));
  assert.equal(offsetAt(TEXT, { line: 99, character: 0 }), TEXT.length);
});

test('an insertion before the claim (other line, with emoji and a line break) shifts it; it stays anchored', () => {
  const { doc, id } = withClaim(TEXT, CLAIM);
  const before = doc.get(id)!.anchor.start;
  edit(doc, 5, 5, 'NEW 🎉 text\nsecond line ');
  assert.equal(covered(doc, id), CLAIM);
  assert.equal(doc.get(id)!.anchor.start, before + 'NEW 🎉 text\nsecond line '.length);
  assert.equal(doc.get(id)!.anchor.state, 'anchored');
});

test('a deletion before the claim spanning lines shifts it back', () => {
  const { doc, id } = withClaim(TEXT, CLAIM);
  edit(doc, 6, TEXT.indexOf('minister'), '');
  assert.equal(covered(doc, id), CLAIM);
  assert.equal(doc.get(id)!.anchor.state, 'anchored');
});

test('typing at the start edge does not grow the claim; typing after it changes nothing', () => {
  const { doc, id } = withClaim(TEXT, CLAIM);
  const { start, end } = doc.get(id)!.anchor;
  edit(doc, start, start, 'new ');
  assert.equal(covered(doc, id), CLAIM);
  edit(doc, end + 4, end + 4, ' (est.)');
  assert.equal(covered(doc, id), CLAIM);
  assert.equal(doc.get(id)!.anchor.state, 'anchored');
  assert.ok(doc.text.includes('“new taxes rose 5% in 2024 (est.)”'));
});

test('an edit inside marks the claim edited, keeps exact, and undoing it anchors it again', () => {
  const { doc, id } = withClaim(TEXT, CLAIM);
  const s = doc.text.indexOf('5%');
  edit(doc, s, s + 1, '6');
  const c = doc.get(id)!;
  assert.equal(c.anchor.state, 'edited');
  assert.equal(c.anchor.exact, CLAIM, 'exact is never rewritten by an edit');
  assert.equal(covered(doc, id), 'taxes rose 6% in 2024');
  edit(doc, s, s + 1, '5'); // undo
  assert.equal(doc.get(id)!.anchor.state, 'anchored');
  assert.equal(covered(doc, id), CLAIM);
});

test('a change overlapping the start keeps the surviving part plus the replacement; edited', () => {
  const { doc, id } = withClaim(TEXT, CLAIM);
  const s = doc.text.indexOf('said “taxes');
  edit(doc, s, s + 'said “taxes'.length, 'told “levies');
  assert.equal(covered(doc, id), 'told “levies rose 5% in 2024');
  assert.equal(doc.get(id)!.anchor.state, 'edited');
});

test('a replacement that repeats the unchanged text around it counts only what changed', () => {
  const { doc, id } = withClaim(TEXT, CLAIM);
  const s = doc.text.indexOf('said “taxes');
  edit(doc, s, s + 'said “taxes'.length, 'said “levies');
  assert.equal(covered(doc, id), 'levies rose 5% in 2024');
  assert.equal(doc.get(id)!.anchor.state, 'edited');
});

test('a change overlapping the end keeps the surviving part plus the replacement; edited', () => {
  const { doc, id } = withClaim(TEXT, CLAIM);
  const s = doc.text.indexOf('2024” yesterday');
  edit(doc, s, s + '2024” yesterday'.length, '2023” last week');
  assert.equal(covered(doc, id), 'taxes rose 5% in 2023” last week');
  assert.equal(doc.get(id)!.anchor.state, 'edited');
});

test('selecting the claim and retyping it covers the new text (typing extends an edited claim)', () => {
  const { doc, id } = withClaim(TEXT, CLAIM);
  const { start, end } = doc.get(id)!.anchor;
  edit(doc, start, end, 'T');
  for (const [i, ch] of [...'axes fell'].entries()) edit(doc, start + 1 + i, start + 1 + i, ch);
  assert.equal(covered(doc, id), 'Taxes fell');
  assert.equal(doc.get(id)!.anchor.state, 'edited');
});

test('deleting the whole line orphans the claim (kept, not dropped); undo re-attaches it', () => {
  const { doc, id } = withClaim(TEXT, CLAIM);
  const lineStart = doc.text.indexOf('The minister');
  const lineEnd = doc.text.indexOf('End');
  const removed = doc.text.slice(lineStart, lineEnd);
  edit(doc, lineStart, lineEnd, '');
  assert.equal(doc.claims.length, 1);
  assert.equal(doc.get(id)!.anchor.state, 'orphan');
  assert.equal(doc.get(id)!.anchor.exact, CLAIM);
  edit(doc, lineStart, lineStart, removed); // undo
  assert.equal(doc.get(id)!.anchor.state, 'anchored');
  assert.equal(covered(doc, id), CLAIM);
});

test('several changes in one didChange apply in order, each against the previous result', () => {
  const { doc, id } = withClaim(TEXT, CLAIM);
  let t = doc.text;
  const c1 = change(t, 0, 0, 'A\n');
  t = 'A\n' + t;
  const at = t.indexOf('yesterday');
  const c2 = change(t, at, at + 'yesterday'.length, 'today');
  doc.applyChanges([c1, c2]);
  assert.equal(covered(doc, id), CLAIM);
  assert.ok(doc.text.startsWith('A\nIntro'));
  assert.ok(doc.text.includes('” today 🙂'));
});

test('a full-text change (no range) is diffed and shifts the claim exactly', () => {
  const { doc, id } = withClaim(TEXT, CLAIM);
  doc.applyChanges([{ text: '# Title 🙂\n\n' + TEXT.replace('End', 'The end') }]);
  assert.equal(covered(doc, id), CLAIM);
  assert.equal(doc.get(id)!.anchor.state, 'anchored');
});

test('random edits outside the claim never move it off its text (seeded, 300 edits)', () => {
  const base = 'Lorem “ipsum” 🙂 dolor.\nThe mayor said that crime fell by a third.\nTail — text\u00a0here.\n';
  const { doc, id } = withClaim(base, 'crime fell by a third');
  let seed = 12345;
  const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
  const pieces = ['x', '🙂', '\n', '“q”', '', 'longer inserted words ', '\r\n'];
  for (let k = 0; k < 300; k++) {
    const { start, end } = doc.get(id)!.anchor;
    const t = doc.text;
    // Pick a range entirely before or entirely after the claim (boundaries allowed).
    const before = rnd(2) === 0;
    const lo = before ? 0 : end, hi = before ? start : t.length;
    let a = lo + rnd(hi - lo + 1), b = lo + rnd(hi - lo + 1);
    if (a > b) [a, b] = [b, a];
    // Keep surrogate pairs whole.
    const low = (i: number) => i > 0 && i < t.length && /[\udc00-\udfff]/.test(t[i]);
    if (low(a)) a--;
    if (low(b)) b++;
    if (b > hi) continue;
    if (a < lo) continue;
    edit(doc, a, b, pieces[rnd(pieces.length)]);
    assert.equal(covered(doc, id), 'crime fell by a third', `after edit ${k}`);
    assert.equal(doc.get(id)!.anchor.state, 'anchored');
  }
});

test('claims keep UTF-16 offsets: emoji and curly quotes inside the claim', () => {
  const t = 'He wrote: “Prices 📈 rose — “a lot” — in May.” Then left.';
  const { doc, id } = withClaim(t, 'Prices 📈 rose — “a lot” — in May.');
  const c = doc.get(id)!;
  assert.equal(c.anchor.start, t.indexOf('Prices'));
  assert.equal(c.anchor.end - c.anchor.start, 'Prices 📈 rose — “a lot” — in May.'.length);
  edit(doc, 0, 0, '🙂');
  assert.equal(doc.get(id)!.anchor.start, c.anchor.start + 2, 'an emoji is two UTF-16 units');
  assert.equal(covered(doc, id), 'Prices 📈 rose — “a lot” — in May.');
  const { start } = find(doc.text, '📈');
  edit(doc, start, start + 2, '📉');
  assert.equal(covered(doc, id), 'Prices 📉 rose — “a lot” — in May.');
  assert.equal(doc.get(id)!.anchor.state, 'edited');
});

test('a deleted short claim is not revived by pasting the same three characters elsewhere', () => {
  const t = 'Turnout rose 40% this year.\nOther news.\n';
  const { doc, id } = withClaim(t, '40%');
  const line = 'Turnout rose 40% this year.\n';
  edit(doc, 0, line.length, '');
  assert.equal(doc.get(id)!.anchor.state, 'orphan');
  const end = doc.text.length;
  edit(doc, end, end, 'Prices: 40% up.\n');
  assert.equal(doc.get(id)!.anchor.state, 'orphan');
  edit(doc, 0, 0, line); // undo brings back the sentence with its context
  assert.equal(doc.get(id)!.anchor.state, 'anchored');
  assert.equal(covered(doc, id), '40%');
  assert.equal(doc.get(id)!.anchor.start, 13);
});
