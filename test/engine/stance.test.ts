// Stance phrases after a verb: "voted in favor of X" (invented sentences).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attrs, one } from './helpers';

test('"voted in favor of X", "came out in support of Y", "is in favour of Z"', () => {
  let a = one('Zoë Ruiz voted in favor of the café tax.');
  assert.deepEqual([a.source, a.cue, a.content], ['Zoë Ruiz', 'voted in favor of', ['the café tax']]);
  a = one('Lund came out in support of Ruiz.');
  assert.deepEqual([a.source, a.cue, a.content], ['Lund', 'came out in support of', ['Ruiz']]);
  assert.deepEqual(one('Most voters are in favour of the plan.').content, ['the plan']);
});

test('a stance phrase not after a verb is no cue: "a rally in support of the plan"', () => {
  assert.deepEqual(attrs('A rally in support of the plan drew crowds.'), []);
});
