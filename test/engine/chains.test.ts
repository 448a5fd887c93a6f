// Chains: every link the text names.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { one } from './helpers';

test('in a statement: medium', () => {
  const a = one('The ministry said in a statement that the border was open.');
  assert.deepEqual(a.chain, ['speaker:The ministry', 'medium:statement']);
});

test('in an interview with an outlet: the outlet is the medium', () => {
  const a = one('Ana Gil said in an interview with CNN that she would run.');
  assert.deepEqual(a.chain, ['speaker:Ana Gil', 'medium:CNN']);
});

test('citing: relay', () => {
  const a = one('Prices will rise, the agency said, citing Bloomberg.');
  assert.ok(a.chain.includes('relay:Bloomberg'), a.chain.join());
});

test('an outlet as the source is its own speaker', () => {
  const a = one('The Washington Post reported that the deal collapsed.');
  assert.deepEqual(a.chain, ['speaker:The Washington Post']);
});

test('options.lexicon.outlets adds outlets', () => {
  const a = one('“We hold the line,” Petro Koval told Kyiv Daily Bulletin.', { lexicon: { outlets: ['Kyiv Daily Bulletin'] } });
  assert.deepEqual(a.chain, ['speaker:Petro Koval', 'medium:Kyiv Daily Bulletin']);
});
