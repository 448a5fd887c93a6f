// Stance agent nouns ("an opponent of X"): the one who is it is the source (invented sentences).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attrs, one } from './helpers';

test('"S is a staunch opponent of X": subject is the source, the object of "of" the content', () => {
  let a = one('Zoë Ruiz has been a consistent and outspoken supporter of the café tax.');
  assert.deepEqual([a.source, a.cue, a.content], ['Zoë Ruiz', 'has been a consistent and outspoken supporter of', ['the café tax']]);
  a = one('Lund, an outspoken critic of the plan, voted no.');
  assert.deepEqual([a.source, a.content], ['Lund', ['the plan']]);
});

test('agent nouns without a copula or an appositive are no cue here', () => {
  assert.deepEqual(attrs('Supporters of the plan rallied.'), []);
  assert.deepEqual(attrs('She met a critic of the plan.'), []);
});
