// Engine bugs reported by other helpers (notes/engine-backlog.md), each on invented sentences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/engine';
import { attrs, one } from './helpers';

test('"Aides to the mayor said": the aides are the source, not the mayor', () => {
  const a = one('Aides to the mayor said the budget would pass.');
  assert.equal(a.source, 'Aides to the mayor');
  assert.notEqual(a.speaker, 'the mayor');
  assert.equal(one('People close to the campaign said the ad would run.').source, 'People close to the campaign');
  assert.equal(one('A spokeswoman to the governor said it was false.').source, 'A spokeswoman to the governor');
  // "to" after other nouns still ends the phrase
  assert.deepEqual(attrs('He gave the money to the mayor.'), []);
});

test('"Media reports said" and "according to (media) reports": reports are the source', () => {
  const a = one('Media reports said the plant would close.');
  assert.equal(a.source, 'Media reports');
  assert.equal(a.cue, 'said');
  assert.deepEqual(a.content, ['the plant would close']);
  const b = one('According to reports, the plant will close.');
  assert.equal(b.source, 'reports');
  assert.deepEqual(b.content, ['the plant will close']);
  const c = one('According to media reports, the plant will close.');
  assert.equal(c.source, 'media reports');
  assert.deepEqual(c.content, ['the plant will close']);
  assert.equal(one('The plant will close, according to news reports.').source, 'news reports');
  // a leading source keeps an appositive that ends at a comma
  assert.equal(one('According to Jane Doe, a spokeswoman for the firm, the plant will close.').source, 'Jane Doe, a spokeswoman for the firm');
  // an -s verb is still a verb after a pronoun
  assert.equal(one('She says the reports are false.').cue, 'says');
  // and the reports are still flagged as having no outlet; "According" is no person
  const text = 'According to reports, the plant will close.';
  const an = analyze(text);
  assert.ok(an.findings.some((f) => f.rule === 'unsourced-report'));
  assert.deepEqual(an.entities.map((e) => e.name), []);
});

test('a name ending a sentence does not keep its period', () => {
  const text = 'The plan will fail, said Ann Lee. The report was written by Ann Lee.';
  const a = analyze(text);
  assert.equal(a.attributions.length, 1);
  assert.equal(a.attributions[0].speaker?.name, 'Ann Lee');
  assert.equal(a.attributions[0].speaker?.type, 'person');
  const s = a.attributions[0].source!;
  assert.equal(text.slice(s.start, s.end), 'Ann Lee');
});

test('"Trump\'s claim that ..." is a noun cue, and a subject clause ends before the main verb', () => {
  const a = one("Jane Doe's claim that the vote was rigged is false.");
  assert.equal(a.cue, 'claim');
  assert.equal(a.source, "Jane Doe's");
  assert.deepEqual(a.content, ['that the vote was rigged']);
  assert.deepEqual(attrs('He rated 22% of Democratic claims as false.'), []);
});

test('a restrictive relative clause stays in the source: "A senior official who spoke on condition of anonymity said"', () => {
  const a = one('A senior official who spoke on condition of anonymity said the talks failed.');
  assert.equal(a.source, 'A senior official who spoke on condition of anonymity');
  assert.equal(a.speakerType, 'anonymous');
  assert.equal(one('People who attended the meeting said it was tense.').source, 'People who attended the meeting');
  // after an inverted cue too, and its verb is no attribution of its own
  const b = attrs('“We lost,” said one voter who asked not to be named.');
  assert.equal(b.length, 1);
  assert.equal(b[0].source, 'one voter who asked not to be named');
  // a non-restrictive relative clause is a report of its own
  const c = attrs('Jane Doe, who said the plan was flawed, voted against it.');
  assert.ok(c.some((x) => x.cue === 'said' && x.content[0] === 'the plan was flawed'));
});

test('the reason for anonymity in a participle after the cue', () => {
  const text = 'The talks failed, a senior official said, speaking on condition of anonymity because he was not authorized to discuss them.';
  const a = analyze(text);
  assert.equal(a.attributions.length, 1, 'no attribution for "to discuss them"');
  const r = a.attributions[0].anonymityReason!;
  assert.equal(text.slice(r.start, r.end), 'because he was not authorized to discuss them');
  const text2 = 'The talks failed, said a senior official who spoke on condition of anonymity because he was not authorized to discuss them.';
  const b = analyze(text2);
  assert.equal(b.attributions.length, 1);
  assert.equal(text2.slice(b.attributions[0].source!.start, b.attributions[0].source!.end).split(' who ')[0], 'a senior official');
  assert.equal(text2.slice(b.attributions[0].anonymityReason!.start, b.attributions[0].anonymityReason!.end), 'because he was not authorized to discuss them');
});

test('inverted cues followed by more words keep their quote', () => {
  const a = one('“We will dig here,” Mr. Clarke told some of the miners.');
  assert.deepEqual([a.source, a.cue], ['Mr. Clarke', 'told']);
  const b = one('“We will win this,” said Rep. Jane Roe (D-N.C.), head of the caucus.');
  assert.equal(b.speaker, 'Jane Roe');
  assert.equal(b.kind, 'direct');
  const c = attrs('It rained. “We will win this,” she said after reading the poll.');
  assert.equal(c.length, 1);
  assert.equal(c[0].content[0], 'We will win this,');
  assert.deepEqual(analyze('“We will win this,” she said after reading the poll.').unattributedQuotes, []);
});

test('"Theresa May said": May is a surname, not a modal', () => {
  const a = one('Theresa May said the deal was done.');
  assert.equal(a.source, 'Theresa May');
  assert.equal(a.speaker, 'Theresa May');
  assert.equal(one('Prime Minister Theresa May said the deal was done.').speaker, 'Theresa May');
  // the modal is still a modal after a lowercase word
  assert.deepEqual(attrs('The deal may fall apart.'), []);
});

test('subjects with a spaced-hyphen parenthetical: "economists - including X - warn"', () => {
  const a = one('Some economists - including a few at the bank - warn that rates could rise.');
  assert.equal(a.source, 'Some economists');
  assert.deepEqual(a.content, ['that rates could rise']);
  const b = one('The three scholars - Ann Lee, Bo Chan and Al Roe - agreed there were options.');
  assert.equal(b.source, 'The three scholars - Ann Lee, Bo Chan and Al Roe');
  // a hyphen inside a word is no dash
  assert.equal(one('The well-known critics agreed there were options.').source, 'The well-known critics');
});

test('a relative "that" after a trailer is no complement: "“Q,” X told reporters after the meeting that was held ..."', () => {
  const a = one('“We are in a critical situation,” Ana Ruiz told reporters after the meeting that was held on a boat.');
  assert.equal(a.kind, 'direct');
  assert.deepEqual(a.content, ['We are in a critical situation,']);
  // a complement "that" after a trailer still is
  assert.deepEqual(one('Ana Ruiz said at the meeting that the plan had failed.').content, ['that the plan had failed']);
});

test('infinitive cues: a dummy "it" is no source, a possessor of an intent noun is', () => {
  assert.deepEqual(attrs("It's hard to imagine a deal with the rebels."), []);
  assert.deepEqual(attrs('It is difficult to assess the claims.'), []);
  const a = attrs("Jane Doe's failure to denounce the group angered voters.");
  assert.equal(a.length, 1);
  assert.equal(a[0].source, "Jane Doe's");
  assert.equal(a[0].cue, 'denounce');
  assert.equal(attrs('His refusal to answer the question angered voters.')[0]?.source, 'His');
});
