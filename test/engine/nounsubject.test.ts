// Reporting words that head a subject noun phrase are no cues (invented sentences).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attrs, one } from './helpers';

test('"Health worries have dogged her", "10 judges will hear": nouns, no attribution', () => {
  assert.equal(attrs('Health worries have dogged the senator for weeks.').length, 0);
  assert.equal(attrs('Of the 10 judges who will hear the case, six were named by the governor.').length, 0);
});

test('gaps, names, years and labels before the verb still make reports', () => {
  assert.equal(one('A study in 2015 finds that café prices rose.').cue, 'finds');
  assert.equal(one('Article 33 affirms that no state shall expel a refugee.').cue, 'affirms');
  assert.equal(attrs('The plan, which the mayor says will cost $5 million, passed.')[0]?.cue, 'says');
  assert.equal(one('Jo Lee worries that the café will close.').cue, 'worries');
});

test('a base form after a singular quantifier is a noun: "One question that has emerged is ..."', () => {
  assert.equal(attrs('One question that has emerged is whether the café will close.').filter((x) => x.cue === 'question').length, 0);
  assert.equal(one('One said the café would close.').cue, 'said');
});
