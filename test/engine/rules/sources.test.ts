// anonymous-source, vague-source, agentless and unsourced-report: who the source is (or is not).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flagged, messages } from './helpers';

test('anonymous-source: "a source", officials, people familiar with the matter', () => {
  assert.deepEqual(flagged('“The deal is off,” a source told the paper.', 'anonymous-source'), ['a source']);
  assert.deepEqual(flagged('Officials said the plant would close in 2026.', 'anonymous-source'), ['Officials']);
  assert.deepEqual(flagged('People familiar with the matter said the bid was withdrawn.', 'anonymous-source'), ['People familiar with the matter']);
  assert.deepEqual(flagged('His aides said the speech was rewritten twice.', 'anonymous-source'), ['His aides']);
});

test('anonymous-source: the message says whether a reason is given, only that anonymity was granted, or neither', () => {
  const none = messages('A senior official said the talks had failed.', 'anonymous-source');
  assert.equal(none.length, 1);
  assert.match(none[0], /no reason given/);
  const reason = messages('A senior official, who spoke on condition of anonymity because he was not authorized to speak publicly, said the talks had failed.', 'anonymous-source');
  assert.equal(reason.length, 1);
  assert.match(reason[0], /reason given \("because he was not authori/);
  assert.match(reason[0], /corroborate|name them/);
  const to = messages('Two officials, who spoke on condition of anonymity to discuss the talks, said the deal was off.', 'anonymous-source');
  assert.match(to[0], /reason given \("to discuss the talks"\)/);
});

test('anonymous-source: not a named person, a role named in apposition, or a vague group', () => {
  assert.deepEqual(flagged('Ann Lee, the city’s finance chief, said the budget was short.', 'anonymous-source'), []);
  assert.deepEqual(flagged('A spokesman for the firm, Ann Lee, said the bid was withdrawn.', 'anonymous-source'), []);
  assert.deepEqual(flagged('Critics say the dam is unsafe.', 'anonymous-source'), []);
  assert.deepEqual(flagged('Reports say the mayor resigned.', 'anonymous-source'), []);
});

test('vague-source: critics, some, experts, quantified groups', () => {
  assert.deepEqual(flagged('Critics say the dam is unsafe.', 'vague-source'), ['Critics']);
  assert.deepEqual(flagged('Some analysts argue the euro will fall.', 'vague-source'), ['Some analysts']);
  assert.deepEqual(flagged('Experts warn that the bridge is unsafe.', 'vague-source'), ['Experts']);
  assert.deepEqual(flagged('Many residents say the water smells.', 'vague-source'), ['Many residents']);
  assert.match(messages('Critics say the dam is unsafe.', 'vague-source')[0], /Name at least one/);
});

test('vague-source: not anonymous people, a group already introduced, or a named one', () => {
  assert.deepEqual(flagged('Officials said the plant would close.', 'vague-source'), []);
  assert.deepEqual(flagged('The researchers said the bridge is unsafe.', 'vague-source'), []);
  assert.deepEqual(flagged('Ana Ruiz, an engineer who inspected the dam, said it is unsafe.', 'vague-source'), []);
});

test('vague-source: options.lexicon.vagueSources extends the heads', () => {
  const t = 'Several moles said the plan leaked.';
  assert.deepEqual(flagged(t, 'vague-source'), ['Several moles']); // quantified
  assert.deepEqual(flagged('Moles said the plan leaked.', 'vague-source', { lexicon: { vagueSources: ['moles'] } }), ['Moles']);
});

test('agentless: it is believed, is expected to, it is not clear, is seen as', () => {
  assert.deepEqual(flagged('It is believed that the minister resigned on Monday.', 'agentless'), ['It is believed']);
  assert.deepEqual(flagged('The bridge is expected to open next year.', 'agentless'), ['is expected to']);
  assert.deepEqual(flagged('It is not clear whether the council approved the budget.', 'agentless'), ['It is not clear']);
  assert.match(messages('It is believed that the minister resigned.', 'agentless')[0], /believed by whom\?/);
  assert.match(messages('The bridge is expected to open next year.', 'agentless')[0], /expected by whom\?/);
  assert.match(messages('It is not clear whether the council met.', 'agentless')[0], /unclear to whom\?/);
});

test('agentless: not when someone holds the belief, and not "seems to"', () => {
  assert.deepEqual(flagged('The mayor believes that the minister resigned.', 'agentless'), []);
  assert.deepEqual(flagged('Officials expect the bridge to open next year.', 'agentless'), []);
  assert.deepEqual(flagged('The sky seemed to darken over the square.', 'agentless'), []);
});

test('unsourced-report: previously reported, it was reported, reports with no outlet', () => {
  assert.deepEqual(flagged('The previously reported merger was cancelled.', 'unsourced-report'), ['previously reported']);
  assert.deepEqual(flagged('It was reported that the mayor resigned.', 'unsourced-report'), ['It was reported']);
  assert.deepEqual(flagged('Reports say the mayor resigned.', 'unsourced-report'), ['Reports']);
  assert.deepEqual(flagged('Local media reported that the mayor resigned.', 'unsourced-report'), ['Local media']);
  assert.match(messages('Reports say the mayor resigned.', 'unsourced-report')[0], /which outlet\?/);
});

test('unsourced-report: not a named outlet, a named report, or a single-word hedge', () => {
  assert.deepEqual(flagged('Reuters reported that the mayor resigned.', 'unsourced-report'), []);
  assert.deepEqual(flagged('A report by the GAO said the budget was short.', 'unsourced-report'), []);
  assert.deepEqual(flagged('The merger was reportedly cancelled.', 'unsourced-report'), []);
});
