// Recall constructions of round 4 (invented sentences).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attrs, one } from './helpers';

test('"did not respond to requests for comment": respond/react to X', () => {
  const a = one('The mayor’s office did not immediately respond to requests for comment.');
  assert.equal(a.cue, 'did not immediately respond to');
  assert.deepEqual(a.content, ['requests for comment']);
  assert.deepEqual(one('Zoë reacted to the verdict.').content, ['the verdict']);
  // "respond" with no preposition object is no prepositional cue
  assert.deepEqual(attrs('Crews responded quickly.'), []);
});

test('a that-clause after a phrase between commas: "says at a stop in Toledo, Ohio, that C"', () => {
  let a = one('Ana Ruiz says at a campaign stop in Toledo, Ohio, that the plan means nothing.');
  assert.deepEqual(a.content, ['that the plan means nothing']);
  a = one('He said, twice, that he would return to Zürich.');
  assert.deepEqual(a.content, ['that he would return to Zürich']);
  // no "that" after the second comma: no content there
  assert.deepEqual(attrs('She spoke at a rally in Toledo, Ohio, on Monday.'), []);
});

test('a which-clause between the subject and the cue: "The coalition, which represents farmers, wants X"', () => {
  const a = one('The coalition, which represents 20 million Americans, wants to preserve its policy.');
  assert.equal(a.source, 'The coalition, which represents 20 million Americans');
  assert.deepEqual(a.content, ['to preserve its policy']);
  // a which-clause after a clause is not the source of a later cue
  assert.equal(one('Prices rose, which hurt farmers, experts said.').source, 'experts');
});

test('an inverted source with a relative clause ends before the sentence’s final period', () => {
  const a = one('“We won,” said Zoë Lund, who served under President Ed Bush.');
  assert.equal(a.source, 'Zoë Lund, who served under President Ed Bush');
  const b = attrs('Both parties “saw it as weak,” said Zoë Lund, who served under Ed Bush. “It was easy.”');
  assert.equal(b.length, 1);
  assert.deepEqual(b[0].content, ['Both parties “saw it as weak,”', '“It was easy.”']);
});

test('"called X Y": what is named and the name are the content; "urged X to Y": the addressee too', () => {
  assert.deepEqual(one('Ruiz called half of his rival’s supporters “deplorables.”').content, ['half of his rival’s supporters “deplorables.”']);
  assert.deepEqual(one('Zoë called the plan a disaster.').content, ['the plan a disaster']);
  assert.deepEqual(one('The mayor urged voters to stay home.').content, ['voters to stay home']);
  // a that-clause after an addressee stays without it
  assert.deepEqual(one('The mayor told reporters that the café had closed.').content, ['that the café had closed']);
});

test('"according to" with a source the noun-phrase walk stops inside, or after "But,"', () => {
  let a = one('Ferguson had 115 crimes, according to the most recent data available from the FBI.');
  assert.equal(a.source, 'the most recent data available from the FBI');
  assert.deepEqual(a.content, ['Ferguson had 115 crimes']);
  a = one('But, according to the poll, 46 percent of voters remain undecided.');
  assert.equal(a.source, 'the poll');
  assert.deepEqual(a.content, ['46 percent of voters remain undecided']);
});

test('a verb after "yet" / "or" shares the subject: "X demands A, yet refuses B"', () => {
  const a = attrs('Lund demands openness from others, yet refuses to release his tax records.');
  assert.deepEqual(a.map((x) => [x.source, x.cue, x.content]), [
    ['Lund', 'demands', ['openness from others']],
    ['Lund', 'refuses', ['to release his tax records']],
  ]);
});

test('a clause verb ending the sentence reports the clause before it: "C, The Post has learned."', () => {
  const a = one('Zoë was headed to a hospital, The Post has learned.');
  assert.deepEqual([a.source, a.cue, a.content], ['The Post', 'has learned', ['Zoë was headed to a hospital']]);
  // with an object after it the verb reads forward
  assert.deepEqual(one('The Post learned that the café had closed.').content, ['that the café had closed']);
});

test('"have since V": "since" after an auxiliary is part of the verb group', () => {
  const a = one('Officials have since denounced the café’s plan.');
  assert.deepEqual([a.source, a.cue, a.content], ['Officials', 'have since denounced', ['the café’s plan']]);
  // "since" as a conjunction is not
  assert.equal(attrs('Since officials denounced the plan, prices rose.').length, 1);
});

