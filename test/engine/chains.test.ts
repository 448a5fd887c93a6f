// Chains: every link the text names.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attrs, one } from './helpers';

test('in a statement: medium', () => {
  const a = one('The ministry said in a statement that the border was open.');
  assert.deepEqual(a.chain, ['speaker:The ministry', 'medium:statement']);
});

test('in an interview with an outlet: the outlet is the medium', () => {
  const a = one('Ana Gil said in an interview with CNN that she would run.');
  assert.deepEqual(a.chain, ['speaker:Ana Gil', 'medium:CNN']);
});

test('citing a named source: a relay of the frame it follows, not an attribution of its own', () => {
  const a = attrs('Prices will rise, the agency said, citing Bloomberg.');
  assert.equal(a.length, 1);
  assert.ok(a[0].chain.includes('relay:Bloomberg'), a[0].chain.join());
});

test('citing evidence: an attribution of its own', () => {
  const a = attrs('Prices will rise, the agency said, citing internal documents.');
  const c = a.find((x) => x.cue === 'citing');
  assert.ok(c);
  assert.deepEqual(c.content, ['internal documents']);
  assert.equal(c.source, 'the agency');
});

test('an outlet as the source is its own speaker', () => {
  const a = one('The Washington Post reported that the deal collapsed.');
  assert.deepEqual(a.chain, ['speaker:The Washington Post']);
});

test('options.lexicon.outlets adds outlets', () => {
  const a = one('“We hold the line,” Petro Koval told Kyiv Daily Bulletin.', { lexicon: { outlets: ['Kyiv Daily Bulletin'] } });
  assert.deepEqual(a.chain, ['speaker:Petro Koval', 'medium:Kyiv Daily Bulletin']);
});
