// Hearsay adverbs ("reportedly", "allegedly"): an agentless attribution of the clause around them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/engine';
import { attrs, one } from './helpers';

test('"X is reportedly V-ing": agentless, subject (+ auxiliary) and predicate are the content', () => {
  let a = one('The café is reportedly spending €2 million on ads.');
  assert.equal(a.cue, 'reportedly');
  assert.equal(a.source, null);
  assert.deepEqual(a.content, ['The café is', 'spending €2 million on ads']);
  a = one('Jürgen allegedly hid the money in a shed.');
  assert.deepEqual(a.content, ['Jürgen', 'hid the money in a shed']);
  // the hedge finding stays the only finding
  assert.deepEqual(analyze('The group has reportedly hired three lawyers.').findings.map((f) => f.rule), ['hedge']);
});

test('no clause around the adverb: no attribution', () => {
  assert.deepEqual(attrs('Reportedly, yes.'), []);
  assert.deepEqual(attrs('It was reportedly.'), []);
});
