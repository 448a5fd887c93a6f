// "As X noted, C" / "C, as X put it" (invented sentences).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attrs, one } from './helpers';

test('an "as" clause opening the sentence reports the main clause', () => {
  const a = one('As Jane Doe noted in her speech, the plan was a failure.');
  assert.deepEqual([a.source, a.cue, a.content[0]], ['Jane Doe', 'noted', 'the plan was a failure']);
  const b = one('As the mayor put it, the plan was a failure.');
  assert.deepEqual([b.source, b.cue, b.content[0]], ['the mayor', 'put it', 'the plan was a failure']);
});

test('an "as" clause ending the sentence reports what comes before it', () => {
  const a = one('The plan was a failure, as Jane Doe noted.');
  assert.deepEqual([a.source, a.cue, a.content[0]], ['Jane Doe', 'noted', 'The plan was a failure']);
});

test('"as" clauses that report nothing', () => {
  // a time clause, and a verb that is no reporting verb
  assert.deepEqual(attrs('As prices rose, the mayor left town.'), []);
  assert.deepEqual(attrs('As Jane Doe arrived, the plan was a failure.'), []);
  // "put" without "it" is no cue
  assert.deepEqual(attrs('As Jane Doe put the box down, the plan was a failure.'), []);
});

test('an "as" clause after a short opener, or between a subject and its predicate', () => {
  const a = one('If, as Zoë Lund has suggested, the firm benefits from the rule, it should pay.');
  assert.equal(a.source, 'Zoë Lund');
  assert.ok(a.content[0].startsWith('the firm benefits from the rule'));
  const b = one('The vote, as Lund noted, was close.');
  assert.deepEqual([b.source, b.content], ['Lund', ['The vote', 'was close']]);
});
