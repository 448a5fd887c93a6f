// Coordinated reports: the first content ends before a conjunction that opens a clause with its
// own subject and reporting verb, and both attributions stay.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attrs } from './helpers';

test('"S1 said A, but S2 said B": two attributions, the first content ends before the conjunction', () => {
  const a = attrs('Zoë Park said the plan was fair, but Jonas Ørn said it was rushed.');
  assert.equal(a.length, 2);
  assert.deepEqual([a[0].source, a[0].content], ['Zoë Park', ['the plan was fair']]);
  assert.deepEqual([a[1].source, a[1].content], ['Jonas Ørn', ['it was rushed']]);
  const b = attrs('Officials denied the report; the mayor insisted that the budget was sound.');
  assert.deepEqual(b.map((x) => x.content), [['the report'], ['that the budget was sound']]);
});

test('a coordinated verb sharing the subject or a relative clause is not split off', () => {
  // no subject of its own: one content runs on, the second verb inherits the subject
  const a = attrs('The mayor said the plan was fair and promised new parks.');
  assert.equal(a.find((x) => x.cue === 'said')?.content[0], 'the plan was fair');
  // a conjunction with no report after it does not cut the content
  const b = attrs('She said prices rose, but wages fell.');
  assert.equal(b.length, 1);
  assert.equal(b[0].content[0], 'prices rose, but wages fell');
});

test('", urging X": a participle after the content starts a report of its own (the subject is shared)', () => {
  const a = attrs('Ana Ruiz praised the bill as “a good start,” urging lawmakers to pass it.');
  assert.deepEqual(a.map((x) => [x.source, x.cue, x.content[0]]), [
    ['Ana Ruiz', 'praised', 'the bill as “a good start,”'],
    ['Ana Ruiz', 'urging', a[1].content[0]],
  ]);
  assert.ok(a[1].content[0].endsWith('to pass it'));
  const b = attrs('Jonas praised the café’s new menu, calling it a “triumph.”');
  assert.deepEqual(b.map((x) => x.cue), ['praised', 'calling']);
  assert.equal(b[0].content[0], 'the café’s new menu');
});

test('"endorses X, who says C": the object ends before the relative clause, which is a report of its own', () => {
  const a = attrs('Zoë Lund endorses Ray Ortiz, who says he is honored.');
  assert.deepEqual(a.map((x) => [x.source, x.cue, x.content]), [
    ['Zoë Lund', 'endorses', ['Ray Ortiz']],
    ['who', 'says', ['he is honored']],
  ]);
  assert.equal(a[1].speaker, 'Ray Ortiz');
});
