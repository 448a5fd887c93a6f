// A possessive "'s" is not a contracted "is"/"has" (invented sentences).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from '../../server/src/engine/text/tokens';
import { isPossessiveS } from '../../server/src/engine/text/possessive';
import { one } from './helpers';

function sAt(text: string): boolean {
  const toks = tokenize(text);
  const j = toks.findIndex((t) => t.w === "'s");
  assert.ok(j >= 0, 'no \'s token in ' + text);
  return isPossessiveS(toks, j);
}

test("'s after a name before a noun is a possessive; after a pronoun or before 'been' it is a verb", () => {
  assert.equal(sAt("Ana Ruiz's plan failed."), true);
  assert.equal(sAt('Mayor Lee’s budget passed.'), true);
  assert.equal(sAt("He's leaving."), false);
  assert.equal(sAt("Ruiz's been clear about it."), false);
  assert.equal(sAt("That's not true."), false);
});

test('a reporting noun’s object runs on past a possessive: "questions about Lee’s record and health"', () => {
  assert.deepEqual(one("Ana Ruiz raised questions about Tom Lee's record and his health.").content, ["Tom Lee's record and his health"]);
  assert.deepEqual(one('Jo Park voiced concern about the mayor’s café budget.').content, ['the mayor’s café budget']);
});
