import assert from 'node:assert/strict';
import { test } from 'node:test';
import { maskText } from '../../server/src/engine/text/segment';

test('masking keeps the length and every offset', () => {
  const text = 'Read https://example.com/a(b)c. Then “quote” ends.';
  const m = maskText(text);
  assert.equal(m.text.length, text.length);
  assert.equal(m.text.indexOf('https'), -1);
  assert.equal(m.text.indexOf('“quote”'), text.indexOf('“quote”'));
  // trailing period of the sentence stays prose
  assert.equal(m.text[text.indexOf('c. Then') + 1], '.');
});

test('markdown: front matter, fences, inline code, comments, link targets and HTML are masked', () => {
  const text = [
    '---', 'title: "Not a quote"', '---', '',
    '# Heading', '',
    'She said `"code"` and <!-- "hidden" --> a [link](http://x.y/"z") <b>bold</b>.', '',
    '```', 'he said "nothing"', '```', '',
    '> “A block quote,” he said – in full.',
  ].join('\n');
  const m = maskText(text, 'markdown');
  assert.equal(m.text.length, text.length);
  for (const gone of ['Not a quote', '"code"', '"hidden"', 'http', '<b>', 'nothing', '# ']) assert.equal(m.text.indexOf(gone), -1, gone);
  assert.ok(m.text.includes('link'));
  assert.ok(m.text.includes('“A block quote,” he said – in full.'));
  assert.equal(m.text.split('\n').length, text.split('\n').length);
});

test('plaintext keeps Markdown-looking text', () => {
  const text = 'Use `x` and # not a heading';
  assert.equal(maskText(text, 'plaintext').text, text);
});

test('many unmatched backticks and angle brackets stay fast', () => {
  const text = '`a <b '.repeat(50000);
  const t0 = Date.now();
  const m = maskText(text, 'markdown');
  assert.equal(m.text.length, text.length);
  assert.ok(Date.now() - t0 < 2000);
});
