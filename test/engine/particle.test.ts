// Phrasal verbs with a particle are no report: "showed up", "backing down", "beat back a challenge".
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attrs } from './helpers';

test('a bare particle after the verb is no object', () => {
  assert.deepEqual(attrs('Zoë Quint showed up late.'), []);
  assert.deepEqual(attrs('The mayor was not backing down.'), []);
  assert.deepEqual(attrs('The senator showed up at the rally on Friday.'), []);
});

test('"back" after another verb is its particle', () => {
  assert.deepEqual(attrs('The governor beat back a challenge from Ana Ruiz.'), []);
  assert.deepEqual(attrs('The café cut back its hours.'), []);
});

test('the verbs themselves still report', () => {
  assert.deepEqual(attrs('Most voters would back Ana Ruiz.').map((a) => [a.cue, a.content[0]]), [['would back', 'Ana Ruiz']]);
  assert.deepEqual(attrs('Lee backed off some of his plans.').map((a) => a.content[0]), ['off some of his plans']);
  assert.deepEqual(attrs('The poll showed support for the café.').map((a) => a.content[0]), ['support for the café']);
});
