// Large adversarial documents, made in the test: long runs of the patterns that break scanners
// (100k quote marks of each kind, a 10 MB single line, lone surrogates, NUL and binary characters,
// CR/LF/CRLF mixes, RTL and combining marks, emoji, Markdown with unclosed fences, comments, code
// spans, links and ignore comments). Each goes through check() (engine + ignore comments) in plain
// text and Markdown; it must not throw, must stay within a generous time budget (a guard against
// quadratic blow-ups, not a speed test) and must give well-formed spans.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { performance } from 'node:perf_hooks';
import { check } from '../../server/src/check';
import { DEFAULT_SETTINGS } from '../../server/src/shared/settings';
import { assertWellFormed, budgetMs } from './properties';

const K100 = 100_000;
const CASES: Record<string, () => string> = {
  '100k straight double quotes': () => '"'.repeat(K100),
  '100k opening curly quotes': () => '\u201c'.repeat(K100),
  '100k closing curly quotes': () => '\u201d'.repeat(K100),
  '100k guillemets and low-9 marks': () => '\u00ab\u00bb\u201e'.repeat(K100 / 3),
  '100k apostrophes and single curly quotes': () => "'\u2018\u2019\u201a\u2039\u203a`".repeat(K100 / 7),
  "100k doubled apostrophes ('')": () => "'' a ".repeat(K100 / 2),
  '100k quotes around single words': () => '\u201ca\u201d '.repeat(K100 / 2),
  'quotes nested 50k deep, then closed': () => '\u201c\u2018'.repeat(K100 / 4) + 'x' + '\u2019\u201d'.repeat(K100 / 4),
  '100k unbalanced quote-cue sentences': () => '\u201cThe plan failed, he said. '.repeat(K100 / 25),
  'colon-introduced quotes never closed': () => 'He said: \u201c'.repeat(K100 / 10),
  'lone surrogates (high, low, reversed)': () => '\ud800a\udc00\udbff\udfff\udc00\ud800 said '.repeat(K100 / 14),
  'emoji, ZWJ sequences and flags': () => '\ud83d\ude00 \u201c\ud83d\udc4d,\u201d \ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67 said \ud83c\uddfa\ud83c\uddf8. '.repeat(K100 / 30),
  'NUL and binary characters': () => '\u0000\u0001\u0002\u00ff\ufffe\uffff\u001b[0m said \u201cx\u201d '.repeat(K100 / 20),
  'CR, LF, CRLF and LS/PS mixed': () => 'He said.\r\n\u201cYes.\u201d\r\u201cNo,\u201d she said.\n\r\u2028x\u2029\r\r\n\n'.repeat(K100 / 40),
  'RTL text, bidi controls, combining marks': () => '\u05e9\u05dc\u05d5\u05dd \u202e said \u201cx\u201d \u202c e\u0301\u0301\u0301 \u0645\u0631\u062d\u0628\u0627 \u2066y\u2069 '.repeat(K100 / 40),
  'a word of 100k letters': () => 'a'.repeat(K100),
  'sentence terminators without spaces': () => '.!?\u2026'.repeat(K100 / 4),
  'abbreviations only': () => 'Mr. Dr. U.S. e.g. J. '.repeat(K100 / 20),
  'cue words only': () => 'said according to told citing reportedly '.repeat(K100 / 40),
  'Markdown: 100k unclosed fences': () => '```\n~~~\n'.repeat(K100 / 8),
  'Markdown: 100k unclosed HTML comments': () => '<!-- factcheck-disable '.repeat(K100 / 22),
  'Markdown: unclosed code spans': () => '`a \u201cb '.repeat(K100 / 6),
  'Markdown: link openers without targets': () => '](x [y '.repeat(K100 / 7),
  'Markdown: tag openers': () => '<a <b/ </'.repeat(K100 / 8),
  'Markdown: front matter never closed': () => '---\n' + 'key: \u201cvalue\n'.repeat(K100 / 12),
  'Markdown: block markers and quotes': () => '# \u201cx\n> \u2018y\n- [z](http://a.b/(c\n'.repeat(K100 / 30),
  'ignore comments on one long line, with backticks': () => '<!-- factcheck-disable-line --> ` \u201cq\u201d '.repeat(K100 / 40),
  'ignore brackets never closed': () => '[factcheck-disable-line '.repeat(K100 / 24),
  'disable/enable regions with findings between': () => '<!-- factcheck-disable secondhand -->\nCritics said it failed.\n<!-- factcheck-enable -->\n'.repeat(K100 / 90),
  'URLs back to back': () => 'http://x.y/(a_(b)c)www.'.repeat(K100 / 24),
};

const settings = { ...DEFAULT_SETTINGS, maxFileSize: 50_000_000 };

function run(text: string, languageId: string) {
  const t0 = performance.now();
  const a = check(text, languageId, settings);
  const ms = performance.now() - t0;
  assert.ok(ms < budgetMs(text.length), `${ms.toFixed(0)} ms for ${text.length} chars (budget ${budgetMs(text.length).toFixed(0)} ms)`);
  assertWellFormed(text, a);
  return a;
}

describe('fuzz: large adversarial documents', () => {
  for (const [name, make] of Object.entries(CASES)) {
    it(name, () => {
      const text = make();
      for (const languageId of ['plaintext', 'markdown']) run(text, languageId);
    });
  }

  it('a 10 MB single line of prose (no line break at all)', () => {
    const unit = '\u201cThe minister said that it was true,\u201d he told reporters and critics said it was not; ';
    const text = unit.repeat(Math.ceil(10_000_000 / unit.length));
    assert.ok(text.length >= 10_000_000);
    const a = run(text, 'plaintext');
    assert.equal(a.paragraphs.length, 1);
    assert.ok(a.attributions.length > 1000, `${a.attributions.length} attributions`);
  });
});
