// Settings validation, rule levels and findings -> diagnostics (pure, no server).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyRuleLevels, check, toDiagnostics } from '../../server/src/check';
import type { Analysis, Finding } from '../../server/src/engine/types';
import { DEFAULT_SETTINGS, engineRules, validateSettings } from '../../server/src/shared/settings';

describe('validateSettings', () => {
  test('missing or null settings give the defaults without problems', () => {
    for (const raw of [undefined, null, {}]) {
      const { settings, problems } = validateSettings(raw);
      assert.deepEqual(settings, DEFAULT_SETTINGS);
      assert.deepEqual(problems, []);
    }
  });

  test('good values are taken', () => {
    const { settings, problems } = validateSettings({
      enable: false, languages: ['markdown'], debounceMs: 50, maxFileSize: 5000,
      rules: { secondhand: 'off', 'unattributed-quote': 'error' },
      lexicon: { outlets: ['Kyiv Independent', ' '], speechVerbs: ['opine'] },
      trace: { server: 'verbose' },
    });
    assert.deepEqual(problems, []);
    assert.equal(settings.enable, false);
    assert.deepEqual(settings.languages, ['markdown']);
    assert.equal(settings.debounceMs, 50);
    assert.equal(settings.maxFileSize, 5000);
    assert.deepEqual(settings.rules, { secondhand: 'off', 'unattributed-quote': 'error' });
    assert.deepEqual(settings.lexicon, { outlets: ['Kyiv Independent'], speechVerbs: ['opine'], vagueSources: [] });
    assert.equal(settings.trace.server, 'verbose');
  });

  test('each bad value falls back to its default and is named in one problem line', () => {
    const { settings, problems } = validateSettings({
      enable: 'yes', languages: 'markdown', debounceMs: -5, maxFileSize: 'big',
      rules: { secondhand: 'loud', ok: 'hint' }, lexicon: { outlets: [1, 2] }, trace: { server: 'all' },
    });
    assert.equal(settings.enable, true);
    assert.deepEqual(settings.languages, DEFAULT_SETTINGS.languages);
    assert.equal(settings.debounceMs, DEFAULT_SETTINGS.debounceMs);
    assert.equal(settings.maxFileSize, DEFAULT_SETTINGS.maxFileSize);
    assert.deepEqual(settings.rules, { ok: 'hint' });
    assert.deepEqual(settings.lexicon.outlets, []);
    assert.equal(settings.trace.server, 'off');
    const keys = ['enable', 'languages', 'debounceMs', 'maxFileSize', 'rules.secondhand', 'lexicon.outlets', 'trace.server'];
    assert.equal(problems.length, keys.length, problems.join('\n'));
    keys.forEach((k, i) => assert.ok(problems[i].startsWith(`factcheck.${k}:`), problems[i]));
    assert.ok(problems.every((p) => !p.includes('\n')));
  });

  test('a non-object is one problem, and defaults', () => {
    const { settings, problems } = validateSettings([1, 2]);
    assert.deepEqual(settings, DEFAULT_SETTINGS);
    assert.equal(problems.length, 1);
  });

  test('engineRules maps levels to the engine options', () => {
    assert.deepEqual(engineRules({ a: 'off', b: 'hint' }), { a: { enabled: false }, b: { severity: 'hint' } });
  });
});

describe('check and diagnostics', () => {
  const f = (rule: string): Finding => ({ rule, severity: 'warning', start: 0, end: 1, message: rule });

  test('applyRuleLevels drops "off" rules and re-levels others', () => {
    const out = applyRuleLevels([f('a'), f('b'), f('c')], { a: 'off', b: 'error' });
    assert.deepEqual(out.map((x) => [x.rule, x.severity]), [['b', 'error'], ['c', 'warning']]);
    assert.deepEqual(applyRuleLevels([f('constructor')], {}).length, 1, 'no prototype keys');
  });

  test('check honours rule settings with the real engine', () => {
    // a relayed quote, and two paragraphs on a quote with no speaker (three words or more; a quote
    // paragraph right after a quoted speaker would be taken as theirs, inferred-attribution)
    const text = '“Fine,” said Al Roe, according to Reuters on Monday.\n\nThe vote failed.\n\n“Nobody saw this coming.”';
    const codes = (s = {}) => check(text, 'plaintext', { ...DEFAULT_SETTINGS, ...s }).findings.map((x) => `${x.rule}:${x.severity}`);
    assert.deepEqual(codes(), ['secondhand:warning', 'unattributed-quote:warning']);
    assert.deepEqual(codes({ rules: { secondhand: 'off', 'unattributed-quote': 'information' } }), ['unattributed-quote:information']);
  });

  test('toDiagnostics: UTF-16 ranges after emoji and CRLF lines, severities, source and code', () => {
    const text = 'a\r\n🎉 “Hi,” x\n';
    const doc = TextDocument.create('file:///t.txt', 'plaintext', 1, text);
    const start = text.indexOf('Hi');
    const analysis: Analysis = {
      length: text.length, paragraphs: [], sentences: [], attributions: [], entities: [], claims: [], errors: [],
      findings: [{ rule: 'r', severity: 'hint', start, end: start + 3, message: 'm' }, { rule: 'q', severity: 'error', start: 99, end: -4, message: 'n' }],
    };
    const [d, clamped] = toDiagnostics(doc, analysis);
    assert.deepEqual(d.range, { start: { line: 1, character: 4 }, end: { line: 1, character: 7 } });
    assert.equal(d.severity, 4);
    assert.equal(d.source, 'factcheck');
    assert.equal(d.code, 'r');
    assert.equal(clamped.severity, 1);
    assert.deepEqual(clamped.range.start, clamped.range.end, 'out-of-range offsets are clamped, never thrown');
  });

  test('a truncated analysis gets an information diagnostic where the check stopped', () => {
    const text = 'x'.repeat(1500) + '\nmore\n';
    const analysis = check(text, 'plaintext', { ...DEFAULT_SETTINGS, maxFileSize: 1000 });
    assert.equal(analysis.truncated?.at, 1000);
    const doc = TextDocument.create('file:///t.txt', 'plaintext', 1, text);
    const notice = toDiagnostics(doc, analysis).find((d) => d.code === 'max-file-size');
    assert.ok(notice);
    assert.equal(notice.severity, 3);
    assert.deepEqual(notice.range, { start: { line: 0, character: 1000 }, end: { line: 0, character: 1500 } });
    assert.match(notice.message, /first 1,000 of 1,506 characters/);
  });
});
