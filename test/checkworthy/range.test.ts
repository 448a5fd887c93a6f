// The scorer reads a statement in place (text[from, to) of the document) when an analysis has no
// cache: that must score exactly like the statement's slice, also when the range cuts a surrogate
// pair or a word, and when it is longer than the scoring cap.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { explainRange, explainStatement } from '../../server/src/engine/checkworthy';
import { extractFeatures } from '../../server/src/engine/checkworthy/features';
import { adversarialText, FUZZ_SEED, runs } from '../fuzz/properties';

const plain = (x: ReturnType<typeof explainStatement>) => ({ score: x.score, checkable: x.checkable, features: [...x.features], contributions: x.contributions.map((c) => ({ ...c })) });

const withRange = (gen: fc.Arbitrary<string>) =>
  gen.chain((s) => fc.tuple(fc.constant(s), fc.nat({ max: s.length }), fc.nat({ max: s.length })).map(([t, a, b]) => [t, Math.min(a, b), Math.max(a, b)] as const));

const NEWS = fc.array(fc.constantFrom('In 1998 the', 'unemployment', 'fell by 40,000,', 'I think', 'they’ll', 'Home', 'Read more', '😀', '$3 billion', 'nobody', 'record high', 'He voted', '\u00a0', '—', '?', '.', ' '), { maxLength: 30 }).map((xs) => xs.join(' '));

test('extractFeatures on text[from, to) equals extractFeatures on the slice', () => {
  for (const gen of [NEWS, adversarialText(40)]) {
    fc.assert(
      fc.property(withRange(gen), ([t, a, b]) => {
        const got = extractFeatures(t, undefined, a, b);
        const want = extractFeatures(t.slice(a, b));
        assert.deepEqual(got, want);
      }),
      { numRuns: runs(1500), seed: FUZZ_SEED },
    );
  }
  // a surrogate pair cut at the end of the range: a lone surrogate, as in the slice
  const t = 'Prices rose 40 percent 😀 in 2016';
  const cut = t.indexOf('😀') + 1;
  assert.deepEqual(extractFeatures(t, undefined, 0, cut), extractFeatures(t.slice(0, cut)));
});

test('explainRange equals explainStatement on the slice, with the scoring cap', () => {
  fc.assert(
    fc.property(withRange(NEWS), ([t, a, b]) => assert.deepEqual(plain({ ...explainRange(t, a, b) }), plain(explainStatement(t.slice(a, b))))),
    { numRuns: runs(1000), seed: FUZZ_SEED },
  );
  const unit = 'In 2016 the rate fell by 40,000 – the lowest since 1990, officials said. ';
  const big = 'x '.repeat(7) + unit.repeat(400);
  assert.deepEqual(plain({ ...explainRange(big, 14, big.length) }), plain(explainStatement(big.slice(14))));
});
