import assert from 'node:assert/strict';
import { test } from 'node:test';
import { K, Q, tokenize } from '../../server/src/engine/text/tokens';

const show = (t: string) => tokenize(t).map((x) => t.slice(x.s, x.e));

test('words, possessives, contractions, hyphens and initialisms', () => {
  assert.deepEqual(show("Russia’s PM didn't say pro-Russian U.S. things"), ['Russia', '’s', 'PM', "didn't", 'say', 'pro-Russian', 'U.S', '.', 'things']);
  const t = tokenize('Obama’s');
  assert.equal(t[1].w, "'s");
});

test('quote marks get a direction from their neighbours', () => {
  const text = '“Yes,” he said. "No" – and \'\'maybe\'\' «oui»';
  const marks = tokenize(text).filter((t) => t.k === K.Quote);
  assert.deepEqual(marks.map((m) => m.q), [Q.Open, Q.Close, Q.Open, Q.Close, Q.Open, Q.Close, Q.Open, Q.Close]);
});

test('NBSP, en dash, emoji and numbers', () => {
  const text = 'He\u00a0said – 2.5% 😀 $1,000';
  const toks = tokenize(text);
  assert.deepEqual(toks.map((t) => text.slice(t.s, t.e)), ['He', 'said', '–', '2.5%', '😀', '$', '1,000']);
  assert.equal(toks[4].k, K.Sym);
  assert.equal(toks[1].sp, true);
});

test('a broken closing mark glued before a word is still a closer', () => {
  const text = 'tried to" steer" almost';
  const marks = tokenize(text).filter((t) => t.k === K.Quote);
  assert.deepEqual(marks.map((m) => m.q), [Q.Close, Q.Close]);
});
