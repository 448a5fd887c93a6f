// Where reported content ends, and quotes that continue a speaker past a participle (invented sentences).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attrs, one } from './helpers';

test('a clause ends before a comparison, a contrast and a coordinated report', () => {
  assert.equal(attrs('Most voters said yes, compared with a third who said no.')[0].content[0], 'yes');
  assert.equal(attrs('Ana Ruiz said the road will close, while other officials said it would not.')[0].content[0], 'the road will close');
  assert.equal(attrs('Ana Ruiz said the road will close, and city officials said it was overdue.')[0].content[0], 'the road will close');
});

test('a comma inside a closing quote ends the clause before a participle', () => {
  const a = attrs('Jo Lee said things “should be settled by June,” referring to the vote.')[0];
  assert.equal(a.content[0], 'things “should be settled by June,”');
});

test('a participle after the cue does not stop the next quote from continuing the speaker', () => {
  const a = attrs('“We will appeal,” said Ana Ruiz, asking for patience. “It may take months.”').find((x) => x.cue === 'said');
  assert.ok(a);
  assert.deepEqual(a.content, ['We will appeal,', 'It may take months.']);
});

test('a quote after any reporting verb and a comma: "He continued, “...”", ", however,"', () => {
  assert.deepEqual(one('He continued, “We never stopped talking.”').content, ['We never stopped talking.']);
  assert.deepEqual(one('Jo Lee acknowledged, however, “Past results are no guide.”').content, ['Past results are no guide.']);
  assert.deepEqual(one('She went on: “It is like a leak in the roof.”').content, ['It is like a leak in the roof.']);
});

test('a quantifier alone is a source: “...,” tweeted another / Another tweeted, “...”', () => {
  assert.equal(one('“Watch the law,” tweeted another.').source, 'another');
  assert.equal(one('Another tweeted, “She is above the rules.”').source, 'Another');
});

test('said yes / said so have content', () => {
  assert.deepEqual(one('Most voters said yes.').content, ['yes']);
  assert.deepEqual(one('Zoë said yes, yes, yes.').content, ['yes, yes, yes']);
});

test('an object list or appositive goes on past its commas: "questioned his tactics, his judgment and his decency"', () => {
  assert.deepEqual(one('Ana Ruiz questioned his tactics, his judgment and his decency.').content, ['his tactics, his judgment and his decency']);
  // ... but a participle or a new clause after the comma ends it
  assert.deepEqual(attrs('Ana Ruiz praised the plan, saying it was overdue.')[0].content, ['the plan']);
});

test('floated quantifiers and datelines are no sources', () => {
  assert.equal(one('It rained. Jo Lee and Ana Ruiz have both supported the levy.').source, 'Jo Lee and Ana Ruiz');
  const a = attrs('RIVERTON — The mayor sent a memo calling the vote a sham.').find((x) => x.cue === 'calling');
  assert.ok(a);
  assert.equal(a.source, 'The mayor');
});

test('a clause ends before another report after a comma and before "and" + a new subject', () => {
  assert.equal(attrs('Most voters said they are undecided, 27 percent of them said they could change.')[0].content[0], 'they are undecided');
  assert.equal(attrs('Ana Ruiz said she would not run and she left the room.')[0].content[0], 'she would not run');
});

test('an object goes on past ", who ..." and ", including ..."; a list with several commas stays whole', () => {
  assert.deepEqual(one('Ana Ruiz praised Jo Lee, who led the count.').content, ['Jo Lee, who led the count']);
  assert.deepEqual(one('Ana Ruiz questioned his tactics, his judgment, his worldview and his decency.').content, ['his tactics, his judgment, his worldview and his decency']);
});

test('an inverted source with a relative clause ending the sentence: the next sentence’s quote does not cancel the cue', () => {
  const a = attrs('Both parties "saw the café as a place under pressure," said Jo Lee, who served as mayor. "It was like pushing on an open door."');
  assert.equal(a.length, 1);
  assert.equal(a[0].source, 'Jo Lee, who served as mayor');
  assert.deepEqual(a[0].content, ['Both parties "saw the café as a place under pressure,"', '"It was like pushing on an open door."']);
});

test('"says at a stop in Toledo, Ohio, that C": the clause after a place phrase with commas', () => {
  assert.deepEqual(one('Jo Lee says at a campaign stop in Toledo, Ohio, that the café never paid taxes.').content, ['that the café never paid taxes']);
  // ... but not a relative "that" after an object
  assert.equal(attrs('Officials have been promising a larger café for months, one that has yet to open.')[0]?.content[0], 'a larger café for months');
});

test('a clause ends before a closing medium phrase: "said C in a statement on Monday"', () => {
  assert.deepEqual(one('Jo Lee said the café would close in a statement on Monday.').content, ['the café would close']);
  // ... but a medium noun inside the clause stays: "said she would speak in an interview that airs Monday"
  assert.deepEqual(one('Jo Lee said she would explain it in an interview that airs Monday.').content, ['she would explain it in an interview that airs Monday']);
});

test('a clause ends before an absolute "with" phrase: ", with one tracker showing her ahead"', () => {
  const a = attrs('Polling averages show the mayor with a lead in single digits, with one tracker showing her ahead by 3 points.');
  assert.equal(a[0].content[0], 'the mayor with a lead in single digits');
});
