// Perception verbs with a small clause are no reports (invented sentences).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attrs, one } from './helpers';

test('"would see X go up" is undergone, not believed: an according-to source wins', () => {
  const a = one('Top earners would see their incomes go up by 20 percent, according to the Tax Institute.');
  assert.equal(a.cue, 'according to');
  assert.equal(a.source, 'the Tax Institute');
});

test('no attribution for "saw her rent go up" but one for "sees that C" and "see X as Y"', () => {
  assert.equal(attrs('Zoë saw her rent go up at the café.').length, 0);
  assert.deepEqual(one('Jo Lee sees that the plan failed.').content, ['that the plan failed']);
  assert.deepEqual(one('Many voters see the mayor as a fighter.').content, ['the mayor as a fighter']);
});
