// A speaker's description keeps whose title it is: "Putin spokesman Dmitry Peskov" is described as
// "Putin spokesman" (the example in types.ts), not just "spokesman"; a date before the title is not an owner.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/engine';

const speakerOf = (text: string) => {
  const a = analyze(text).attributions;
  assert.equal(a.length, 1, JSON.stringify(a));
  return a[0].speaker;
};

test('a name right before a lowercase title is part of the description', () => {
  assert.equal(speakerOf('“We are ready,” said Kremlin spokesman Dmitry Peskov.')?.description, 'Kremlin spokesman');
  assert.equal(speakerOf('White House spokesman Josh Earnest said the talks had failed.')?.description, 'White House spokesman');
  const s = speakerOf('“We are ready,” said Kremlin spokesman Dmitry Peskov.');
  assert.equal(s?.name, 'Dmitry Peskov');
});

test('no owner: the title alone; a day name is not an owner', () => {
  assert.equal(speakerOf('“We are ready,” said spokesman Dmitry Peskov.')?.description, 'spokesman');
  assert.equal(speakerOf('On Monday spokesman Jo Bloggs said the talks had failed.')?.description, 'spokesman');
});
