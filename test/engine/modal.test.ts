// A verb that is also a noun ("vote", "mention", "support") is a cue after a modal or "do".
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attrs, one } from './helpers';
import { afterModal } from '../../server/src/engine/cues/modal';
import { tokenize } from '../../server/src/engine/text/tokens';

test('a nouny verb after a modal or "do" is a cue: "would vote for", "did not mention"', () => {
  let a = one('The mayor would vote for the plan.');
  assert.equal(a.cue, 'would vote for');
  assert.deepEqual(a.content, ['the plan']);
  a = one('She did not mention the report.');
  assert.equal(a.source, 'She');
  assert.deepEqual(a.content, ['the report']);
  a = one('Zoë Brandt – the council’s chair – can support the bill.');
  assert.deepEqual(a.content, ['the bill']);
  // the same words as nouns are no cue
  assert.deepEqual(attrs('The vote for the plan was close.'), []);
  assert.deepEqual(attrs('Her talk at noon ran long.'), []);
});

test('afterModal looks only through negation and adverbs', () => {
  const at = (s: string, w: string) => {
    const t = tokenize(s, 0);
    const i = t.findIndex((x) => x.w === w);
    return afterModal(t, 0, i);
  };
  assert.equal(at('they would not vote', 'vote'), true);
  assert.equal(at('it did never really mention', 'mention'), true);
  assert.equal(at('the vote', 'vote'), false);
  assert.equal(at('would the big vote', 'vote'), false);
});

test('a nouny verb after the subject and an adverb is a cue: "the ad also mentions X"', () => {
  let a = one('The ad also mentions Zoë Lund, the café owner.');
  assert.equal(a.source, 'The ad');
  assert.equal(a.cue, 'also mentions');
  assert.deepEqual(a.content, ['Zoë Lund']);
  a = one('The group repeatedly backs the mayor.');
  assert.deepEqual(a.content, ['the mayor']);
  // an adverb opening the sentence does not make the noun after it a verb
  assert.deepEqual(attrs('Even calls from the mayor went unanswered.'), []);
});
