// Rules: each rule on an invented example, plus the registry's options.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, RULES } from '../../server/src/engine';

const rules = (t: string, o = {}) => analyze(t, o).findings.map((f) => `${f.rule}:${t.slice(f.start, f.end)}`);

test('every rule has an id, a default severity and a description', () => {
  const ids = RULES.map((r) => r.id);
  assert.deepEqual(ids.sort(), ['inferred-attribution', 'secondhand', 'unattributed-claim', 'unattributed-quote', 'unsourced-report', 'vague-source']);
  for (const r of RULES) assert.ok(r.description.length > 10 && r.defaultSeverity);
});

test('secondhand: via an outlet', () => {
  assert.ok(rules('“No deal,” Lars Berg told Reuters.').some((f) => f.startsWith('secondhand:No deal')));
});

test('unattributed-quote and inferred-attribution', () => {
  assert.ok(rules('Rain fell.\n\n“This is a scandal and everyone knows it.”').some((f) => f.startsWith('unattributed-quote:')));
  const r = rules('“We won,” said Ida Marsh. “And we will win again next year.”\n\n“Nobody can stop us now, not this year.”');
  assert.ok(r.some((f) => f.startsWith('inferred-attribution:And we will win')));
  assert.ok(r.some((f) => f.startsWith('inferred-attribution:Nobody can stop us')));
  assert.ok(!r.some((f) => f.startsWith('unattributed-quote')));
});

test('vague-source: critics, experts, a source', () => {
  const r = rules('Experts say the dam is unsafe. Some critics argue that it was always unsafe.');
  assert.ok(r.includes('vague-source:Experts'));
  assert.ok(r.some((f) => f.startsWith('vague-source:Some critics') || f.startsWith('vague-source:critics')));
});

test('unsourced-report: previously reported, reportedly', () => {
  const r = rules('The previously reported merger was reportedly cancelled.');
  assert.ok(r.includes('unsourced-report:previously reported'));
  assert.ok(r.includes('unsourced-report:reportedly'));
});

test('unattributed-claim: a sweeping claim in the article\'s voice, not an attributed one', () => {
  assert.ok(rules('Nobody in the city was ever safe from the floods.').some((f) => f.startsWith('unattributed-claim:')));
  assert.ok(!rules('Ana Ruiz said nobody in the city was ever safe from the floods.').some((f) => f.startsWith('unattributed-claim:')));
});

test('options.rules disables a rule and changes severity', () => {
  const t = 'Critics say the dam is unsafe.';
  assert.equal(analyze(t, { rules: { 'vague-source': { enabled: false } } }).findings.filter((f) => f.rule === 'vague-source').length, 0);
  const f = analyze(t, { rules: { 'vague-source': { severity: 'error' } } }).findings.find((x) => x.rule === 'vague-source');
  assert.equal(f?.severity, 'error');
});
