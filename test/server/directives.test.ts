// Inline ignore comments: parsing, suppression, the quick-fix edits, and check() honouring them.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { check } from '../../server/src/check';
import {
  applyDirectives,
  disableFileEdit,
  ignoreLineEdit,
  lineAt,
  lineStarts,
  parseDirectives,
  Suppressions,
  type EditPlan,
} from '../../server/src/directives';
import { DEFAULT_SETTINGS } from '../../server/src/shared/settings';

const apply = (text: string, e: EditPlan) => text.slice(0, e.start) + e.newText + text.slice(e.end);
/** Suppression of `rule` at the first occurrence of `needle`. */
function suppressed(text: string, lang: string, rule: string, needle: string, nth = 0): boolean {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `needle ${needle} not in text`);
  return new Suppressions(text, parseDirectives(text, lang)).isSuppressed(rule, at);
}

describe('lineStarts / lineAt', () => {
  test('LF, CRLF and lone CR all end lines, as LSP counts them', () => {
    const text = 'a\nb\r\nc\rd';
    const s = lineStarts(text);
    assert.deepEqual(s, [0, 2, 5, 7]);
    assert.deepEqual([0, 1, 2, 3, 4, 5, 6, 7].map((o) => lineAt(s, o)), [0, 0, 1, 1, 1, 2, 2, 3]);
  });
});

describe('parseDirectives', () => {
  test('reads every Markdown form with rule lists (spaces or commas), offsets in UTF-16', () => {
    const text = '“Zoë” 🎉 <!-- factcheck-disable-line secondhand -->\n<!--factcheck-disable-next-line a, b c-->\n<!-- factcheck-disable -->\n<!-- factcheck-enable x -->\n<!-- factcheck-disable-file -->';
    const { directives, problems } = parseDirectives(text, 'markdown');
    assert.deepEqual(problems, []);
    assert.deepEqual(directives.map((d) => [d.name, d.rules]), [
      ['disable-line', ['secondhand']],
      ['disable-next-line', ['a', 'b', 'c']],
      ['disable', []],
      ['enable', ['x']],
      ['disable-file', []],
    ]);
    const first = directives[0];
    assert.equal(first.start, text.indexOf('<!--'));
    assert.equal(first.start, 9, 'curly quotes and ë are one unit, the emoji two');
    assert.equal(text.slice(first.start, first.end), '<!-- factcheck-disable-line secondhand -->');
  });

  test('plain text reads the bracket form and HTML comments; Markdown ignores brackets', () => {
    const text = '[factcheck-disable-next-line secondhand]\n“Hi,” said Al.\n<!-- factcheck-disable-file -->\n';
    assert.deepEqual(parseDirectives(text, 'plaintext').directives.map((d) => [d.name, d.syntax]), [
      ['disable-next-line', 'bracket'],
      ['disable-file', 'comment'],
    ]);
    assert.deepEqual(parseDirectives(text, 'markdown').directives.map((d) => d.name), ['disable-file']);
  });

  test('ordinary comments and brackets are not directives; misspelt ones are problems', () => {
    const text = '<!-- TODO: check -->\n[citation needed]\n<!-- factcheck-disable-nextline secondhand -->\n[factcheck-disable-line bad!id]\n<!-- FACTCHECK-DISABLE -->';
    const { directives, problems } = parseDirectives(text, 'plaintext');
    assert.deepEqual(directives, []);
    assert.equal(problems.length, 3);
    assert.match(problems[0].message, /Unknown factcheck directive "factcheck-disable-nextline"/);
    assert.equal(text.slice(problems[0].start, problems[0].end), '<!-- factcheck-disable-nextline secondhand -->');
    assert.match(problems[1].message, /"bad!id" is not a rule id/);
    assert.match(problems[2].message, /Unknown factcheck directive "FACTCHECK-DISABLE"/);
  });

  test('Markdown: examples in fenced code and inline code are not directives', () => {
    const text = [
      'Use `<!-- factcheck-disable-file -->` to switch it off.',
      '```markdown',
      '<!-- factcheck-disable-file -->',
      '```',
      '- item',
      '  ~~~~',
      '  <!-- factcheck-disable -->',
      '  ~~~~',
      '<!-- factcheck-disable-line secondhand -->',
    ].join('\n');
    assert.deepEqual(parseDirectives(text, 'markdown').directives.map((d) => d.name), ['disable-line']);
    // Plain text has no code: the same comments count there.
    assert.equal(parseDirectives(text, 'plaintext').directives.length, 4);
  });

  test('multi-line comments, CRLF, and an unclosed comment do not throw', () => {
    const text = '<!--\r\n  factcheck-disable-next-line\r\n  secondhand\r\n-->\r\n“Hi,” said Al.\r\n<!-- factcheck-disable';
    const { directives, problems } = parseDirectives(text, 'markdown');
    assert.deepEqual(directives.map((d) => [d.name, d.rules]), [['disable-next-line', ['secondhand']]]);
    assert.deepEqual(problems, []);
    assert.ok(suppressed(text, 'markdown', 'secondhand', 'Hi'), 'next line after the line where the comment ends');
    assert.ok(!suppressed(text, 'markdown', 'other', 'Hi'));
  });
});

