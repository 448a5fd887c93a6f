// The Sources summary (server/src/sources.ts): grouping, categories, first-hand vs relayed, excerpts.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { check } from '../../server/src/check';
import type { Analysis, Attribution, Span } from '../../server/src/engine/types';
import { DEFAULT_SETTINGS } from '../../server/src/shared/settings';
import { excerpt, summarizeSources } from '../../server/src/sources';

const span = (text: string, needle: string, from = 0): Span => {
  const start = text.indexOf(needle, from);
  assert.ok(start >= 0, needle);
  return { start, end: start + needle.length };
};

function analysisOf(text: string, attributions: Attribution[], extra: Partial<Analysis> = {}): Analysis {
  return { length: text.length, paragraphs: [], sentences: [], attributions, entities: [], claims: [], findings: [], errors: [], ...extra };
}

describe('summarizeSources', () => {
  // Invented article: Ana Ruiz twice (once through a wire), an anonymous official, critics, and a quote with no speaker.
  const text = [
    '“We are ready,” said Ana Ruiz, the mayor’s aide — in Zoë’s café 🎉.',
    'Ruiz told the Daily Planet: “Nothing\n   changed,” according to Wirecorp.',
    '“It will pass,” a senior official said.',
    'Critics say the plan is late.',
    '“Who knows?”',
  ].join('\n');
  const base = { cue: null, source: null, chain: [] as Attribution['chain'], inferred: false };
  const attributions: Attribution[] = [
    { ...base, id: 'a1', kind: 'direct', content: [span(text, 'We are ready,')], cue: span(text, 'said'), source: span(text, 'Ana Ruiz'),
      sourceKind: 'named', speaker: { name: 'Ana Ruiz', type: 'person', entity: 0 }, chain: [{ name: 'Ana Ruiz', role: 'speaker' }] },
    { ...base, id: 'a2', kind: 'direct', content: [span(text, 'Nothing\n   changed,')], cue: span(text, 'told'), source: span(text, 'Ruiz', text.indexOf('\n')),
      sourceKind: 'named', speaker: { name: 'Ruiz', type: 'person', entity: 0 },
      chain: [{ name: 'Ana Ruiz', role: 'speaker' }, { name: 'Daily Planet', role: 'medium' }, { name: 'Wirecorp', role: 'relay' }] },
    { ...base, id: 'a3', kind: 'direct', content: [span(text, 'It will pass,')], cue: span(text, 'said', text.indexOf('official')), source: span(text, 'a senior official'),
      sourceKind: 'anonymous', speaker: { name: 'a senior official', type: 'anonymous' } },
    { ...base, id: 'a4', kind: 'indirect', content: [span(text, 'the plan is late')], cue: span(text, 'say'), source: span(text, 'Critics'),
      sourceKind: 'vague', speaker: null },
    { ...base, id: 'a5', kind: 'direct', content: [span(text, 'Who knows?')], sourceKind: 'none', speaker: null },
  ];
  const analysis = analysisOf(text, attributions, {
    entities: [{ id: 0, name: 'Ana Ruiz', type: 'person', description: 'the mayor’s aide', mentions: [] }],
    findings: [
      { rule: 'secondhand', severity: 'warning', start: 0, end: 1, message: 'm', attribution: 'a2' },
      { rule: 'unattributed-quote', severity: 'warning', start: 0, end: 1, message: 'm', attribution: 'a5' },
    ],
  });
  const sources = summarizeSources(text, analysis);

  test('groups by entity (name variants together), most quoted first, then text order', () => {
    assert.deepEqual(sources.map((s) => [s.name, s.category, s.count]), [
      ['Ana Ruiz', 'named', 2],
      ['a senior official', 'anonymous', 1],
      ['Critics', 'group', 1],
      ['No speaker', 'unknown', 1],
    ]);
    assert.equal(sources[0].description, 'the mayor’s aide');
    assert.equal(new Set(sources.map((s) => s.key)).size, sources.length, 'keys are unique');
  });

  test('first-hand vs relayed, relays, chain and rule ids per quote', () => {
    const ruiz = sources[0];
    assert.equal(ruiz.relayed, 1);
    assert.deepEqual(ruiz.relays, ['Wirecorp']);
    assert.deepEqual(ruiz.attributions.map((q) => [q.id, q.relays, q.rules]), [['a1', [], []], ['a2', ['Wirecorp'], ['secondhand']]]);
    assert.equal(ruiz.attributions[1].chain, 'Ana Ruiz → Daily Planet → Wirecorp → this article');
    assert.equal(ruiz.attributions[1].cue, 'told');
    assert.deepEqual(sources[3].attributions[0].rules, ['unattributed-quote']);
  });

  test('locations are UTF-16 offsets of the content; excerpts are one line', () => {
    const q = sources[0].attributions[1];
    assert.equal(text.slice(q.location.start, q.location.end), 'Nothing\n   changed,');
    assert.equal(q.excerpt, 'Nothing changed,');
    assert.equal(sources[0].attributions[0].location.start, 1);
  });

  test('the real engine: a relayed quote and an unattributed one', () => {
    // the unattributed quote is two paragraphs on (right after Al Roe's quote it would continue it)
    const t = '“Fine,” said Al Roe, according to Reuters on Monday.\n\nThe vote failed.\n\n“Nobody saw this coming.”';
    const s = summarizeSources(t, check(t, 'plaintext', DEFAULT_SETTINGS));
    assert.deepEqual(s.map((x) => [x.name, x.category, x.count, x.relayed, x.relays]), [
      ['Al Roe', 'named', 1, 1, ['Reuters']],
      ['No speaker', 'unknown', 1, 0, []],
    ]);
  });

  test('no attributions, no sources', () => {
    assert.deepEqual(summarizeSources('plain', analysisOf('plain', [])), []);
  });
});

describe('excerpt', () => {
  test('joins spans, collapses whitespace and cuts without splitting a surrogate pair', () => {
    const t = 'ab  cd\r\nef';
    assert.equal(excerpt(t, [{ start: 0, end: 6 }, { start: 8, end: 10 }]), 'ab cd … ef');
    const emoji = 'x'.repeat(8) + '🎉🎉';
    const e = excerpt(emoji, [{ start: 0, end: emoji.length }], 10);
    assert.equal(e, 'xxxxxxxx…');
    assert.ok(!/[\uD800-\uDBFF]…$/.test(e));
  });
});
