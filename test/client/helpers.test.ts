// Pure client helpers: document selector and language union, status texts, Sources view labels.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { documentSelector, languageUnion, SCHEMES } from '../../client/src/selector';
import { quoteDescription, quoteLabel, quoteTooltip, sourceDescription, sourceIcon, sourceTooltip } from '../../client/src/sourcesText';
import { languageStatusText, statusBarText } from '../../client/src/statusText';
import type { SourceInfo, StatusParams } from '../../server/src/shared/protocol';

describe('selector', () => {
  test('one filter per language and scheme; files, untitled and virtual file systems only', () => {
    assert.deepEqual(SCHEMES, ['file', 'untitled', 'vscode-vfs', 'vscode-test-web']);
    const sel = documentSelector(['markdown']);
    assert.deepEqual(sel.map((f) => f.scheme), SCHEMES);
    assert.ok(sel.every((f) => f.language === 'markdown'));
    assert.ok(!documentSelector(['plaintext']).some((f) => f.scheme === 'git'));
  });

  test('languageUnion merges folder lists, skips bad values, falls back to the default', () => {
    assert.deepEqual(languageUnion([['markdown'], ['plaintext', 'markdown'], undefined]), ['markdown', 'plaintext']);
    assert.deepEqual(languageUnion([['latex', 3, ' '], 'x']), ['latex']);
    assert.deepEqual(languageUnion([undefined, []]), ['plaintext', 'markdown']);
  });
});

describe('status texts', () => {
  const checked: StatusParams = { uri: 'u', version: 1, state: 'checked', findings: 3, counts: { error: 1, warning: 2, information: 0, hint: 0 }, ms: 1234 };

  test('status bar: counts by severity, check mark when clean, hidden when not a factcheck document', () => {
    const b = statusBarText(checked)!;
    assert.equal(b.text, '$(quote) $(error) 1 $(warning) 2');
    assert.match(b.tooltip, /1 error, 2 warnings, 0 information, 0 hints in this document \(checked in 1,234 ms\)/);
    assert.match(b.tooltip, /Problems panel/);
    assert.equal(b.warning, false);
    assert.equal(statusBarText({ ...checked, findings: 0, counts: { error: 0, warning: 0, information: 0, hint: 0 } })!.text, '$(quote) $(check)');
    assert.equal(statusBarText(undefined), undefined);
    assert.equal(statusBarText({ ...checked, state: 'skipped' }), undefined);
    assert.equal(statusBarText({ ...checked, state: 'disabled' }), undefined);
    assert.match(statusBarText({ ...checked, state: 'waiting' })!.tooltip, /Check Document/);
  });

  test('a partial check says so in the text, tooltip and colour', () => {
    const b = statusBarText({ ...checked, truncated: { at: 200000, length: 250123 } })!;
    assert.match(b.text, / · partial$/);
    assert.match(b.tooltip, /Only the first 200,000 of 250,123 characters were checked \(factcheck.maxFileSize\)/);
    assert.equal(b.warning, true);
    const l = languageStatusText({ ...checked, truncated: { at: 200000, length: 250123 } });
    assert.equal(l.warning, true);
    assert.match(l.detail, /first 200,000 of 250,123/);
  });

  test('language status for each state', () => {
    assert.equal(languageStatusText(undefined).detail, 'waiting for the first check');
    assert.equal(languageStatusText(checked).text, 'factcheck: 3 findings');
    assert.equal(languageStatusText({ ...checked, findings: 1 }).text, 'factcheck: 1 finding');
    assert.equal(languageStatusText({ ...checked, state: 'skipped' }).detail, 'language not in factcheck.languages');
    assert.match(languageStatusText({ ...checked, state: 'waiting' }).detail, /manual/);
  });
});

describe('Sources view labels', () => {
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
  const src: SourceInfo = {
    key: 'k', name: 'Ana *Ruiz*', category: 'named', speakerType: 'person', description: 'aide', count: 2, relayed: 1, relays: ['Wirecorp'],
    attributions: [
      { id: 'a1', kind: 'direct', location: range, excerpt: 'We are ready,', cue: 'said', chain: 'Ana Ruiz → this article', relays: [], inferred: false, rules: [] },
      { id: 'a2', kind: 'indirect', location: range, excerpt: 'nothing changed', chain: 'Ana Ruiz → Wirecorp → this article', relays: ['Wirecorp'], inferred: true, rules: ['secondhand'] },
    ],
  };

  test('source description, icon and escaped tooltip', () => {
    assert.equal(sourceDescription(src), '2 quotes · named · 1 relayed via Wirecorp');
    assert.equal(sourceDescription({ ...src, count: 1, relayed: 0, relays: [] }), '1 quote · named · first-hand');
    assert.equal(sourceDescription({ ...src, relayed: 2 }), '2 quotes · named · relayed via Wirecorp');
    assert.deepEqual(
      (['named', 'anonymous', 'outlet', 'group', 'unknown'] as const).map((category) => sourceIcon({ category, speakerType: 'person' })),
      ['person', 'eye-closed', 'broadcast', 'comment-discussion', 'question'],
    );
    assert.equal(sourceIcon({ category: 'named', speakerType: 'organization' }), 'organization');
    assert.match(sourceTooltip(src), /^\*\*Ana \\\*Ruiz\\\*\*\* — aide/);
  });

  test('quote label, description and tooltip', () => {
    const [a1, a2] = src.attributions;
    assert.equal(quoteLabel(a1), '“We are ready,”');
    assert.equal(quoteLabel(a2), 'nothing changed');
    assert.equal(quoteDescription(a1), 'first-hand');
    assert.equal(quoteDescription(a2), 'via Wirecorp · inferred · secondhand');
    assert.match(quoteTooltip(a2), /Reported speech/);
    assert.match(quoteTooltip(a2), /Flagged: `secondhand`/);
  });
});
