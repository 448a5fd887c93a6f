// The rule registry: ids, severities, descriptions, options.rules, and no rule fires on empty or odd input.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, RULES } from '../../../server/src/engine';

test('every rule has a unique id, a default severity and a description', () => {
  const ids = RULES.map((r) => r.id);
  assert.deepEqual([...ids].sort(), [
    'agentless', 'anonymous-source', 'hedge', 'inferred-attribution', 'loaded-cue', 'secondhand', 'single-source',
    'unattributed-claim', 'unattributed-quote', 'unsourced-report', 'vague-source',
  ]);
  assert.equal(new Set(ids).size, ids.length);
  for (const r of RULES) {
    assert.ok(r.description.length > 10, r.id);
    assert.ok(['error', 'warning', 'information', 'hint'].includes(r.defaultSeverity), r.id);
  }
});

test('options.rules disables a rule and changes its severity', () => {
  const t = 'Critics say the dam is unsafe.';
  assert.equal(analyze(t, { rules: { 'vague-source': { enabled: false } } }).findings.filter((f) => f.rule === 'vague-source').length, 0);
  const f = analyze(t, { rules: { 'vague-source': { severity: 'error' } } }).findings.find((x) => x.rule === 'vague-source');
  assert.equal(f?.severity, 'error');
});

test('no rule fails on empty, blank, emoji-only or punctuation-only text', () => {
  for (const t of ['', '   \n\n ', '😀😀 🎉', '“”—–…', '\u00a0\u00a0.', 'a']) {
    const a = analyze(t);
    assert.deepEqual(a.errors, [], JSON.stringify(t));
  }
});

test('every finding lies inside the text and has a message that says what to do', () => {
  const t = 'The “so-called” reform – reportedly drafted by officials – cut pensions by 10\u00a0percent. 😀 It is believed that 40,000 jobs went. Critics say the reform failed badly. Jane Doe claimed that the deal had collapsed.';
  const a = analyze(t);
  assert.deepEqual([...new Set(a.findings.map((f) => f.rule))].sort(), ['agentless', 'hedge', 'loaded-cue', 'unattributed-claim', 'vague-source']);
  for (const f of a.findings) {
    assert.ok(f.start >= 0 && f.end <= t.length && f.start < f.end, `${f.rule} ${f.start}-${f.end}`);
    assert.ok(f.message.length > 20 && /[.?]$/.test(f.message), f.message);
  }
});
