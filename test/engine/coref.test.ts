// Entities and coreference: surnames, pronouns, roles, relative pronouns, groups.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attrs } from './helpers';
import { analyze } from '../../server/src/engine';

test('a surname resolves to the full name mentioned earlier', () => {
  const a = attrs('Mayor Karen Lutz spoke first. Later, Lutz said the plan would pass.');
  assert.equal(a[0].speaker, 'Karen Lutz');
});

test('he resolves to the last person speaker, not to a name inside the quote', () => {
  const a = attrs('Paul Grant said talks were over. “Anna Stone will call Tom Ruiz tomorrow,” he said.');
  assert.equal(a[1].speaker, 'Paul Grant');
});

test('she skips a speaker known to be male', () => {
  const a = attrs('Mr. Hal Burns said no. Ms. Joan Pike disagreed with him. “We will see,” she said.');
  assert.equal(a[a.length - 1].speaker, 'Joan Pike');
});

test('the prime minister resolves to the person given that role', () => {
  const a = attrs('In a speech by the country’s PM, Elena Voss said taxes would rise.\n\nLater the prime minister said cuts would follow.');
  assert.equal(a[1].source, 'the prime minister');
  assert.equal(a[1].sourceKind, 'role');
  assert.equal(a[1].speaker, 'Elena Voss');
});

test('relative pronoun sources resolve to their antecedent', () => {
  const a = attrs('The bill was backed by Rosa Diaz, who said it would save money.');
  const w = a.find((x) => x.source === 'who');
  assert.ok(w);
  assert.equal(w.speaker, 'Rosa Diaz');
});

test('groups and outlets are typed', () => {
  const a = attrs('Critics say the law is vague. Reuters reported that the vote was delayed.');
  assert.equal(a[0].sourceKind, 'vague');
  assert.equal(a[0].speakerType, 'group');
  assert.equal(a[1].sourceKind, 'outlet');
  assert.equal(a[1].speaker, 'Reuters');
});

test('entities list their mentions', () => {
  const r = analyze('Dmitri Volkov arrived. Volkov said little.');
  const e = r.entities.find((x) => x.name === 'Dmitri Volkov');
  assert.ok(e);
  assert.equal(e.mentions.length, 2);
});
