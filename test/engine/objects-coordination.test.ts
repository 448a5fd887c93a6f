// A second verb phrase after the object is not a reported clause (invented sentences).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attrs, one } from './helpers';

test('"echoed the themes and took the stage": the object ends before the coordinated verb phrase', () => {
  assert.deepEqual(one('Both mayors echoed similar themes and took the stage together.').content, ['similar themes']);
  assert.deepEqual(one('Zoë Park welcomed the café’s plan and then quickly left the room.').content, ['the café’s plan']);
});

test('a clause whose subject is coordinated stays a clause: "noted the plan and its costs were too high"', () => {
  assert.deepEqual(one('The aide noted the plan and its costs were too high.').content, ['the plan and its costs were too high']);
});

test('an object ends before "in an interview", "on Monday" and "in order to"', () => {
  assert.deepEqual(one('Jo Lee praised the café owners in an interview with the paper.').content, ['the café owners']);
  assert.deepEqual(one('Jo Lee criticized the plan on Monday.').content, ['the plan']);
  assert.deepEqual(attrs('Jo Lee praised her staff in order to show there was no rift.')[0].content, ['her staff']);
});

test('an opening time phrase is skipped when the sentence subject is the source: "Last week, X seemed to blame Y"', () => {
  const a = one('Earlier this month, Zoë Park seemed to blame the café owners.');
  assert.equal(a.source, 'Zoë Park');
  assert.deepEqual(a.content, ['the café owners']);
});

test('an object goes on past a name in apposition: "praised the first lady, Zoë Park, ..."', () => {
  assert.equal(one('Jo Lee praised the first lady, Zoë Park, for her work on the café.').content[0].startsWith('the first lady, Zoë Park'), true);
  assert.deepEqual(one('Jo Lee praised the mayor, Tom Roe said.').content, ['Jo Lee praised the mayor']);
});
