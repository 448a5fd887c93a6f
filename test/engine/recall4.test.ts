// Recall constructions of round 4 (invented sentences).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attrs, one } from './helpers';

test('"did not respond to requests for comment": respond/react to X', () => {
  const a = one('The mayor’s office did not immediately respond to requests for comment.');
  assert.equal(a.cue, 'did not immediately respond to');
  assert.deepEqual(a.content, ['requests for comment']);
  assert.deepEqual(one('Zoë reacted to the verdict.').content, ['the verdict']);
  // "respond" with no preposition object is no prepositional cue
  assert.deepEqual(attrs('Crews responded quickly.'), []);
});
