import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getLexicon } from '../../server/src/engine/lexicon/index';
import { splitSentences } from '../../server/src/engine/text/sentences';
import { tokenize } from '../../server/src/engine/text/tokens';

const split = (t: string) => {
  const toks = tokenize(t);
  return splitSentences(toks, getLexicon().abbreviations).map((s) => t.slice(s.s, s.e));
};

test('abbreviations and initials do not end sentences', () => {
  assert.deepEqual(split('Mr. Smith met Sen. J. Doe in the U.S. Capitol. Then he left.'), ['Mr. Smith met Sen. J. Doe in the U.S. Capitol.', 'Then he left.']);
});

test('a question inside a quote followed by a lowercase cue is one sentence', () => {
  assert.deepEqual(split('“Why now?” she asked. “Because.”'), ['“Why now?” she asked.', '“Because.”']);
});

test('a sentence ending glued to an opening quote still splits', () => {
  assert.deepEqual(split('It was late.“We expect more,” he said.'), ['It was late.', '“We expect more,” he said.']);
});

test('U.S. at the end of a sentence before “The”', () => {
  assert.deepEqual(split('They flew to the U.S. The trip was long.'), ['They flew to the U.S.', 'The trip was long.']);
});

test('“Why?” NAME asked stays one sentence when a cue word is known', () => {
  const toks = tokenize('“Why now?” Jane Doe asked. Then she left.');
  const lex = getLexicon();
  const isCue = (w: string) => lex.verbs.has(w);
  const t = '“Why now?” Jane Doe asked. Then she left.';
  assert.deepEqual(splitSentences(toks, lex.abbreviations, isCue).map((s) => t.slice(s.s, s.e)), ['“Why now?” Jane Doe asked.', 'Then she left.']);
});

test('a very long run without punctuation is cut into bounded sentences', () => {
  const t = 'word '.repeat(1000);
  const s = split(t);
  assert.ok(s.length >= 4);
  assert.equal(s.join(' ').replace(/\s+/g, ' ').trim(), t.trim());
});