describe('Suppressions', () => {
  test('disable-next-line applies to the next line only; disable-line to its own line', () => {
    const text = 'A “one”\n[factcheck-disable-next-line]\nB “two” [factcheck-disable-line secondhand]\nC “three”\n';
    assert.ok(!suppressed(text, 'plaintext', 'secondhand', 'one'));
    assert.ok(suppressed(text, 'plaintext', 'anything', 'two'));
    assert.ok(!suppressed(text, 'plaintext', 'secondhand', 'three'));
    const t2 = 'B “two” [factcheck-disable-line secondhand]\nC “three”';
    assert.ok(suppressed(t2, 'plaintext', 'secondhand', 'two'));
    assert.ok(!suppressed(t2, 'plaintext', 'unattributed-quote', 'two'));
    assert.ok(!suppressed(t2, 'plaintext', 'secondhand', 'three'));
  });

  test('regions: disable/enable, per rule and for every rule, with exceptions', () => {
    const text = [
      'q0',
      '<!-- factcheck-disable secondhand -->',
      'q1',
      '<!-- factcheck-enable secondhand -->',
      'q2',
      '<!-- factcheck-disable -->',
      'q3',
      '<!-- factcheck-enable secondhand -->',
      'q4',
      '<!-- factcheck-enable -->',
      'q5',
    ].join('\r\n');
    const at = (q: string, rule: string) => suppressed(text, 'markdown', rule, q);
    assert.deepEqual(['q0', 'q1', 'q2', 'q3', 'q4', 'q5'].map((q) => at(q, 'secondhand')), [false, true, false, true, false, false]);
    assert.deepEqual(['q0', 'q1', 'q2', 'q3', 'q4', 'q5'].map((q) => at(q, 'other')), [false, false, false, true, true, false]);
  });

  test('disable-file applies everywhere, even before the comment', () => {
    const text = '“a” said X\n<!-- factcheck-disable-file secondhand unattributed-quote -->\n“b”';
    assert.ok(suppressed(text, 'markdown', 'secondhand', 'a'));
    assert.ok(suppressed(text, 'markdown', 'unattributed-quote', 'b'));
    assert.ok(!suppressed(text, 'markdown', 'loaded-cue', 'b'));
  });

  test('applyDirectives filters findings and turns problems into findings', () => {
    const text = '“a”\n<!-- factcheck-disable-nxt-line -->\n<!-- factcheck-disable-next-line r -->\n“b”';
    const b = text.indexOf('“b') + 1;
    const findings = [{ rule: 'r', start: 1 }, { rule: 'r', start: b }, { rule: 's', start: b }];
    const out = applyDirectives(findings, text, 'markdown', (p) => ({ rule: 'invalid-directive', start: p.start }));
    assert.deepEqual(out.map((f) => f.rule), ['r', 'invalid-directive', 's']);
  });
});

describe('check() honours directives with the real engine', () => {
  const settings = DEFAULT_SETTINGS;
  const rules = (text: string, lang = 'plaintext') => check(text, lang, settings).findings.map((f) => f.rule);

  test('plain text: a bracket line above silences one rule on the next line', () => {
    const quote = '“Fine,” said Al Roe, according to Reuters on Monday.';
    assert.deepEqual(rules(quote), ['secondhand']);
    assert.deepEqual(rules(`[factcheck-disable-next-line secondhand]\n${quote}`), []);
    assert.deepEqual(rules(`[factcheck-disable-next-line unattributed-quote]\n${quote}`), ['secondhand']);
  });

  test('Markdown: a misspelt directive is reported as invalid-directive, and can itself be switched off', () => {
    // an unattributed quote needs three words or more (shorter ones read as scare quotes or titles)
    const text = '<!-- factcheck-disabel -->\n“Nobody saw this coming.”\n';
    assert.deepEqual(rules(text, 'markdown'), ['invalid-directive', 'unattributed-quote']);
    assert.deepEqual(check(text, 'markdown', { ...settings, rules: { 'invalid-directive': 'off' } }).findings.map((f) => f.rule), ['unattributed-quote']);
  });

  test('directives after the maxFileSize cut are not read', () => {
    const text = '“Nobody saw this coming.”\n' + 'x'.repeat(1200) + '\n<!-- factcheck-disable-file -->';
    assert.deepEqual(rules(text, 'markdown'), []);
    assert.deepEqual(check(text, 'markdown', { ...settings, maxFileSize: 1000 }).findings.map((f) => f.rule), ['unattributed-quote']);
  });
});

