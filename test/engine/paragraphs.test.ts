import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitParagraphs } from '../../server/src/engine/text/paragraphs';

const texts = (t: string, md = false) => splitParagraphs(t, md).map((p) => t.slice(p.start, p.end));

test('blank lines and single line breaks separate paragraphs; soft wraps do not', () => {
  const t = 'First line.\nSecond paragraph\ncontinues here.\n\n\u00a0\n\nThird – with “quotes”.';
  assert.deepEqual(texts(t), ['First line.', 'Second paragraph\ncontinues here.', 'Third – with “quotes”.']);
});

test('markdown: wrapped lines stay one paragraph, block starts break', () => {
  const t = 'A wrapped\nline of prose.\n- a list item\n> a quote';
  assert.deepEqual(texts(t, true), ['A wrapped\nline of prose.', '- a list item', '> a quote']);
});

test('empty and whitespace-only text has no paragraphs', () => {
  assert.deepEqual(splitParagraphs(''), []);
  assert.deepEqual(splitParagraphs(' \n\u00a0\n '), []);
});
