// Incremental analysis (what the language server does on every edit): an analysis that reuses an
// EngineCache from earlier versions of the document must equal a from-scratch analyze(), for random
// documents and random edit sequences, with a cache small enough to evict, and after runs that were
// stopped half-way.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { AnalysisStopped, analyze, EngineCache } from '../../server/src/engine';
import { check } from '../../server/src/check';
import { createChecker } from '../../server/src/runner';
import { DEFAULT_SETTINGS } from '../../server/src/shared/settings';
import { adversarialText, FUZZ_SEED, newsText, runs } from '../fuzz/properties';

const PIECES = ['\n\n', '\n', '\r\n', ' ', 'x', '\u201c', '\u201d', '"', ':', '.', ' he said. ', '\u201cWe will win,\u201d said Jane Doe. ', 'According to TASS, ', 'e\u0301', '\ud83d\ude00', '```\n', '<!-- ', ' -->'];
/** An edit: at a relative position, delete some characters and insert a piece (or a copy of a slice of the text). */
const edit = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat({ max: 40 }), fc.oneof(fc.constantFrom(...PIECES), fc.constant('<copy>')), fc.double({ min: 0, max: 1, noNaN: true }));

function apply(text: string, [at, del, piece, from]: [number, number, string, number]): string {
  const i = Math.floor(at * text.length);
  const j = Math.floor(from * text.length);
  const ins = piece === '<copy>' ? text.slice(j, j + 200) : piece;
  return text.slice(0, i) + ins + text.slice(Math.min(text.length, i + del));
}

describe('incremental analysis', () => {
  test('random documents, random edits: analyze with the cache = analyze from scratch', () => {
    fc.assert(
      fc.property(
        fc.oneof({ weight: 3, arbitrary: newsText }, { weight: 1, arbitrary: adversarialText(60) }),
        fc.array(edit, { minLength: 1, maxLength: 12 }),
        fc.constantFrom('plaintext', 'markdown'),
        fc.constantFrom(4, 20_000),
        (start, edits, languageId, size) => {
          const cache = new EngineCache(size);
          let text = start;
          assert.deepEqual(analyze(text, { languageId }, cache), analyze(text, { languageId }));
          for (const e of edits) {
            text = apply(text, e);
            assert.deepEqual(analyze(text, { languageId }, cache), analyze(text, { languageId }), JSON.stringify(text));
          }
          assert.ok(cache.paragraphs.size <= size);
        },
      ),
      { numRuns: runs(120), seed: FUZZ_SEED },
    );
  });

  test('a run stopped half-way leaves a cache that still gives from-scratch results', () => {
    fc.assert(
      fc.property(newsText, fc.nat({ max: 2 }), edit, (text0, stopAfter, e) => {
        const text = (text0 + '\n\n').repeat(70); // over 64 paragraphs: the stop check is polled 3 times (paragraph 64, after buildDoc, after cues)
        const cache = new EngineCache();
        let polls = 0;
        cache.shouldStop = () => polls++ >= stopAfter;
        assert.throws(() => analyze(text, {}, cache), AnalysisStopped);
        cache.shouldStop = () => false;
        const edited = apply(text, e);
        assert.deepEqual(analyze(edited, {}, cache), analyze(edited, {}));
      }),
      { numRuns: runs(30), seed: FUZZ_SEED },
    );
  });

  test("the server's per-document checker: same as check(), undefined when stopped", () => {
    const checker = createChecker();
    const settings = { ...DEFAULT_SETTINGS, maxFileSize: 50_000_000 };
    const para = '\u201cWe will win,\u201d said Jane Doe, according to Reuters. Critics said the plan failed.\n\n';
    let text = para.repeat(200);
    for (let i = 0; i < 5; i++) {
      assert.deepEqual(checker.analyse(text, 'plaintext', settings, () => false), check(text, 'plaintext', settings));
      text = text.slice(0, 1000 + i * 97) + 'x' + text.slice(1000 + i * 97);
    }
    assert.equal(checker.analyse(text, 'plaintext', settings, () => true), undefined);
    let n = 0;
    assert.equal(checker.analyse(text, 'plaintext', settings, () => ++n > 2), undefined, 'stopped between paragraph batches');
    assert.deepEqual(checker.analyse(text, 'plaintext', settings, () => false), check(text, 'plaintext', settings));
  });
});
