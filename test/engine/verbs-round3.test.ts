// Reporting verbs added in round 3 (FrameNet-style Statement / Judgment_communication / Verdict),
// on invented sentences; the noun forms ("the rules", "his emails") stay no cues.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attrs, one } from './helpers';

test('ruled that C, likened X to Y, retweeted X, emailed Y that C', () => {
  assert.deepEqual(one('The judge ruled that the school misled its students.').content, ['that the school misled its students']);
  assert.deepEqual(one('Jo Lee likened the campaign to a car crash.').content, ['the campaign to a car crash']);
  assert.deepEqual(one('Zoë Park retweeted a post mocking the café.').content, ['a post mocking the café']);
  const e = one('The mayor emailed reporters that the bridge would reopen.');
  assert.deepEqual(e.content, ['that the bridge would reopen']);
  assert.equal(e.source, 'The mayor');
});

test('the nouns "rules" and "emails" are no cues', () => {
  assert.equal(attrs('The rules require two signatures on every form.').length, 0);
  assert.equal(attrs('His emails reached the board on Monday.').length, 0);
});

test('judging verbs: knocked, belittled, bemoaned, implored', () => {
  assert.deepEqual(one('Jo Lee knocked the café owners for their prices.').content, ['the café owners for their prices']);
  assert.deepEqual(one('The mayor belittled the council’s plan.').content, ['the council’s plan']);
  assert.deepEqual(one('Zoë Park bemoaned the loss of the old market.').content, ['the loss of the old market']);
  assert.deepEqual(one('The coach implored the players to stay calm.').content, ['the players to stay calm']);
});

test('noun and other senses stay no cues: "knock on doors", "the insults"', () => {
  assert.equal(attrs('Volunteers knock on doors every weekend.').length, 0);
  assert.equal(attrs('The insults kept coming all night.').length, 0);
});

test('"named X his deputy" is a naming report; "a café named Luna" is not', () => {
  assert.deepEqual(one('She named Jo Lee her deputy.').content, ['Jo Lee her deputy']);
  assert.equal(attrs('They met at a café named Luna.').length, 0);
});
