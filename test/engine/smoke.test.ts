import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/engine';

test('a direct quote with "said X" is attributed to X', () => {
  const text = '"We will win," said Jane Doe.';
  const a = analyze(text).attributions;
  assert.equal(a.length, 1);
  assert.equal(text.slice(a[0].content[0].start, a[0].content[0].end), 'We will win,');
  assert.equal(a[0].speaker?.name, 'Jane Doe');
});
