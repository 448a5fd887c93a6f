// A belief adjective with a clause and no "that": "was sure the café would close".
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attrs } from './helpers';

test('"S be ADJ CLAUSE" without "that" after belief adjectives', () => {
  assert.deepEqual(attrs('Zoë was sure the café would close by June.').map((a) => [a.source, a.cue, a.content[0]]), [['Zoë', 'was sure', 'the café would close by June']]);
  assert.deepEqual(attrs('The mayor is confident she can win.').map((a) => a.content[0]), ['she can win']);
});

test('no clause, no bare-clause report', () => {
  assert.deepEqual(attrs('Zoë was sure enough.'), []);
  assert.deepEqual(attrs('The room was certain chaos.'), []);
});

test('a day between a prepositional verb and its preposition: "called Friday for X"', () => {
  assert.deepEqual(attrs('Ruiz called Friday for closing the café.').map((a) => [a.cue, a.content[0]]), [['called Friday for', 'closing the café']]);
});

test('a negated copula before the adjective: "weren’t sure if ...", "wasn\'t convinced ..."', () => {
  assert.deepEqual(attrs('They weren’t sure if the café would reopen.').map((a) => [a.cue, a.content[0]]), [['weren’t sure', 'if the café would reopen']]);
  assert.deepEqual(attrs("Lee wasn't convinced the plan would work.").map((a) => a.content[0]), ['the plan would work']);
});

test('"debated X" reports; the noun "debate(s)" does not', () => {
  assert.deepEqual(attrs('Scholars have long debated the role of the café in the town.').map((a) => [a.cue, a.content[0]]), [['have long debated', 'the role of the café in the town']]);
  assert.deepEqual(attrs('The debates drew 20 million viewers.'), []);
});

test('"no one" is a subject', () => {
  assert.deepEqual(attrs('No one expected a long debate in Zürich.').map((a) => [a.source, a.cue]), [['No one', 'expected']]);
  assert.deepEqual(attrs('But no one could have predicted what happened next.').map((a) => [a.source, a.content[0]]), [['no one', 'what happened next']]);
});

test('"most of whom" / "two of which" is a relative source', () => {
  const a = attrs('The nurses, most of whom had previously backed Ruiz, cheered.');
  assert.deepEqual(a.map((x) => [x.source, x.cue, x.content[0]]), [['most of whom', 'had previously backed', 'Ruiz']]);
  assert.deepEqual(attrs('The senators, two of whom said they would vote no, left.').map((x) => x.source), ['two of whom']);
});
