// Property-based fuzzing of the engine and of everything the server builds from an analysis.
// Properties: never throws, no stage error, finishes within a (generous) time budget proportional to
// the size, every span inside [0, length] with start <= end and not splitting a surrogate pair, and
// the same input gives a deep-equal output.
//
// `npm test` runs a bounded number of cases with a fixed seed; a long run:
//   FUZZ_RUNS=100000 node test/run.mjs test/fuzz        (FUZZ_SEED=n to replay a failure)
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/engine';
import { check, toDiagnostics } from '../../server/src/check';
import { DEFAULT_SETTINGS } from '../../server/src/shared/settings';
import { semanticTokens } from '../../server/src/semantic';
import { summarizeSources } from '../../server/src/sources';
import { formatAttributionHover } from '../../server/src/hover';
import { anyText, assertWellFormed, budgetMs, FUZZ_SEED, newsText, quoteSoup, repeated, runs } from './properties';

const LANGUAGES = ['plaintext', 'markdown'] as const;
const language = fc.constantFrom(...LANGUAGES);
const params = (n: number) => ({ numRuns: runs(n), seed: FUZZ_SEED, endOnFailure: true });

function timed<T>(fn: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t0 };
}

describe('fuzz: engine analyze()', () => {
  it('never throws, stays in budget, reports well-formed spans, is deterministic', () => {
    fc.assert(
      fc.property(anyText, language, (text, languageId) => {
        const { value: a, ms } = timed(() => analyze(text, { languageId }));
        assert.ok(ms < budgetMs(text.length), `${ms.toFixed(0)} ms for ${text.length} chars`);
        assertWellFormed(text, a);
        assert.deepEqual(analyze(text, { languageId }), a, 'same input, same output');
      }),
      params(400),
    );
  });

  it('quote soup: unbalanced and nested marks of every kind', () => {
    fc.assert(
      fc.property(quoteSoup, language, (text, languageId) => {
        const a = analyze(text, { languageId });
        assertWellFormed(text, a);
        // Direct quotes exclude their outer marks but never run past the text.
        for (const x of a.attributions) for (const c of x.content) assert.ok(c.end <= text.length);
      }),
      params(300),
    );
  });

  it('long runs of one pattern stay within the budget', () => {
    fc.assert(
      fc.property(repeated, language, (text, languageId) => {
        const { value: a, ms } = timed(() => analyze(text, { languageId }));
        assert.ok(ms < budgetMs(text.length), `${ms.toFixed(0)} ms for ${text.length} chars`);
        assertWellFormed(text, a);
      }),
      params(80),
    );
  });

  it('maxLength cuts anywhere (even inside a surrogate pair) and everything stays inside the cut', () => {
    fc.assert(
      fc.property(anyText, fc.nat(), language, (text, n, languageId) => {
        const maxLength = text.length ? n % (text.length + 1) : 0;
        const a = analyze(text, { languageId, maxLength });
        if (text.length > maxLength) assert.equal(a.truncated?.at, maxLength);
        else assert.equal(a.truncated, undefined);
        // Spans are checked against the analysed prefix (a cut inside a pair leaves a lone high surrogate there).
        assertWellFormed(text.slice(0, maxLength), { ...a, truncated: undefined });
      }),
      params(200),
    );
  });
});

describe('fuzz: newsroom lexicon additions', () => {
  it('extra outlets, speech verbs and vague sources of any shape (what settings validation lets through) never break it', () => {
    const entry = fc
      .oneof(fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 10 }), fc.constantFrom("'s", '(', '*', '.', 'said', 'the', 'Mr.', 'a b c d e f g h', 'opine', 'insiders', '\u201c', 'x'.repeat(500)))
      .map((x) => x.trim())
      .filter((x) => x !== '');
    const lexicon = fc.record({ outlets: fc.array(entry, { maxLength: 8 }), speechVerbs: fc.array(entry, { maxLength: 8 }), vagueSources: fc.array(entry, { maxLength: 8 }) });
    fc.assert(
      fc.property(newsText, lexicon, language, (text, lex, languageId) => {
        const a = analyze(text, { languageId, lexicon: lex });
        assertWellFormed(text, a);
        assert.deepEqual(analyze(text, { languageId, lexicon: lex }), a);
      }),
      params(150),
    );
  });
});

describe('fuzz: what the server builds from an analysis', () => {
  it('check() (ignore comments, rule levels), diagnostics, semantic tokens, Sources and hovers never throw', () => {
    const rules = fc.dictionary(fc.constantFrom('secondhand', 'unattributed-quote', 'vague-source', 'unattributed-claim', 'nope'), fc.constantFrom('off', 'error', 'hint') as fc.Arbitrary<'off' | 'error' | 'hint'>);
    fc.assert(
      fc.property(anyText, language, rules, (text, languageId, ruleLevels) => {
        const a = check(text, languageId, { ...DEFAULT_SETTINGS, rules: ruleLevels });
        assertWellFormed(text, a);
        for (const f of a.findings) assert.notEqual(ruleLevels[f.rule], 'off', `rule ${f.rule} is off`);
        const doc = TextDocument.create('file:///fuzz.txt', languageId, 1, text);
        const diagnostics = toDiagnostics(doc, a);
        for (const d of diagnostics) assert.ok(doc.offsetAt(d.range.start) <= doc.offsetAt(d.range.end));
        const data = semanticTokens(text, a);
        assert.equal(data.length % 5, 0);
        for (let i = 0; i < data.length; i++) assert.ok(Number.isInteger(data[i]) && data[i] >= 0, `semantic token data[${i}] = ${data[i]}`);
        summarizeSources(text, a);
        for (const x of a.attributions) assert.equal(typeof formatAttributionHover(text, a, x), 'string');
      }),
      params(200),
    );
  });
});
