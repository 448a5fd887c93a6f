// Attribution constructions on short invented sentences (cue detection and frames).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attrs, one } from './helpers';

test('direct: “…,” she said (curly marks, marks excluded from the content)', () => {
  const a = one('“We will win this,” she said.');
  assert.equal(a.kind, 'direct');
  assert.deepEqual(a.content, ['We will win this,']);
  assert.equal(a.cue, 'said');
  assert.equal(a.source, 'she');
});

test('direct, inverted: "...," said Jane Doe, a lawyer for the city.', () => {
  const a = one('"The plan is dead," said Jane Doe, a lawyer for the city.');
  assert.equal(a.speaker, 'Jane Doe');
  assert.equal(a.cue, 'said');
  assert.ok(a.source!.startsWith('Jane Doe'));
});

test('direct after a colon and after "said,"', () => {
  assert.deepEqual(one('The minister said: “Nothing has changed.”').content, ['Nothing has changed.']);
  assert.deepEqual(one('Ann Lee said, “It is over.”').content, ['It is over.']);
});

test('mixed: said it would be "a big mistake"', () => {
  const a = one('Tom Reyes said it would be "a big mistake" to leave.');
  assert.equal(a.kind, 'mixed');
  assert.equal(a.content[0], 'it would be "a big mistake" to leave');
});

test('indirect with and without "that"; source before the cue', () => {
  assert.equal(one('Maria Ortiz added that no talks were planned.').content[0], 'that no talks were planned');
  const b = one('The ministry said the border would stay closed.');
  assert.equal(b.content[0], 'the border would stay closed');
  assert.equal(b.source, 'The ministry');
});

test('indirect, content first: "..., the official said."', () => {
  const a = one('The vote was delayed until March, a senior official said.');
  assert.equal(a.content[0], 'The vote was delayed until March');
  assert.equal(a.source, 'a senior official');
  assert.equal(a.sourceKind, 'anonymous');
});

test('discontiguous: "X," she said, "Y." is one attribution with two spans', () => {
  const a = one('“We tried,” she said, “and we will try again.”');
  assert.deepEqual(a.content, ['We tried,', 'and we will try again.']);
});

test('addressee: told reporters that ...', () => {
  const a = one('Jim Park told reporters on Tuesday that the deal was off.');
  assert.equal(a.content[0], 'that the deal was off');
  assert.equal(a.speaker, 'Jim Park');
});

test('according to, before and after the content', () => {
  const a = one('According to the ministry, prices rose 4% in May.');
  assert.equal(a.content[0], 'prices rose 4% in May');
  assert.equal(a.source, 'the ministry');
  const b = one('Prices rose 4% in May, according to the ministry.');
  assert.equal(b.content[0], 'Prices rose 4% in May');
});

test('beliefs and intentions: believes, plans to, are hopeful that', () => {
  assert.equal(one('Lena Berg believes the market will recover.').content[0], 'the market will recover');
  assert.equal(one('The company plans to cut 200 jobs.').content[0], 'to cut 200 jobs');
  const c = one('Local farmers are hopeful that rain will come.');
  assert.equal(c.content[0], 'that rain will come');
  assert.equal(c.sourceKind, 'vague');
});

test('stance verbs take their object: accused X of Y, praised the plan', () => {
  const a = one('The mayor accused the council of waste, and left.');
  assert.equal(a.content[0], 'the council of waste');
  assert.equal(one('Sara Kim praised the new budget.').content[0], 'the new budget');
});

test('participle and coordinated cues share the subject', () => {
  const a = attrs('Dan Cole urged a vote, saying that delay was costly.');
  assert.equal(a.length, 2);
  assert.equal(a[1].cue, 'saying');
  assert.equal(a[1].speaker, 'Dan Cole');
});

test('in the latest poll: a poll as the source of the clause', () => {
  const a = one('Lee leads with 41 percent in the latest Gallup poll.');
  assert.equal(a.cue, 'in');
  assert.equal(a.source, 'the latest Gallup poll');
  assert.equal(a.content[0], 'Lee leads with 41 percent');
});

test('the poll shows: findings of documents', () => {
  const a = one('The poll shows that most voters want change.');
  assert.equal(a.content[0], 'that most voters want change');
  assert.equal(a.source, 'The poll');
});

test('reporting nouns: her claim that ...', () => {
  const a = one('Critics rejected her claim that the law was popular.');
  assert.ok(a.content[0].includes('the law was popular') || a.content[0].includes('her claim'));
});

test('agentless: is expected to, it is unclear whether', () => {
  const a = one('The bill is expected to pass next week.');
  assert.equal(a.sourceKind, 'agentless');
  assert.equal(a.source, null);
  assert.deepEqual(a.content, ['The bill', 'pass next week']);
  const b = one('It is unclear whether the talks will resume.');
  assert.equal(b.sourceKind, 'agentless');
});

test('scare quotes and titles are not attributions', () => {
  assert.deepEqual(attrs('The so-called “reform” failed, and “Hamlet” closed early.'), []);
});

