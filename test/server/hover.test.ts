// Hover formatting is pure: Analysis in, Markdown out.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { analyze } from '../../server/src/engine';
import type { Analysis, Attribution } from '../../server/src/engine/types';
import { attributionAt, chainText, escapeMarkdown, findingsFor, formatAttributionHover } from '../../server/src/hover';

const base = (over: Partial<Analysis>): Analysis => ({
  length: 0, paragraphs: [], sentences: [], attributions: [], entities: [], claims: [], findings: [], errors: [], ...over,
});

// A hand-built analysis (the formatter's input): every field the formatter reads, independent of the engine.
const TEXT = '“We are ready,” Peskov told the BBC, according to TASS.';
const at = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });
const PESKOV: Attribution = {
  id: 'a1', kind: 'direct', content: [at('We are ready,')], cue: at('told'), source: at('Peskov'), sourceKind: 'named',
  speaker: { name: 'Dmitry Peskov', type: 'person', description: 'Putin spokesman' },
  chain: [
    { name: 'Dmitry Peskov', role: 'speaker' },
    { name: 'BBC', role: 'medium', relation: 'told' },
    { name: 'TASS', role: 'relay', relation: 'according_to' },
  ],
  inferred: false,
};
const ANALYSIS = base({
  length: TEXT.length,
  attributions: [PESKOV],
  findings: [
    { rule: 'secondhand', severity: 'warning', ...at('We are ready,'), attribution: 'a1', message: 'Reached the article via TASS.' },
    { rule: 'elsewhere', severity: 'hint', start: 0, end: 0, message: 'not about a1' },
  ],
});

describe('hover formatting', () => {
  test('kind, speaker with description, cue, source, chain with arrows, why flagged', () => {
    const md = formatAttributionHover(TEXT, ANALYSIS, PESKOV);
    assert.match(md, /^\*\*Direct quote\*\*/);
    assert.match(md, /\*\*Speaker:\*\* Dmitry Peskov, Putin spokesman \(person\)/);
    assert.match(md, /\*\*Cue:\*\* “told”/);
    assert.match(md, /\*\*Source as written:\*\* “Peskov”/);
    assert.ok(md.includes('**Chain:** Dmitry Peskov → BBC → TASS → this article'), md);
    assert.match(md, /\*\*Why flagged\*\*[\s\S]*warning `secondhand`: Reached the article via TASS\./);
    assert.doesNotMatch(md, /not about a1/);
    assert.doesNotMatch(md, /Inferred/);
  });

  test('inferred speaker, pronoun source, unresolved speaker, no findings', () => {
    const text = '“Yes,” he said. “No.”';
    const inferred: Attribution = {
      id: 'a2', kind: 'direct', content: [{ start: 17, end: 20 }], cue: null, source: null, sourceKind: 'none',
      speaker: { name: 'Jane Doe', type: 'person' }, chain: [{ name: 'Jane Doe', role: 'speaker' }], inferred: true,
    };
    const pronoun: Attribution = {
      id: 'a1', kind: 'direct', content: [{ start: 1, end: 5 }], cue: { start: 10, end: 14 }, source: { start: 7, end: 9 }, sourceKind: 'pronoun',
      speaker: null, chain: [], inferred: false,
    };
    const a = base({ attributions: [pronoun, inferred] });
    const md1 = formatAttributionHover(text, a, inferred);
    assert.match(md1, /\*\*Inferred:\*\*/);
    assert.match(md1, /\*\*Cue:\*\* \*none\*/);
    assert.match(md1, /No sourcing problems found/);
    const md2 = formatAttributionHover(text, a, pronoun);
    assert.match(md2, /\*\*Source as written:\*\* “he” \(pronoun\)/);
    assert.match(md2, /\*\*Speaker:\*\* \*unresolved\*/);
    assert.ok(md2.includes('unknown source → this article'));
  });

  test('reported speech and partial quotes are named as such', () => {
    for (const [kind, label] of [['indirect', 'Reported speech'], ['mixed', 'Partial quote']] as const) {
      const md = formatAttributionHover(TEXT, ANALYSIS, { ...PESKOV, kind });
      assert.ok(md.startsWith(`**${label}**`), md);
    }
  });

  test('document text is escaped, not interpreted as Markdown', () => {
    assert.equal(escapeMarkdown('*bold* [link](x) <b>\n`code`'), '\\*bold\\* \\[link\\]\\(x\\) \\<b\\> \\`code\\`');
    const text = '“Hi,” said *Evil* Corp.';
    const a: Attribution = { ...PESKOV, content: [{ start: 1, end: 4 }], cue: { start: 6, end: 10 }, source: { start: 11, end: 22 },
      speaker: { name: '*Evil* Corp', type: 'organization' }, chain: [{ name: '*Evil* Corp', role: 'speaker' }] };
    const md = formatAttributionHover(text, base({ attributions: [a] }), a);
    assert.ok(md.includes('\\*Evil\\* Corp → this article'), md);
    assert.ok(!md.includes(' *Evil*'), md);
  });

  test('attributionAt finds content, cue and source (end-inclusive) and nothing elsewhere', () => {
    assert.equal(attributionAt(ANALYSIS, TEXT.indexOf('ready'))?.attribution.id, 'a1');
    assert.deepEqual(attributionAt(ANALYSIS, TEXT.indexOf('told') + 1)?.span, at('told'));
    assert.deepEqual(attributionAt(ANALYSIS, TEXT.indexOf('Peskov'))?.span, at('Peskov'));
    assert.ok(attributionAt(ANALYSIS, at('We are ready,').end), 'the offset just after the content still hovers');
    assert.equal(attributionAt(ANALYSIS, TEXT.indexOf('according')), undefined);
    assert.equal(attributionAt(base({}), 0), undefined);
  });

  test('findingsFor takes tagged findings and untagged ones overlapping the content', () => {
    const untagged = { rule: 'x', severity: 'hint' as const, start: at('ready').start, end: at('ready').end, message: 'm' };
    const a = { ...ANALYSIS, findings: [...ANALYSIS.findings, untagged] };
    assert.deepEqual(findingsFor(a, PESKOV).map((f) => f.rule), ['secondhand', 'x']);
  });

  test('with the real engine: a quote relayed by an outlet', () => {
    const text = 'Zoë’s café — 🎉 “We will win,” said Jane Doe, according to Reuters on Monday.';
    const analysis = analyze(text);
    const hit = attributionAt(analysis, text.indexOf('will'));
    assert.ok(hit, 'an attribution under the quote');
    assert.equal(chainText(analysis, hit.attribution), 'Jane Doe → Reuters → this article');
    assert.match(formatAttributionHover(text, analysis, hit.attribution), /secondhand/);
  });

  test('the seed article: TASS quote', () => {
    const text = fs.readFileSync(path.join(__dirname, '..', '..', 'seeds', '000_196e15989cac9fdd.txt'), 'utf8');
    const analysis = analyze(text);
    const hit = attributionAt(analysis, text.indexOf('This will not be in coming weeks') + 5);
    assert.ok(hit, 'an attribution under the TASS quote');
    const md = formatAttributionHover(text, analysis, hit.attribution);
    assert.ok(md.includes('Dmitry Peskov → BBC → TASS → this article'), md);
    assert.ok(md.includes('Dmitry Peskov, Putin spokesman'), md);
    assert.match(md, /\*\*Cue:\*\* “told”/);
    assert.match(md, /\*\*Source as written:\*\* “Peskov”/);
  });
});
