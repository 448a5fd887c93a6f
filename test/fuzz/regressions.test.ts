// Inputs the fuzzer found that broke an invariant, kept as plain regression tests (each named after
// what went wrong). The fix is in the engine; these make sure it stays fixed.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../../server/src/engine';
import { tokenize } from '../../server/src/engine/text/tokens';
import { assertWellFormed, splitsPair } from './properties';

describe('fuzz regressions', () => {
  test('a lone high surrogate before an emoji does not swallow half of the emoji (token and sentence bounds)', () => {
    const text = 'a \ud83d\ud83d\ude00 b';
    for (const t of tokenize(text)) assert.ok(!splitsPair(text, t.s) && !splitsPair(text, t.e), `token [${t.s}, ${t.e})`);
    // found by FUZZ_RUNS=100000 FUZZ_SEED=777: a sentence cut after 300 symbol tokens ended inside the pair
    const long = '\u2069'.repeat(300) + '  Peskov\u3000]2024\ud83d\ud8e8\udc90\u9164 said.';
    assertWellFormed(long, analyze(long));
  });
});
