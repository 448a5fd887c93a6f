// Document-level resolution: relays, nesting, continuation (inferred) and unattributed quotes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attrs, one } from './helpers';
import { analyze } from '../../server/src/engine';

test('told X, according to Y: one attribution, chain speaker -> medium -> relay', () => {
  const a = one('“We are ready,” Olga Ivanova told CNN, according to Reuters.');
  assert.equal(a.source, 'Olga Ivanova');
  assert.deepEqual(a.chain, ['speaker:Olga Ivanova', 'medium:CNN', 'relay:Reuters']);
});

test('was quoted by X as saying: relay', () => {
  const a = one('“It is time,” Boris Orlov was quoted by Interfax as saying.');
  assert.equal(a.source, 'Boris Orlov');
  assert.deepEqual(a.chain, ['speaker:Boris Orlov', 'relay:Interfax']);
});

test('only the outermost of nested attributions is kept', () => {
  const a = one('Anna Weiss said that the minister had told her the plan was dead.');
  assert.equal(a.speaker, 'Anna Weiss');
});

test('a cue-less quote right after an attributed quote continues it (one attribution, span marked inferred)', () => {
  const t = '“We are done here,” Mark Hale said. “Nobody wants another round of this.”';
  const r = analyze(t);
  assert.equal(r.attributions.length, 1);
  const a = r.attributions[0];
  assert.deepEqual(a.content.map((c) => t.slice(c.start, c.end)), ['We are done here,', 'Nobody wants another round of this.']);
  assert.deepEqual(a.inferredContent?.map((c) => t.slice(c.start, c.end)), ['Nobody wants another round of this.']);
  assert.equal(a.inferred, false);
});

test('a cue-less paragraph that is a quote continues the previous paragraph’s quote: one attribution, the span marked inferred', () => {
  const t = '“We are done here,” Mark Hale said.\n\n“Nobody wants another round of this.”';
  const r = analyze(t);
  assert.equal(r.attributions.length, 1);
  const a = r.attributions[0];
  assert.deepEqual(a.content.map((c) => t.slice(c.start, c.end)), ['We are done here,', 'Nobody wants another round of this.']);
  assert.deepEqual(a.inferredContent?.map((c) => t.slice(c.start, c.end)), ['Nobody wants another round of this.']);
  assert.equal(t.slice(a.source!.start, a.source!.end), 'Mark Hale');
});

test('a cue-less quote inside the next paragraph (not opening it) is an inferred attribution', () => {
  const a = attrs('“We are done here,” Mark Hale said.\n\nHe paused. “Nobody wants another round of this.”');
  assert.equal(a.length, 2);
  assert.equal(a[1].inferred, true);
  assert.equal(a[1].speaker, 'Mark Hale');
  assert.equal(a[1].cue, null);
  // no cue in its own paragraph, so no source as written (docs/scan-json: the mention in its own sentence)
  assert.equal(a[1].source, null);
});

test('a quote with no cue and no previous speaker is not an attribution but an unattributed quote', () => {
  const t = 'The meeting ended.\n\n“This cannot go on like this forever.”';
  const r = analyze(t);
  assert.equal(r.attributions.length, 0);
  assert.deepEqual(r.unattributedQuotes?.map((s) => t.slice(s.start, s.end)), ['This cannot go on like this forever.']);
});

test('a block quote introduced by a colon at the end of the previous paragraph', () => {
  const a = attrs('In a letter, Governor Amy Chen wrote to the board:\n\n“The schools stay open. We owe it to the children.”');
  const q = a.find((x) => x.content[0].startsWith('The schools'));
  assert.ok(q);
  assert.equal(q.speaker, 'Amy Chen');
  assert.equal(q.inferred, false);
});

test('multi-paragraph quote attributed once', () => {
  const a = attrs('“The first part of my answer is long,” said Ruth Moss.\n\n“The second part,” she added, “is longer.”');
  assert.equal(a.length, 2);
  assert.equal(a[1].speaker, 'Ruth Moss');
});

test('a cue-less quote right before a speaker’s quote in the same paragraph is theirs (an inferred span)', () => {
  const t = '“If the café has no staff, that is what I would use.” “If I were a donor, I would want answers,” said Jo Lee.';
  const r = analyze(t);
  assert.equal(r.attributions.length, 1);
  const a = r.attributions[0];
  assert.deepEqual(a.content.map((c) => t.slice(c.start, c.end)), ['If the café has no staff, that is what I would use.', 'If I were a donor, I would want answers,']);
  assert.deepEqual(a.inferredContent?.map((c) => t.slice(c.start, c.end)), ['If the café has no staff, that is what I would use.']);
  // ... but not a quote in an earlier paragraph
  assert.equal(attrs('“That is what I would use.”\n\n“I would want answers,” said Jo Lee.').length, 1);
});

test('"C, X said. “Q.”": a quote opening the next sentence continues an indirect report before its cue', () => {
  const t = 'The café may close early this year, Jo Lee said. “The other factor is the rent.”';
  const a = analyze(t).attributions;
  assert.equal(a.length, 1);
  assert.deepEqual(a[0].content.map((c) => t.slice(c.start, c.end)), ['The café may close early this year', '“The other factor is the rent.”']);
  assert.equal(a[0].kind, 'mixed');
  // ... but not a quote after another sentence in between
  assert.equal(analyze('The café may close early, Jo Lee said. Rents rose. “The other factor is the rent.”').attributions.length, 1);
});
