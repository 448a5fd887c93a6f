// Participle cues whose source is not right before them (invented sentences).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attrs, one } from './helpers';
import { longSubject } from '../../server/src/engine/cues/subject';
import { getLexicon } from '../../server/src/engine/lexicon/index';
import { tokenize } from '../../server/src/engine/text/tokens';

test('a participle clause opening the sentence takes the main clause subject; its content ends at the comma', () => {
  let a = attrs('Noting that turnout was low, Zoë Lund added that the vote was fair.');
  assert.deepEqual(a.map((x) => [x.source, x.cue, x.content]), [
    ['Zoë Lund', 'Noting', ['that turnout was low']],
    ['Zoë Lund', 'added', ['that the vote was fair']],
  ]);
  a = attrs('After arguing that the race was over, his team changed course.');
  assert.deepEqual(a.map((x) => [x.source, x.content]), [['his team', ['that the race was over']]]);
  a = attrs('While saying that she respects him, Ana Ruiz criticized the plan.');
  assert.deepEqual(a[0].content, ['that she respects him']);
  a = attrs('Despite challenging the leader, Zoë Cruz said she would work with him.');
  assert.deepEqual(a.map((x) => [x.source, x.cue]), [['Zoë Cruz', 'challenging'], ['Zoë Cruz', 'said']]);
  // the comma inside a closing quote mark
  a = attrs('After saying her foot was “so swollen I could barely walk,” she left.');
  assert.deepEqual(a.map((x) => [x.source, x.content]), [['she', ['her foot was “so swollen I could barely walk,”']]]);
  // no main-clause subject after a comma: no source, no attribution
  assert.deepEqual(attrs('Recognizing the gap between them — nothing more.'), []);
});

test('", saying that X": an -ing form is never an inverted cue ("that X" is its content, not its source)', () => {
  const a = attrs('Ana Ruiz has taken a swipe at her rival’s stance on trade, saying that tariffs hurt farmers.');
  assert.deepEqual(a.map((x) => [x.source, x.cue, x.content]), [['Ana Ruiz', 'saying', ['that tariffs hurt farmers']]]);
});

test('a quantity subject with of: "Hundreds of angry farmers marched ..., chanting Q"', () => {
  const a = attrs('Hundreds of angry farmers marched through the city, chanting “No more taxes.”');
  assert.deepEqual(a.map((x) => [x.source, x.content]), [['Hundreds of angry farmers', ['No more taxes.']]]);
  const lex = getLexicon();
  const np = (s: string) => {
    const t = tokenize(s);
    const r = longSubject(t, 0, t.length, lex);
    return r && s.slice(t[r.t0].s, t[r.t1 - 1].e);
  };
  assert.equal(np('A number of the families in Ohio have filed'), 'A number of the families in Ohio');
  assert.equal(np('Dozens of voters waited'), 'Dozens of voters');
  // no verb after it: nothing
  assert.equal(np('Dozens of voters in the rain'), null);
});

test('a participle after a document noun is a report of the clause subject: "published a story detailing X"', () => {
  let a = attrs('The paper published a story detailing the café’s losses.');
  assert.deepEqual(a.map((x) => [x.source, x.cue, x.content]), [['The paper', 'detailing', ['the café’s losses']]]);
  // the content is not cut at a verb inside it (no reduced relative)
  a = attrs('Ana Ruiz sent an email stressing that the plan has failed.');
  assert.deepEqual(a.map((x) => [x.source, x.content]), [['Ana Ruiz', ['that the plan has failed']]]);
  // other nouns keep the reduced-relative reading
  assert.deepEqual(attrs('Many people reading this article live abroad.'), []);
});

test('"a hat reading “Q”": what a thing reads is a report of its text', () => {
  const a = attrs('Zoë wore a campaign hat reading, “Make the café great again” on Wednesday.');
  assert.deepEqual(a.map((x) => [x.source, x.cue, x.content]), [['a campaign hat', 'reading', ['Make the café great again']]]);
});

test('an inherited participle whose sentence subject is a name run into an unknown verb: "Ray Lund broke a silence by asking X"', () => {
  const a = attrs('Justice Ray Lund broke a long silence by asking questions from the bench.');
  assert.deepEqual(a.map((x) => [x.source, x.content]), [['Justice Ray Lund', ['questions from the bench']]]);
});

test('a multi-word verb after "to" takes the subject of the verb or adjective before "to"', () => {
  let a = one('Zoë Ruiz has continued to push for a single-payer system.');
  assert.deepEqual([a.source, a.cue, a.content], ['Zoë Ruiz', 'push for', ['a single-payer system']]);
  a = one('Sexton was quick to point out that not all supporters agreed.');
  assert.deepEqual([a.source, a.content], ['Sexton', ['that not all supporters agreed']]);
  // no subject before the verb: nothing ("It is time to talk about it" has a dummy subject)
  assert.deepEqual(attrs('It is time to talk about the café.'), []);
});
