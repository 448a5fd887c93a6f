// Constructions added for recall (invented sentences): prepositional reporting verbs, stance
// participles after a noun, to + quote, content none of the specific patterns reads.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attrs, one } from './helpers';

test('prepositional reporting verbs: the preposition’s object is the content', () => {
  let a = one('The senator voted against the bill.');
  assert.equal(a.cue, 'voted against');
  assert.deepEqual(a.content, ['the bill']);
  a = one('Ana Ruiz spoke at length about the flooding.');
  assert.equal(a.cue, 'spoke at length about');
  assert.deepEqual(a.content, ['the flooding']);
  a = one('Critics complained of delays in the budget.');
  assert.equal(a.source, 'Critics');
  assert.deepEqual(a.content, ['delays in the budget']);
  // the preposition must be the verb’s own, and a time is no object
  assert.deepEqual(attrs('He talked with friends.'), []);
  assert.deepEqual(attrs('They voted on Tuesday.'), []);
});

test('nouns that look like prepositional verbs are no cue: "her campaign for mayor"', () => {
  assert.deepEqual(attrs('Her campaign for mayor ended in May.'), []);
  assert.deepEqual(attrs('The focus on costs is new.'), []);
});

test('a stance participle after a noun is an attribution of that noun: "a group backing the senator"', () => {
  const a = attrs('An outside group backing the senator spent millions.').find((x) => x.cue === 'backing');
  assert.ok(a);
  assert.equal(a.source, 'An outside group');
  assert.deepEqual(a.content, ['the senator']);
  // other participles after a noun still are not: "people reading this"
  assert.deepEqual(attrs('Many people reading this article live abroad.'), []);
});

test('to + a quote: "vowed to “take our fight” to the states"', () => {
  const a = one('He vowed to “take our fight” to the other states.');
  assert.equal(a.kind, 'mixed');
  assert.equal(a.content[0], 'to “take our fight” to the other states');
});

test('content that starts with a word no pattern reads: "predict between two and four"', () => {
  assert.deepEqual(one('Economists predict between two and four rate rises.').content, ['between two and four rate rises']);
  // a clause verb needs a clause there: "adding little else" is no content
  assert.equal(attrs('Rita Gomez said the deal was fair, adding little else.').length, 1);
});

test('words before a quote that opens with a capital are not its clause: “Zoë’s café 🎉 “We will win,” said ...”', () => {
  const a = one('Zoë’s café 🎉 “We will win,” said Jane Doe.');
  assert.equal(a.kind, 'direct');
  assert.deepEqual(a.content, ['We will win,']);
  // a clause the quote ends is still content: "Teachers are “very, very pro-union,” she said."
  assert.equal(one('Teachers are “very, very pro-union,” Ana Ruiz said.').content[0], 'Teachers are “very, very pro-union,”');
});

test('a colon before a quote with a cue of its own introduces nothing: “Zoë: “We won,” said Al Roe.”', () => {
  const a = one('Zoë: “We won,” said Al Roe.');
  assert.equal(a.source, 'Al Roe');
  assert.deepEqual(a.content, ['We won,']);
});
