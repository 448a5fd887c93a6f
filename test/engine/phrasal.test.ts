// Phrasal reporting verbs (invented sentences).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attrs, one } from './helpers';

test('particle + preposition: "took aim at X", "pushed back against X", "took issue with X"', () => {
  const a = one('The mayor took aim at the council’s café budget.');
  assert.equal(a.cue, 'took aim at');
  assert.deepEqual(a.content, ['the council’s café budget']);
  assert.equal(a.source, 'The mayor');
  assert.deepEqual(one('Zoë Park pushed back against the new rules.').content, ['the new rules']);
  assert.deepEqual(one('Jo Lee took issue with the report.').content, ['the report']);
});

test('particle + object: "called out X", "singled out X"; no frame without the particle', () => {
  assert.deepEqual(one('Graham called out his rival for insulting voters.').content, ['his rival for insulting voters']);
  assert.deepEqual(one('The judge singled out the landlord.').content, ['the landlord']);
  assert.equal(attrs('They took the bus to the café.').length, 0);
});
