// Claims (server/src/engine/claims.ts): sentences in the article's own voice and each attribution's
// content, scored separately; features, checkability and the attribution they belong to.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, type Claim } from '../../../server/src/engine';
import { findClaims, sweepingPhrase, trimSpan } from '../../../server/src/engine/claims';

const claimsOf = (t: string) => analyze(t).claims.map((c) => ({ ...c, text: t.slice(c.start, c.end) }));

test('a sentence with no attribution is one claim, with its features and reasons strongest first', () => {
  const t = 'Unemployment fell by 40,000 last quarter.';
  const [c, ...rest] = claimsOf(t);
  assert.equal(rest.length, 0);
  assert.equal(c.text, t);
  assert.equal(c.checkable, true);
  assert.equal(c.attribution, undefined);
  assert.ok(c.score >= 0.5);
  assert.ok(c.features.includes('number: 40,000'), c.features.join('; '));
  const w = (c.reasons ?? []).map((r) => Math.abs(r.weight));
  assert.ok(w.length > 2);
  assert.deepEqual(w, [...w].sort((a, b) => b - a));
  assert.ok(c.reasons!.some((r) => r.feature === 'number' && r.weight > 0));
});

test('attribution content is its own claim, linked to the attribution; the glue around it is not', () => {
  const t = 'Ann Lee said unemployment fell by 40,000 last quarter.';
  const a = analyze(t);
  assert.equal(a.claims.length, 1);
  assert.equal(t.slice(a.claims[0].start, a.claims[0].end), 'unemployment fell by 40,000 last quarter');
  assert.equal(a.claims[0].attribution, a.attributions[0].id);
});

test('an attributed sentence keeps its own-voice part as a separate claim', () => {
  const t = 'While the rest of the world slept, the council said that taxes would rise by 5 percent.';
  const cs = claimsOf(t);
  const own = cs.find((c) => !c.attribution);
  const reported = cs.find((c) => c.attribution);
  assert.equal(own?.text, 'While the rest of the world slept');
  assert.equal(own?.sweeping, 'the rest of the world');
  assert.equal(reported?.text, 'that taxes would rise by 5 percent');
});

test('predictions, opinions and questions are claims that are not checkable, and say why', () => {
  const pred = claimsOf('The bridge will cost $3 billion and open in 2030.')[0];
  assert.equal(pred.checkable, false);
  assert.equal(pred.uncheckable, 'prediction');
  const q = claimsOf('Did unemployment fall by 40,000 last quarter?')[0];
  assert.equal(q.checkable, false);
  assert.equal(q.uncheckable, 'question');
  const quote = claimsOf('“We will cut taxes by 10 percent,” Jane Doe said.')[0];
  assert.equal(quote.uncheckable, 'prediction');
  assert.ok(quote.attribution);
  const ok = claimsOf('Unemployment fell by 40,000 last quarter.')[0];
  assert.equal(ok.uncheckable, undefined);
});

test('a sentence with nothing check-worthy is no claim', () => {
  assert.deepEqual(claimsOf('On Monday, the mayor walked to the town hall and greeted the crowd.'), []);
  assert.deepEqual(claimsOf('Thanks for reading.'), []);
});

test('offsets are UTF-16 indices: emoji, curly quotes and NBSP before a claim', () => {
  const t = '😀 “Hi.”\u00a0Unemployment fell by 40,000 last quarter.';
  const cs = claimsOf(t);
  assert.ok(cs.some((c) => c.text.endsWith('Unemployment fell by 40,000 last quarter.')), JSON.stringify(cs.map((c) => c.text)));
});

test('findClaims: a cue that interrupts a quote joins its two parts into one claim', () => {
  const t = '“Unemployment fell by 40,000,” she said, “and wages rose by 3 percent.”';
  const a = analyze(t);
  const att = a.attributions[0];
  assert.equal(att.content.length, 2);
  const cs: Claim[] = findClaims(t, a.sentences, a.attributions).filter((c) => c.attribution === att.id);
  assert.equal(cs.length, 1);
  assert.equal(cs[0].start, att.content[0].start);
  assert.equal(t.slice(cs[0].start, cs[0].end), 'Unemployment fell by 40,000,” she said, “and wages rose by 3 percent');
});

test('sweepingPhrase and trimSpan', () => {
  assert.equal(sweepingPhrase('Nobody in the city was safe.'), 'nobody');
  assert.equal(sweepingPhrase('The rest  of the world slept.'), 'the rest of the world');
  assert.equal(sweepingPhrase('Somebody was safe.'), null);
  const t = ' “Hello, world.” ';
  const s = trimSpan(t, { start: 0, end: t.length });
  assert.equal(t.slice(s.start, s.end), 'Hello, world');
});

test('sweeping: idioms and discourse markers are not sweeping; "never" alone is not', () => {
  assert.equal(sweepingPhrase('His rivals were for the most part career politicians.'), null);
  assert.equal(sweepingPhrase('Of course, the vote was close.'), null);
  assert.equal(sweepingPhrase('The issue never came up.'), null);
  assert.equal(sweepingPhrase('It was the most expensive bridge in the state.'), 'the most');
  assert.equal(sweepingPhrase('No one in the city was safe.'), 'no one');
});
