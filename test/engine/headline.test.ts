// Headlines: a document's first line "Name verbs ..." (invented headlines).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attrs } from './helpers';

const BODY = '\n\nThe rest of the article follows here, with no quotes at all.';

test('a name and a verb opening the first line: the rest of the line is the content', () => {
  const a = attrs('Jane Doe rips Al Roe over tax plan.' + BODY);
  assert.equal(a.length, 1);
  assert.deepEqual([a[0].source, a[0].cue, a[0].content[0]], ['Jane Doe', 'rips', 'Al Roe over tax plan']);
  const b = attrs('The Latest: Jane Doe Slams Al Roe Over Taxes.' + BODY);
  assert.deepEqual([b[0].source, b[0].content[0]], ['Jane Doe', 'Al Roe Over Taxes']);
  const c = attrs('Jane Doe heckles crowd at rally.' + BODY);
  assert.deepEqual([c[0].source, c[0].cue, c[0].content[0]], ['Jane Doe', 'heckles', 'crowd at rally']);
});

test('no headline attribution for events, phrases with common nouns, or later lines', () => {
  assert.deepEqual(attrs('Jane Doe wins Iowa primary.' + BODY), []);
  assert.deepEqual(attrs('Jobs data gives Democrats a lift.' + BODY), []);
  // (a verb outside the lexicon: "rips" is a reporting verb since round 3)
  assert.deepEqual(attrs('The first line is plain.\n\nJane Doe grills Al Roe over tax plan.'), []);
});
