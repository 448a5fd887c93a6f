// Passive reporting verbs (cues/passive.ts), invented sentences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attrs, one } from './helpers';

test('passive with a by-agent: the agent is the source, the subject the content', () => {
  const a = one('The plan was first reported by the Daily Planet.');
  assert.equal(a.cue, 'was first reported');
  assert.equal(a.source, 'the Daily Planet');
  assert.deepEqual(a.content, ['The plan']);
});

test('passive without an agent is agentless; a complement is content too', () => {
  const a = one('The mayor is widely seen as a moderate.');
  assert.equal(a.sourceKind, 'agentless');
  assert.equal(a.source, null);
  assert.deepEqual(a.content, ['The mayor', 'a moderate']);
  const b = one('The ruling was criticized by Ana Ruiz as “a disaster for renters.”');
  assert.equal(b.source, 'Ana Ruiz');
  assert.deepEqual(b.content, ['The ruling', 'as “a disaster for renters.”']);
});

test('passive of an addressee verb: only the complement is content', () => {
  const a = one('The senator was asked whether the bill would pass.');
  assert.deepEqual(a.content, ['whether the bill would pass']);
});

test('passives of verbs that are no attribution stay out: "was charged", "were found"', () => {
  assert.deepEqual(attrs('The driver was charged with speeding.'), []);
  assert.deepEqual(attrs('Three boxes were found in the hall.'), []);
});

test('a passive prepositional verb: "was criticized for X" has no source unless a by-agent is named', () => {
  const a = one('The mayor was criticized for closing the road.');
  assert.equal(a.source, null);
  assert.equal(a.sourceKind, 'agentless');
  assert.deepEqual(a.content, ['The mayor', 'for closing the road']);
});

test('"X seemed to recognize Y" is X’s attribution; "was asked by X" has X as the source', () => {
  const a = one('It rained. The mayor seemed to criticize the plan.');
  assert.equal(a.source, 'The mayor');
  assert.deepEqual(a.content, ['the plan']);
  const b = one('The senator was asked by a caller whether the plan would work.');
  assert.equal(b.source, 'a caller');
});
