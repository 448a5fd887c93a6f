// sweepingPhrase has a word prefilter in front of its two regexes (claims.ts): it must never change
// the answer. The reference below is the regex-only form (idioms blanked, then the phrase regex),
// checked against the prefiltered one on text built from the phrases' own words in any case, with
// the letters that match ASCII case-insensitively (ſ, K), Unicode spaces, marks and letters glued on.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { sweepingPhrase } from '../../server/src/engine/claims';
import { SWEEPING, SWEEPING_IDIOMS } from '../../server/src/engine/lexicon/data/claims';
import { adversarialText, FUZZ_SEED, runs } from '../fuzz/properties';

const list = (block: string) => block.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
function phraseRe(block: string, flags: string): RegExp {
  const phrases = list(block).sort((a, b) => b.length - a.length);
  const esc = phrases.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  return new RegExp(`(?:^|[^\\p{L}])(${esc.join('|')})(?![\\p{L}])`, flags);
}
const SWEEP_RE = phraseRe(SWEEPING, 'iu');
const IDIOM_RE = phraseRe(SWEEPING_IDIOMS, 'giu');
function reference(text: string): string | null {
  const m = SWEEP_RE.exec(text.replace(IDIOM_RE, (x) => ' '.repeat(x.length)));
  return m ? m[1].toLowerCase().replace(/\s+/g, ' ') : null;
}

const PHRASE_WORDS = [...new Set([...list(SWEEPING), ...list(SWEEPING_IDIOMS)].flatMap((p) => p.split(' ')))];
const caseOf = (w: string, bits: number) => [...w].map((c, i) => ((bits >> i) & 1 ? c.toUpperCase() : c)).join('');
const word = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...PHRASE_WORDS), fc.nat()).map(([w, b]) => caseOf(w, b)) },
  { weight: 1, arbitrary: fc.constantFrom('one\u0301', 'nobod\u0443', 'mo\u017Ft', 'thе', 'wor\u212Aers', 'no\u017Fne', 'everyoneé', 'ébest', 'most2', '2most', 'the_most', 'mos\u017F', 'Ma\u212Ae') },
  { weight: 1, arbitrary: fc.constantFrom('city', 'part', 'way', 'very', 'safe', 'of', 'at', 'for', 'x') },
);
const sep = fc.constantFrom(' ', ' ', '  ', '\u00a0', '\t', '\n', ',', '.', '-', '\u2019', '"', '', '\u200b', '😀');
const phraseText = fc.array(fc.tuple(word, sep), { maxLength: 14 }).map((xs) => xs.map(([w, s]) => w + s).join(''));

test('sweepingPhrase with its prefilter equals the regex-only reference', () => {
  fc.assert(fc.property(phraseText, (s) => assert.equal(sweepingPhrase(s), reference(s))), { numRuns: runs(5000), seed: FUZZ_SEED });
  fc.assert(fc.property(adversarialText(40), (s) => assert.equal(sweepingPhrase(s), reference(s))), { numRuns: runs(500), seed: FUZZ_SEED });
  for (const s of ['It was the mo\u017Ft costly.', 'The wor\u017Ft of it', 'The \u212Aelvin rest of the world', 'For the mo\u017Ft part, the MOST', 'AT THE VERY MOST nobody', 'at the most\u00a0nothing but', 'no\u00a0one', 'no-one', 'NoBoDy!']) {
    assert.equal(sweepingPhrase(s), reference(s), s);
  }
});

test('the prefilter assumption: only ſ and K among non-ASCII code points match an ASCII letter under /iu', () => {
  const odd: number[] = [];
  const re = /^[a-z]$/iu;
  for (let c = 0x80; c <= 0xffff; c++) if (c < 0xd800 || c > 0xdfff) if (re.test(String.fromCharCode(c))) odd.push(c);
  assert.deepEqual(odd, [0x17f, 0x212a]);
});
