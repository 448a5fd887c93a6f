import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getLexicon } from '../../server/src/engine/lexicon/index';
import { npAfter, npBefore, withAppositiveAfter } from '../../server/src/engine/sources/np';
import { tokenize } from '../../server/src/engine/text/tokens';

const lex = getLexicon();
function before(t: string, verb: string): string | null {
  const toks = tokenize(t);
  const i = toks.findIndex((x) => x.w === verb);
  const np = npBefore(toks, i, 0, lex);
  return np ? t.slice(toks[np.t0].s, toks[np.t1 - 1].e) : null;
}
function after(t: string, from: string, appositive = false): string | null {
  const toks = tokenize(t);
  const i = toks.findIndex((x) => x.w === from) + 1;
  let np = npAfter(toks, i, toks.length, lex);
  if (np && appositive) np = withAppositiveAfter(toks, np, toks.length, lex);
  return np ? t.slice(toks[np.t0].s, toks[np.t1 - 1].e) : null;
}

test('subjects: names with titles, of-attachments, possessives and pronouns', () => {
  assert.equal(before('Putin spokesman Dmitry Peskov said', 'said'), 'Putin spokesman Dmitry Peskov');
  assert.equal(before('Critics of the mayor worry', 'worry'), 'Critics of the mayor');
  assert.equal(before('America’s neoconservatives are', 'are'), 'America’s neoconservatives');
  assert.equal(before('But she said', 'said'), 'she');
  assert.equal(before('Sen. Jane Doe (D-Vt.) said', 'said'), 'Sen. Jane Doe (D-Vt.)');
  assert.equal(before('Earlier this week Smith said', 'said'), 'Smith');
});

test('appositives and relative clauses belong to the subject', () => {
  assert.equal(before('Jane Doe, a spokeswoman for the ministry, said', 'said'), 'Jane Doe, a spokeswoman for the ministry');
  assert.equal(before('Ann Lee, who chairs the panel, said', 'said'), 'Ann Lee, who chairs the panel');
  assert.equal(before('the mayor, who said', 'said'), 'who');
});

test('noun phrases after a cue: inverted sources and relays', () => {
  assert.equal(after('“Yes,” said Jane Doe, a lawyer for the city, on Monday.', 'said', true), 'Jane Doe, a lawyer for the city');
  assert.equal(after('according to the Associated Press.', 'to'), 'the Associated Press');
  assert.equal(after('told BBC, according to TASS', 'told'), 'BBC');
});
