// Subjects the noun-phrase walk used to miss (invented sentences): numbers and shares, surnames
// ending in -ly, plural nouns that are also verb forms, appositives in a paragraph's later sentences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attrs, one } from './helpers';

test('numbers and shares as subjects: "Six in 10 say", "42% say", "the two agreed", "One says"', () => {
  assert.equal(one('Six in 10 say the mayor is doing well.').source, 'Six in 10');
  assert.equal(one('It rained. 42% say they’re undecided.').source, '42%');
  assert.equal(one('The talks ended. The two agreed there was more to do.').source, 'The two');
  assert.equal(one('One says the fund is empty.').source, 'One');
  // a lone number after a preposition is still a time, not a source
  assert.deepEqual(attrs('In 2010 said nothing.'), []);
});

test('a capitalised -ly word after a title or first name is a surname, not an adverb', () => {
  const a = one('It rained. Mrs. Doughtly endorsed Ana Ruiz for mayor.');
  assert.equal(a.source, 'Mrs. Doughtly');
  assert.equal(a.cue, 'endorsed');
  assert.equal(one('Jo Kelly said the road was closed.').source, 'Jo Kelly');
  // a sentence adverb is still no name
  assert.equal(one('Finally, the minister said the road was closed.').source, 'the minister');
});

test('an -s or -ing form right before the verb is the subject’s head noun', () => {
  assert.equal(one('It rained. The advocates hailed the nomination.').source, 'The advocates');
  assert.equal(one('A person familiar with the planning confirmed the meeting.').source, 'A person familiar with the planning');
});

test('an appositive subject in a paragraph’s second sentence', () => {
  const a = one('It rained. Ana Ruiz, a city planner, insists the road must close.');
  assert.equal(a.speaker, 'Ana Ruiz');
  assert.equal(a.content[0], 'the road must close');
});

test('verbs that are also nouns take a subject that agrees with them', () => {
  assert.equal(one('The reports show the gap is closing.').cue, 'show');
  assert.equal(one('Most voters support a new road.').source, 'Most voters');
  assert.deepEqual(attrs('A fundraising call came early.'), []);
  assert.deepEqual(attrs('The primary debate drew millions.'), []);
  // a relative pronoun before the verb: "who supports"
  assert.equal(one('She met a farmer who supports the plan.').cue, 'supports');
});

test('a time phrase between the subject and the verb: "earlier in the day touted", "have in the past said"', () => {
  assert.equal(one('It rained. Chairman Jo Lee earlier in the day touted the report.').source, 'Chairman Jo Lee');
  assert.equal(one('It rained. Her close friends have in the past said she would run.').source, 'Her close friends');
});

test('a participle after another verb’s object belongs to that verb’s subject: "released an ad calling ..."', () => {
  const a = attrs('The campaign released a new radio ad calling the mayor a fraud.').find((x) => x.cue === 'calling');
  assert.ok(a);
  assert.equal(a.source, 'The campaign');
});
