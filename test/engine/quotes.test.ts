import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getLexicon } from '../../server/src/engine/lexicon/index';
import { buildDoc } from '../../server/src/engine/pipeline/document';

const quotes = (t: string) => buildDoc(t, false, getLexicon()).quotes.map((q) => t.slice(q.s, q.e));

test('straight and curly quotes pair within a paragraph', () => {
  assert.deepEqual(quotes('“One,” she said, "two."'), ['“One,”', '"two."']);
});

test('a quote spans sentences', () => {
  assert.deepEqual(quotes('“First. Second,” he said.'), ['“First. Second,”']);
});

test('nested marks stay inside the outer quote', () => {
  assert.deepEqual(quotes('"He told me "no" twice," she said.'), ['"He told me "no" twice,"']);
});

test('broken inner marks: the whole paragraph is one quote', () => {
  const p = '"Everyone knows they tried to" steer" the talks, and failed."';
  assert.deepEqual(quotes(p), [p]);
});

test('multi-paragraph quote: an opening mark per paragraph, closing only at the end', () => {
  const t = '“First paragraph of the quote.\n\n“Second paragraph, still quoted.”\n\nNot quoted.';
  assert.deepEqual(quotes(t), ['“First paragraph of the quote.\n\n“Second paragraph, still quoted.”']);
});

test('a block quote after a colon without a closing mark runs to its paragraph end', () => {
  const t = 'She wrote:\n\n“We will not give up on this — not now.\n\nThe end.';
  assert.deepEqual(quotes(t), ['“We will not give up on this — not now.']);
});

test('a stray opening mark in running text is not a quote', () => {
  assert.deepEqual(quotes('He said "hello and left.\n\nNext paragraph.'), []);
});

test('100k unbalanced marks stay linear', () => {
  const t = '" a '.repeat(100000);
  const t0 = Date.now();
  const q = quotes(t);
  assert.ok(q.length > 0);
  assert.ok(Date.now() - t0 < 3000);
});
