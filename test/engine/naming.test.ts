// Naming verbs: the named thing is part of the content (invented sentences).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attrs, one } from './helpers';

test('"called X “Y”" and "called X a Y": content is what is named and its name', () => {
  assert.deepEqual(one('Jo Lee called the café’s menu “a disgrace.”').content, ['the café’s menu “a disgrace.”']);
  assert.deepEqual(one('He called the plan a disaster.').content, ['the plan a disaster']);
  assert.deepEqual(one('Critics labeled the bill a giveaway to developers.').content, ['the bill a giveaway to developers']);
});

test('"told reporters that C" keeps its addressee out of the content', () => {
  assert.deepEqual(one('Jo Lee told reporters that the café would close.').content, ['that the café would close']);
});

test('a common-noun subject + "called him ..."/"called Oz a quack" is a report, "a café called Luna" is not', () => {
  assert.deepEqual(one('His aides called him “a genius” for his café plan.').content, ['him “a genius” for his café plan']);
  assert.deepEqual(one('One of the doctors called Oz a quack.').content, ['Oz a quack']);
  assert.equal(attrs('They met at a café called Luna.').length, 0);
});