test('non-ASCII: NBSP and en dash around a cue', () => {
  const a = one('“It’s done – finally,”\u00a0he\u00a0said.');
  assert.equal(a.cue, 'said');
  assert.equal(a.source, 'he');
});

test('a multi-sentence quote inside an indirect content runs to its closing mark', () => {
  const a = one('Ivan Petrov concluded that “we are not sure. But we hope.”');
  assert.ok(a.content[0].endsWith('But we hope.”'));
});

test('parenthetical cue: "C1, she said, C2" is one attribution with two spans', () => {
  const a = one('The town, she said, has changed a great deal.');
  assert.deepEqual(a.content, ['The town', 'has changed a great deal']);
  assert.equal(a.source, 'she');
});

test('a lead-in phrase before a parenthetical cue is not content', () => {
  const a = one('In other words, he said, the plan has failed.');
  assert.deepEqual(a.content, ['the plan has failed']);
});

test('a quote after "X said," wins over a clause before it', () => {
  const a = attrs('Asked whether he would resign, Tom Hale said, “Probably not.”');
  const said = a.find((x) => x.cue === 'said');
  assert.deepEqual(said?.content, ['Probably not.']);
  // the question is an agentless attribution of its own
  assert.deepEqual(a.find((x) => x.cue === 'Asked')?.content, ['whether he would resign']);
});

test('content ends before a participle or a second verb phrase', () => {
  assert.equal(one('Rita Gomez said the deal was fair, adding little else.').content[0], 'the deal was fair');
  assert.equal(attrs('Rita Gomez said the deal was fair and criticized the press.')[0].content[0], 'the deal was fair');
});

test('a naming participle is not a cue: "a group called ..."', () => {
  assert.deepEqual(attrs('A new group called Fair Votes Now met on Monday.'), []);
});

test('headline and transcript colons: "Name: words"', () => {
  const a = one('Senator Lee: Budget deal is a disaster for farmers\n\nThe rest of the story.');
  assert.equal(a.source, 'Senator Lee');
  assert.equal(a.content[0], 'Budget deal is a disaster for farmers');
  assert.equal(a.cue, ':');
});

test('a quote ending a clause makes the clause the (mixed) content', () => {
  const a = one('Teachers in the district are “very, very angry,” Joe Kim said.');
  assert.equal(a.kind, 'mixed');
  assert.ok(a.content[0].startsWith('Teachers in the district'));
});

test('the cue may be followed by anything once a closing quote precedes NAME + cue', () => {
  const a = one('“I never saw it coming,” Ana Ruiz writes in what is presented as her memoir.');
  assert.deepEqual(a.content, ['I never saw it coming,']);
  assert.equal(a.speaker, 'Ana Ruiz');
});

test('dash appositive and a modal first name', () => {
  assert.equal(one('Lee Park — a teacher from Dover — says he will vote.').speaker, 'Lee Park');
  assert.equal(one('"It is costly," said Will Doyle, an economist.').speaker, 'Will Doyle');
});

test('nouns that are also verbs: "the comments were" is no cue; a subject before the verb makes it one', () => {
  assert.deepEqual(attrs('The comments were many.'), []);
  assert.deepEqual(attrs('A fundraising call came early.'), []);
  assert.equal(one('The mayor comments that taxes are too high.').content[0], 'that taxes are too high');
  // "comment on X" is a prepositional reporting verb: what it is about is the content
  const a = one('The mayor comments on many topics.');
  assert.equal(a.cue, 'comments on');
  assert.deepEqual(a.content, ['many topics']);
});

test('a participle with no cue before it takes the sentence subject', () => {
  const a = one('The Post intervened in April, arguing that the records were public.');
  assert.equal(a.cue, 'arguing');
  assert.equal(a.speaker, 'The Post');
});

test('a relative clause cue keeps its content inside the clause', () => {
  const a = attrs('Mr. Leeds, who estimated that a third of workers agreed, said he voted twice.');
  const said = a.find((x) => x.cue === 'said');
  assert.ok(said, JSON.stringify(a));
  assert.equal(said.content[0], 'he voted twice');
  assert.equal(said.speaker, 'Leeds');
});

test('"X said in a statement." followed by a quote: the quote is the content', () => {
  const a = one('Sam Lau said in a statement. “There are no ballots to recount.”');
  assert.deepEqual(a.content, ['There are no ballots to recount.']);
  assert.deepEqual(a.chain, ['speaker:Sam Lau', 'medium:statement']);
});

test('told is never inverted: "..., told POLITICO, “...”"', () => {
  const a = one('Dick Dever, who sat on the slate, told POLITICO, “I like Kasich best.”');
  assert.equal(a.speaker, 'Dick Dever');
  assert.deepEqual(a.content, ['I like Kasich best.']);
  assert.deepEqual(a.chain, ['speaker:Dick Dever', 'medium:Politico']);
});

test('“Quote.” ― Name: a dash after a quote attributes it', () => {
  const a = one('“The town deserves better. We all do.” ― Krystal Moreno');
  assert.equal(a.cue, '―');
  assert.equal(a.speaker, 'Krystal Moreno');
  assert.deepEqual(a.content, ['The town deserves better. We all do.']);
});
