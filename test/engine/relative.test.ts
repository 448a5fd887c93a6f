// Relative clauses whose gap is what was said or believed (cues/relative.ts), infinitive cues,
// quotes after an unknown verb. Invented sentences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attrs, one } from './helpers';

test('"which he believes will ...": the relative and the clause after the verb are the content', () => {
  const a = attrs('The tax, which she believes will hurt farmers, passed.').find((x) => x.cue === 'believes');
  assert.ok(a);
  assert.equal(a.source, 'she');
  assert.deepEqual(a.content, ['which', 'will hurt farmers']);
  const b = attrs('The council ordered a review the mayor said was overdue.').find((x) => x.cue === 'said');
  assert.ok(b);
  assert.deepEqual(b.content, ['a review', 'was overdue']);
});

test('an infinitive cue takes the sentence subject, or the object of a control verb', () => {
  const a = one('Ana Ruiz used her speech to criticize the new budget.');
  assert.equal(a.cue, 'criticize');
  assert.equal(a.source, 'Ana Ruiz');
  assert.deepEqual(a.content, ['the new budget']);
  const b = attrs('The vote led Jo Lee to endorse the plan.').find((x) => x.cue === 'endorse');
  assert.ok(b);
  assert.equal(b.source, 'Jo Lee');
  // inside another attribution's content it stays inner: one attribution
  assert.equal(attrs('Ana Ruiz said she wants to criticize the budget.').length, 1);
});

test('a name, an unknown past-tense verb, a comma and a quote: a direct attribution', () => {
  const a = one('Ana Ruiz interjected, “That is not what we agreed.”');
  assert.equal(a.cue, 'interjected');
  assert.deepEqual(a.content, ['That is not what we agreed.']);
});

test('initials and titles inside names: "James A. Lewis, ..., said", “Why?” Mr. Doe asked', () => {
  assert.equal(one('It rained. James A. Lewis, an expert, said, “They picked it up.”').speaker, 'James A. Lewis');
  const a = one('“Why would we stop?” Mr. Doe asked.');
  assert.equal(a.source, 'Mr. Doe');
  assert.deepEqual(a.content, ['Why would we stop?']);
});
