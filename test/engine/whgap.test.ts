// Free relatives whose gap is what was said (invented sentences).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attrs, one } from './helpers';

test('an object gap: "what Jo Lee said when ..." -> content "what", source "Jo Lee"', () => {
  const a = one('That is what Jo Lee said when she resigned from the café.');
  assert.deepEqual(a.content, ['what']);
  assert.equal(a.source, 'Jo Lee');
});

test('a subject gap: "what Republicans say is a pattern of abuse" -> the wh-word and the clause', () => {
  const a = attrs('This is what Republicans say is a pattern of abuse by the mayor.').find((x) => x.cue === 'say');
  assert.ok(a);
  assert.deepEqual(a.content, ['what', 'is a pattern of abuse by the mayor']);
  assert.equal(a.source, 'Republicans');
});

test('"said what she thought" stays an ordinary object', () => {
  assert.deepEqual(one('Jo Lee said what she thought.').content, ['what she thought']);
});