describe('quick-fix edits', () => {
  test('plain text: inserts a bracket directive above, with the line’s indentation and line ending', () => {
    const text = 'Intro.\r\n    “Hi,” said Al, according to Reuters.\r\nEnd.';
    const e = ignoreLineEdit(text, 'plaintext', text.indexOf('Hi'), 'secondhand');
    const out = apply(text, e);
    assert.equal(out, 'Intro.\r\n    [factcheck-disable-next-line secondhand]\r\n    “Hi,” said Al, according to Reuters.\r\nEnd.');
    assert.ok(suppressed(out, 'plaintext', 'secondhand', 'Hi'));
    // Again for another rule: the existing directive is extended, not duplicated.
    const out2 = apply(out, ignoreLineEdit(out, 'plaintext', out.indexOf('Hi'), 'unattributed-quote'));
    assert.equal(out2.split('factcheck-').length, 2);
    assert.match(out2, /\[factcheck-disable-next-line secondhand unattributed-quote\]/);
  });

  test('Markdown: above a paragraph start, at the end of a continuation line, list item or quote', () => {
    const para = 'Intro.\n\n  “Hi,” said Al.\n';
    assert.equal(apply(para, ignoreLineEdit(para, 'markdown', para.indexOf('Hi'), 'r')), 'Intro.\n\n  <!-- factcheck-disable-next-line r -->\n  “Hi,” said Al.\n');
    const first = '“Hi,” said Al.';
    assert.equal(apply(first, ignoreLineEdit(first, 'markdown', 1, 'r')), '<!-- factcheck-disable-next-line r -->\n“Hi,” said Al.');
    for (const [text, expected] of [
      ['Intro line\n“Hi,” said Al.\n', 'Intro line\n“Hi,” said Al. <!-- factcheck-disable-line r -->\n'],
      ['- “Hi,” said Al.\n', '- “Hi,” said Al. <!-- factcheck-disable-line r -->\n'],
      ['> “Hi,” said Al.  \n> next', '> “Hi,” said Al. <!-- factcheck-disable-line r -->  \n> next'],
      ['A\n“Hi,” said Al.\\\nB', 'A\n“Hi,” said Al. <!-- factcheck-disable-line r -->\\\nB'],
    ]) {
      const out = apply(text, ignoreLineEdit(text, 'markdown', text.indexOf('Hi'), 'r'));
      assert.equal(out, expected);
      assert.ok(suppressed(out, 'markdown', 'r', 'Hi'), out);
    }
  });

  test('Markdown: an existing disable-line on the line is extended; "every rule" stays as it is', () => {
    const text = 'A\n“Hi” <!-- factcheck-disable-line a -->\n';
    assert.equal(apply(text, ignoreLineEdit(text, 'markdown', 4, 'b')), 'A\n“Hi” <!-- factcheck-disable-line a b -->\n');
    const all = 'A\n“Hi” <!-- factcheck-disable-line -->\n';
    assert.equal(apply(all, ignoreLineEdit(all, 'markdown', 4, 'b')), all);
  });

  test('disable in file: top of a plain file; after Markdown front matter; extends an existing one', () => {
    const plain = '“Hi”\n';
    assert.equal(apply(plain, disableFileEdit(plain, 'plaintext', 'r')), '[factcheck-disable-file r]\n“Hi”\n');
    const md = '---\r\ntitle: “x”\r\n---\r\n# Head\r\n';
    const out = apply(md, disableFileEdit(md, 'markdown', 'r'));
    assert.equal(out, '---\r\ntitle: “x”\r\n---\r\n<!-- factcheck-disable-file r -->\r\n# Head\r\n');
    assert.equal(apply(out, disableFileEdit(out, 'markdown', 's')), out.replace('file r', 'file r s'));
    const onlyFront = '---\na: 1\n---';
    assert.equal(apply(onlyFront, disableFileEdit(onlyFront, 'markdown', 'r')), '---\na: 1\n---\n<!-- factcheck-disable-file r -->\n');
    assert.equal(apply('', disableFileEdit('', 'markdown', 'r')), '<!-- factcheck-disable-file r -->\n');
  });
});
