// A concessive clause after the reported clause ("even though", "although", "though") is not content.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attrs } from './helpers';

const said = (text: string) => attrs(text).find((a) => a.cue === 'said' || a.cue === 'argued');

test('", even though ..." and "– although ..." end the reported clause', () => {
  assert.deepEqual(said('Zoë Brandt said the café would reopen in May, even though the lease had expired.')?.content, ['the café would reopen in May']);
  assert.deepEqual(said('The mayor argued that the tax was fair – although few residents agreed.')?.content, ['that the tax was fair']);
  assert.deepEqual(said('He said the vote was close, though turnout was high.')?.content, ['the vote was close']);
});

test('a short insertion or the adverb "though" stays inside the content', () => {
  assert.deepEqual(said('She said it was a candid, although brief, talk with the unions.')?.content, ['it was a candid, although brief, talk with the unions']);
  assert.deepEqual(said('He said the plan, even as a draft, had support.')?.content, ['the plan, even as a draft, had support']);
});

test('a subordinate clause with its own subject ends a noun-phrase object', () => {
  const a = attrs('Rubio supported the bill when it came to the Senate.').find((x) => x.cue === 'supported');
  assert.deepEqual(a?.content, ['the bill']);
  const b = attrs('Ana Núñez praised the mayor because he kept the library open.').find((x) => x.cue === 'praised');
  assert.deepEqual(b?.content, ['the mayor']);
  // a clause object keeps its adjuncts
  const c = attrs('Critics have argued that it helps when voters are angry.').find((x) => x.cue === 'have argued');
  assert.deepEqual(c?.content, ['that it helps when voters are angry']);
});

test('a second report after a comma ends the first content: "..., 39 have said they ...", "..., others argue that ..."', () => {
  let a = attrs('Most delegates said they back Okafor, 12 have said they back Müller.');
  assert.deepEqual(a.map((x) => [x.cue, x.content[0]]), [['said', 'they back Okafor'], ['have said', 'they back Müller']]);
  a = attrs('Some argue that the café broke the law, others argue that the law is unclear.');
  assert.deepEqual(a.map((x) => [x.source, x.content[0]]), [['Some', 'that the café broke the law'], ['others', 'that the law is unclear']]);
  // a relative clause or a list before the verb is no second report
  a = attrs('She said the ruling, which some have argued was rushed, stands.');
  assert.deepEqual(a.find((x) => x.cue === 'said')?.content, ['the ruling, which some have argued was rushed, stands']);
});

test('", a claim that X disputes": an appositive about the reported clause is not content', () => {
  assert.deepEqual(said('Rossi said the clinic had closed in June, a claim that the council disputes.')?.content, ['the clinic had closed in June']);
  // an appositive inside the clause, before its verb, stays
  assert.deepEqual(said('Rossi said the clinic, a building that dates from 1920, had closed.')?.content, ['the clinic, a building that dates from 1920, had closed']);
});
