// unattributed-claim, unattributed-quote and inferred-attribution.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flagged, messages } from './helpers';

test('unattributed-claim: a figure or a sweeping claim in the article\'s own voice', () => {
  assert.deepEqual(flagged('Unemployment fell by 40,000 last quarter.', 'unattributed-claim'), ['Unemployment fell by 40,000 last quarter']);
  assert.deepEqual(flagged('Nobody in the city was ever safe from the floods.', 'unattributed-claim'), ['Nobody in the city was ever safe from the floods']);
  assert.deepEqual(flagged('The levy raised $3 million in 2024.', 'unattributed-claim'), ['The levy raised $3 million in 2024']);
  assert.match(messages('Unemployment fell by 40,000 last quarter.', 'unattributed-claim')[0], /number: 40,000/);
  // the part before the cue of an attributed sentence is the article's own voice
  assert.deepEqual(flagged('While the rest of the world slept, the council said that taxes would rise.', 'unattributed-claim'), ['While the rest of the world slept']);
});

test('unattributed-claim: not attributed, not linked by a neighbour, not narration, not a prediction', () => {
  assert.deepEqual(flagged('Ana Ruiz said nobody in the city was ever safe from the floods.', 'unattributed-claim'), []);
  assert.deepEqual(flagged('Unemployment fell by 40,000 last quarter. That’s according to the statistics office.', 'unattributed-claim'), []);
  assert.deepEqual(flagged('On Monday, the mayor walked to the town hall and greeted the crowd.', 'unattributed-claim'), []);
  assert.deepEqual(flagged('The mayor, 43, greeted the crowd at 9 a.m.', 'unattributed-claim'), []);
  assert.deepEqual(flagged('The bridge will cost $3 billion and open in 2030.', 'unattributed-claim'), []);
  assert.deepEqual(flagged('Did unemployment fall by 40,000 last quarter?', 'unattributed-claim'), []);
});

test('unattributed-quote: a quote nobody said; not a short term in quotes', () => {
  assert.deepEqual(flagged('Rain fell.\n\n“This is a scandal and everyone knows it.”', 'unattributed-quote'), ['This is a scandal and everyone knows it.']);
  assert.deepEqual(flagged('The so-called “reforms” were dropped.', 'unattributed-quote'), []);
  assert.deepEqual(flagged('“This is a scandal and everyone knows it,” said Ida Marsh.', 'unattributed-quote'), []);
});

test('inferred-attribution: a quote with no cue of its own takes the previous speaker', () => {
  const r = flagged('“We won,” said Ida Marsh. “And we will win again next year.”\n\n“Nobody can stop us now, not this year.”', 'inferred-attribution');
  assert.ok(r.some((f) => f.startsWith('And we will win')), JSON.stringify(r));
  assert.ok(r.some((f) => f.startsWith('Nobody can stop us')), JSON.stringify(r));
  assert.deepEqual(flagged('“We won,” said Ida Marsh. “And we will win again next year,” she added.', 'inferred-attribution'), []);
});

test('inferred-attribution suggests a cue with the speaker\'s surname', async () => {
  const { suggestedCue } = await import('../../../server/src/engine/rules/inferred-attribution');
  assert.equal(suggestedCue({ name: 'Ida Marsh', type: 'person' }), 'Marsh said');
  assert.equal(suggestedCue({ name: 'Martin Luther King Jr.', type: 'person' }), 'King said');
  assert.equal(suggestedCue({ name: 'the Kremlin', type: 'organization' }), 'they said');
  assert.equal(suggestedCue(null), 'they said');
  assert.match(messages('“We won,” said Ida Marsh. “And we will win again next year.”', 'inferred-attribution')[0], /add "Marsh said"/);
});
