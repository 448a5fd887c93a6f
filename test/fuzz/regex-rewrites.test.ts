// The regexes the ReDoS guard (redos.test.ts) caught were rewritten to run in linear time. These
// properties show each rewrite answers exactly what the old expression answered, on short random
// inputs made of the characters that matter (where the old one is still fast).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ignoreLineEdit, parseDirectives } from '../../server/src/directives';
import { fallbackSentences } from '../../server/src/features/claimsFormat';
import { isHttpUrl } from '../../server/src/review/model';
import { FUZZ_SEED, runs } from './properties';

const textOf = (alphabet: string[], maxLength = 40) => fc.array(fc.constantFrom(...alphabet), { maxLength, size: 'max' }).map((a) => a.join(''));
const params = { numRuns: runs(500), seed: FUZZ_SEED };

describe('linear rewrites of superlinear regexes answer as before', () => {
  it('isHttpUrl: /^https?:\\/\\/[^\\s/?#]\\S*$/i = /^https?:\\/\\/[^\\s/?#]+[^\\s]*$/i', () => {
    const old = /^https?:\/\/[^\s/?#]+[^\s]*$/i;
    const arb = fc.tuple(fc.constantFrom('', 'http://', 'https://', 'HTTP://', 'http:/', 'ftp://'), textOf(['a', '.', '/', '?', '#', ' ', '\n', '\u00a0', ':', '\u2028']));
    fc.assert(fc.property(arb, ([p, rest]) => assert.equal(isHttpUrl(p + rest), old.test(p + rest), JSON.stringify(p + rest))), params);
  });

  it('fallbackSentences: a match starts only at the first of a run of . ! ?', () => {
    const oldSentences = (text: string) => {
      const out: { start: number; end: number }[] = [];
      const push = (s: number, e: number) => {
        while (s < e && /\s/.test(text[s])) s++;
        while (e > s && /\s/.test(text[e - 1])) e--;
        if (e > s) out.push({ start: s, end: e });
      };
      let start = 0;
      const re = /[.!?]+["'”’)\]]*(?=[ \t\u00a0]+["“‘(\[]?[\p{Lu}\p{N}])|\r\n|\r|\n/gu;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const end = m.index + m[0].length;
        push(start, /[\r\n]/.test(m[0]) ? m.index : end);
        start = end;
      }
      push(start, text.length);
      return out;
    };
    const arb = textOf(['.', '!', '?', '"', '\u201d', ')', ']', ' ', '\t', '\u00a0', 'A', 'a', '1', '\n', '\r', '\u201c', '('], 60);
    fc.assert(fc.property(arb, (t) => assert.deepEqual(fallbackSentences(t), oldSentences(t), JSON.stringify(t))), params);
  });

  it('parseDirectives: HTML comments found as /<!--([\\s\\S]*?)-->/g found them', () => {
    const arb = textOf(['<!--', '-->', '<!-->', ' factcheck-disable', ' factcheck-nope', ' secondhand', '-', '>', '<', '!', ' ', '\n', 'x'], 30);
    fc.assert(
      fc.property(arb, (t) => {
        const expected: [number, number][] = [];
        for (const m of t.matchAll(/<!--([\s\S]*?)-->/g)) if (/^\s*factcheck-/i.test(m[1])) expected.push([m.index!, m.index! + m[0].length]);
        const got = parseDirectives(t, 'markdown');
        const actual = [...got.directives, ...got.problems].map((d): [number, number] => [d.start, d.end]).sort((a, b) => a[0] - b[0]);
        assert.deepEqual(actual, expected, JSON.stringify(t));
      }),
      params,
    );
  });

  it('ignoreLineEdit: a disable-line comment goes before trailing blanks and a backslash, as /(\\\\)?[ \\t]*$/ cut them', () => {
    const arb = textOf(['a', ' ', '\t', '\\', '“', 'b'], 20).filter((c) => c.trim() !== '' && !/^\s*(>|[-+*][ \t]|\d{1,9}[.)][ \t]|\|)/.test(c));
    fc.assert(
      fc.property(arb, (content) => {
        const text = `A paragraph line\n${content}\nmore`;
        const start = text.indexOf('\n') + 1;
        const edit = ignoreLineEdit(text, 'markdown', start, 'secondhand');
        assert.equal(edit.start, start + content.replace(/(\\)?[ \t]*$/, '').length, JSON.stringify(content));
      }),
      params,
    );
  });

  it('pure rewrites: /(?<!\\n)\\n*$/, /[?#][\\s\\S]*$/ and the fence line regex on lines without line terminators', () => {
    fc.assert(
      fc.property(textOf(['a', '\n', ' '], 30), (t) => assert.equal(t.replace(/(?<!\n)\n*$/, '\n'), t.replace(/\n*$/, '\n'))),
      params,
    );
    fc.assert(
      fc.property(textOf(['a', '/', '?', '#', '%20', '\\'], 30), (t) => assert.equal(t.replace(/[?#][\s\S]*$/, ''), t.replace(/[?#].*$/, ''))),
      params,
    );
    fc.assert(
      fc.property(textOf(['`', '~', ' ', '\t', '>', 'a', '`'], 20), (line) =>
        assert.deepEqual(/^[ \t>]*(`{3,}|~{3,})([\s\S]*)$/.exec(line)?.slice(1), /^[ \t>]*(`{3,}|~{3,})(.*)$/.exec(line)?.slice(1))),
      params,
    );
  });
});
