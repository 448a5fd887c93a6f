// analyze(): robustness, truncation, Markdown, offsets.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/engine';

test('empty and odd input does not crash', () => {
  for (const t of ['', ' ', '"', '“', '”', ':', '\n\n\n', '😀', 'said', '" said "', '’s', '\u00a0\u2013\u00a0']) {
    const a = analyze(t);
    assert.equal(a.length, t.length);
    assert.deepEqual(a.errors, []);
  }
});

test('maxLength truncates and says so', () => {
  const t = '“Yes,” she said. '.repeat(10);
  const a = analyze(t, { maxLength: 20 });
  assert.deepEqual(a.truncated, { at: 20, reason: 'text longer than 20 characters' });
  assert.equal(a.length, 20);
});

test('markdown: quotes inside code are ignored, offsets stay in the original text', () => {
  const t = '```\n"Fake," he said.\n```\n\n“Real,” Nina Hart said.';
  const a = analyze(t, { languageId: 'markdown' });
  assert.equal(a.attributions.length, 1);
  const c = a.attributions[0].content[0];
  assert.equal(t.slice(c.start, c.end), 'Real,');
});

test('emoji before a quote keeps UTF-16 offsets right', () => {
  const t = '😀😀 “Fine,” Omar Said Ali said.';
  const a = analyze(t);
  const c = a.attributions[0].content[0];
  assert.equal(t.slice(c.start, c.end), 'Fine,');
});

test('pathological input stays fast: marks, one long line, colons', () => {
  for (const t of ['"'.repeat(100000), '“'.repeat(50000) + '”'.repeat(50000), 'said that '.repeat(50000), 'a: "b" '.repeat(30000), 'x'.repeat(2000000)]) {
    const t0 = Date.now();
    const a = analyze(t);
    assert.equal(a.length, t.length);
    assert.ok(Date.now() - t0 < 10000, `took ${Date.now() - t0} ms`);
  }
});

test('ids are a1, a2, ... in text order', () => {
  const a = analyze('“One,” said Al Bee. “Two,” said Cy Dee.');
  assert.deepEqual(a.attributions.map((x) => x.id), ['a1', 'a2']);
});
