// Reporting nouns with a prepositional object (cues/nouns.ts), invented sentences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attrs, one } from './helpers';

test('a possessor is the source: "Ana Ruiz’s support for the levy"', () => {
  const a = one('Ana Ruiz’s support for the levy surprised no one.');
  assert.equal(a.source, 'Ana Ruiz’s');
  assert.deepEqual(a.content, ['the levy']);
});

test('a possessive pronoun defers to its clause subject: "He has stepped up his attacks on the mayor"', () => {
  const a = one('He has stepped up his attacks on the mayor.');
  assert.equal(a.source, 'He');
  assert.deepEqual(a.content, ['the mayor']);
});

test('a light verb carries the noun: "The union voiced concern about the cuts"', () => {
  const a = one('The union voiced concern about the cuts.');
  assert.equal(a.source, 'The union');
  assert.deepEqual(a.content, ['the cuts']);
});

test('an agent after the object: "criticism of the plan from the mayor"', () => {
  const a = one('There was criticism of the plan from the mayor.');
  assert.equal(a.source, 'the mayor');
  assert.deepEqual(a.content, ['the plan']);
});

test('no source, no attribution: "The support for the levy grew."', () => {
  assert.deepEqual(attrs('The support for the levy grew.'), []);
  assert.deepEqual(attrs('Calls for calm went unheeded.'), []);
});
