// The check-worthiness tokenizer is a hand-written scanner; its specification is the pattern below
// (the tokenizer it replaced). Property: on any text the scanner returns exactly the pattern's matches,
// with the same kind, lower-case form and UTF-16 offset.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { tokenize, type Token } from '../../server/src/engine/checkworthy/tokens';
import { adversarialText, FUZZ_SEED, runs } from '../fuzz/properties';

const PATTERN = /\p{N}+(?:[.,:/]\p{N}+)*[\p{L}\p{M}]*|[\p{L}\p{M}]+(?:['\u2019\u2010\u2011-][\p{L}\p{M}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

function reference(text: string): Token[] {
  const out: Token[] = [];
  PATTERN.lastIndex = 0;
  for (let m = PATTERN.exec(text); m; m = PATTERN.exec(text)) {
    const raw = m[0];
    const kind: Token['kind'] = /^\p{N}/u.test(raw) ? 'num' : /^[\p{L}\p{M}]/u.test(raw) ? 'word' : 'punct';
    out.push({ raw, low: raw.toLowerCase().replace(/\u2019/g, "'").replace(/[\u2010\u2011]/g, '-'), kind, start: m.index });
  }
  return out;
}

// Characters at the edges of the classes: separators, marks, astral digits and letters, lone
// surrogates, spaces the pattern's \s knows, symbols with case mappings, numbers that are not digits.
const EDGE = [
  '0', '9', '1', 'a', 'Z', '.', ',', ':', '/', "'", '\u2019', '\u2010', '\u2011', '-', '\u2013', ' ', '\t', '\n', '\u00a0', '\u2028', '\ufeff', '\u200b',
  '\u0301', '\u0663', '\u00bd', '\u00b2', '\u2160', '\u24b6', '\u0130', '\u00df', '\u1e9e', '\u03a3', '\u0645', '\u05e9', '\u4e2d',
  '\u{1d7cf}', '\u{1d400}', '\u{10140}', '\u{1f600}', '\ud800', '\udc00', '\ud83d', '\ude00', '$', '%', '\u20ac', '\u00ff', '\u0100',
];
const edgeText = fc.array(fc.constantFrom(...EDGE), { maxLength: 40 }).map((xs) => xs.join(''));

test('tokenize equals the reference pattern on edge-class text', () => {
  fc.assert(fc.property(edgeText, (s) => assert.deepEqual(tokenize(s), reference(s))), { numRuns: runs(3000), seed: FUZZ_SEED });
});

test('tokenize equals the reference pattern on adversarial text and any UTF-16', () => {
  fc.assert(fc.property(adversarialText(60), (s) => assert.deepEqual(tokenize(s), reference(s))), { numRuns: runs(500), seed: FUZZ_SEED });
  const anyUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 30 });
  fc.assert(fc.property(anyUnits, (s) => assert.deepEqual(tokenize(s), reference(s))), { numRuns: runs(2000), seed: FUZZ_SEED });
});

test('tokenize: examples', () => {
  const raws = (s: string) => tokenize(s).map((t) => `${t.kind}:${t.raw}:${t.low}@${t.start}`);
  assert.deepEqual(raws('He didn’t pay $3.5bn in 1990s—re‐elected 40,000.'), [
    'word:He:he@0', 'word:didn’t:didn\'t@3', 'word:pay:pay@10', 'punct:$:$@14', 'num:3.5bn:3.5bn@15', 'word:in:in@21', 'num:1990s:1990s@24',
    'punct:—:—@29', 'word:re‐elected:re-elected@30', 'num:40,000:40,000@41', 'punct:.:.@47',
  ]);
  assert.deepEqual(raws('1, 2. x- \u{1d7cf}\u{1d7d0}'), ['num:1:1@0', 'punct:,:,@1', 'num:2:2@3', 'punct:.:.@4', 'word:x:x@6', 'punct:-:-@7', 'num:\u{1d7cf}\u{1d7d0}:\u{1d7cf}\u{1d7d0}@9']);
});