test('a dateline is not part of content before the cue (also after a horizontal bar)', () => {
  assert.deepEqual(one('WASHINGTON — The plan is an insult, top lawmakers said Friday.').content, ['The plan is an insult']);
  assert.deepEqual(one('DES MOINES, Iowa (AP) ― The café is closed, Zoë Lund said.').content, ['The café is closed']);
});

test('a time phrase between the verb (or its addressee) and the content', () => {
  assert.deepEqual(one('Authorities announced on Friday the arrest of a man.').content, ['the arrest of a man']);
  const a = one('Zoë Ruiz told the Daily Star last week she would vote for Lund.');
  assert.deepEqual([a.source, a.cue, a.content], ['Zoë Ruiz', 'told', ['she would vote for Lund']]);
  assert.deepEqual(one('Zoë Lund told the Post last fall that the café would close.').content, ['that the café would close']);
  // a time alone is no content
  assert.deepEqual(attrs('Ana Ruiz said last week.'), []);
});

test('"not only", "almost" inside the verb group', () => {
  assert.equal(one('The study not only documented faster warming.').source, 'The study');
  assert.equal(one('Zoë almost universally praised the café.').cue, 'almost universally praised');
});

test('a reported clause whose subject has a phrase between commas: "said their networks, almost all men, were ..."', () => {
  assert.deepEqual(one('Aides said their speeches, already full of references to security, would focus on the café.').content,
    ['their speeches, already full of references to security, would focus on the café']);
});

test('"Asked" with a time or a place before the question', () => {
  const a = attrs('Asked on Fox News who leads the party, Zoë said the race was young.');
  assert.deepEqual([a[0].source, a[0].cue, a[0].content], [null, 'Asked', ['who leads the party']]);
  assert.deepEqual(attrs('Asked Tuesday about the café, Ruiz smiled.').map((x) => x.content), [['about the café']]);
});

test('"Asked by X whether C": the one asking is the source', () => {
  const a = attrs('When asked by a reporter whether the café would close, Lund said no.');
  assert.deepEqual([a[0].source, a[0].cue, a[0].content], ['a reporter', 'asked', ['whether the café would close']]);
});

test('a reporting verb opening the sentence before its source: "Said X, who ..., “Q”"', () => {
  let a = one('Said Dora Poynter, who grew up with him, “We were all so proud of him.”');
  assert.deepEqual([a.source, a.content], ['Dora Poynter, who grew up with him', ['We were all so proud of him.']]);
  a = one('Said Zoë Ellis: “I don’t think she cares.”');
  assert.equal(a.source, 'Zoë Ellis');
  assert.deepEqual(attrs('Said to be the richest man in town, Lund bought the café.'), []);
});

test('"“Q.” Trump said.": a quote closing right before a "NAME said." sentence is its content', () => {
  const a = attrs('Ruiz lost. “If you are listening, find the emails.” Zoë Lund said.');
  assert.deepEqual(a.map((x) => [x.source, x.content]), [['Zoë Lund', ['If you are listening, find the emails.']]]);
});

test('an appositive with a short quoted name in it: "X, wearing “Ted Cruz” pins, said C"', () => {
  const a = one('Bill Eastland, wearing “Zoë 2016” pins, said the convention was dull.');
  assert.equal(a.speaker, 'Bill Eastland');
  assert.deepEqual(a.content, ['the convention was dull']);
});

test('a subject with an "including" list between commas', () => {
  const a = one('Several leaders, including Ana Ruiz, Ray Lund, Jo Bell and Ed Kim, have denounced the comments.');
  assert.equal(a.source, 'Several leaders');
});

test('"X’s argument is that C": the copula’s that-clause is the noun’s content', () => {
  const a = one('The senator’s argument is that the tax hurts café owners.');
  assert.deepEqual([a.source, a.cue, a.content], ['The senator’s', 'argument', ['that the tax hurts café owners']]);
});

test('"called on Gov. X (R) to Y": an addressee the walk cannot read before a to-infinitive', () => {
  const a = one('Sen. Zoë Ruiz called on Gov. Rick Lund (R) to resign over the crisis.');
  assert.deepEqual([a.cue, a.content], ['called on', ['Gov. Rick Lund (R) to resign over the crisis']]);
  assert.deepEqual(one('Ruiz called on Lund and Ortiz to do the same.').content, ['Lund and Ortiz to do the same']);
});
