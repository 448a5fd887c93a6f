// Impressions with no source (cues/seem.ts) and headline constructions, invented sentences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attrs, one } from './helpers';

test('"X seems Y" is an agentless attribution of X and what it seems', () => {
  const a = one('The race appears closer in the north.');
  assert.equal(a.sourceKind, 'agentless');
  assert.equal(a.cue, 'appears');
  assert.deepEqual(a.content, ['The race', 'closer in the north']);
  assert.deepEqual(one('It seems the party has too many delegates.').content, ['the party has too many delegates']);
});

test('"appeared on television" is a place, not an impression', () => {
  assert.deepEqual(attrs('The mayor appeared on television.'), []);
});

test('title-case headlines: "Name Says His ..." and "Name camp: ..."', () => {
  const a = attrs('Mayor Says His Budget Will Not Raise Taxes\n\nThe story follows.')[0];
  assert.equal(a.cue, 'Says');
  assert.equal(a.content[0], 'His Budget Will Not Raise Taxes');
  const b = attrs('Ruiz camp: the levy vote was rigged\n\nThe story follows.')[0];
  assert.equal(b.source, 'Ruiz camp');
  assert.equal(b.content[0], 'the levy vote was rigged');
});

test('a poll named with slashes is the source of what its respondents said', () => {
  const a = one('In a Daily Planet/KXYZ News poll released Sunday, 38 percent of voters said the mayor should resign.');
  assert.equal(a.cue, 'In');
  assert.equal(a.source, 'a Daily Planet/KXYZ News poll');
  assert.ok(a.content[0].startsWith('38 percent of voters said'));
});
