// Document-level resolution: relays, nesting, continuation (inferred) and unattributed quotes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attrs, one } from './helpers';

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

test('a quote with no cue after an attributed quote is inferred from it', () => {
  const a = attrs('“We are done here,” Mark Hale said. “Nobody wants another round of this.”');
  assert.equal(a.length, 2);
  assert.equal(a[1].inferred, true);
  assert.equal(a[1].speaker, 'Mark Hale');
  assert.equal(a[1].cue, null);
});

test('a quote with no cue and no previous speaker is unattributed', () => {
  const a = one('The meeting ended.\n\n“This cannot go on like this forever.”');
  assert.equal(a.speaker, null);
  assert.equal(a.inferred, false);
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
