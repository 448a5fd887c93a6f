// A reporting participle clause opening the sentence (invented sentences).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attrs } from './helpers';

test('"Praising X, S urged Y to Z": the participle is S’s report and not the content of the main verb', () => {
  const a = attrs('Praising the new café, Jo Lee urged the council to act.');
  assert.deepEqual(a.map((x) => [x.cue, x.source, x.content]), [
    ['Praising', 'Jo Lee', ['the new café']],
    ['urged', 'Jo Lee', ['the council to act']],
  ]);
});

test('"Noting that C, S said D" and "After criticizing X, S left"', () => {
  const a = attrs('Noting that prices rose, Zoë Park said the café would close.');
  assert.deepEqual(a.map((x) => [x.cue, x.source, x.content[0]]), [
    ['Noting', 'Zoë Park', 'that prices rose'],
    ['said', 'Zoë Park', 'the café would close'],
  ]);
  const b = attrs('After criticizing the plan, the mayor left the room.');
  assert.deepEqual(b.map((x) => [x.cue, x.source, x.content[0]]), [['criticizing', 'the mayor', 'the plan']]);
});

test('no frame without a main clause subject: "Speaking at a rally, ..." (no reporting verb) or a verbless tail', () => {
  assert.equal(attrs('Speaking at a rally on Monday, the mayor looked tired.').length, 0);
  assert.equal(attrs('Praising the café, of course.').length, 0);
});

test('an infinitive in a subordinate clause takes that clause’s subject: "came after the senator spoke ... to criticize X"', () => {
  const a = attrs('The vote came hours after the senator spoke at a rally to criticize the café plan.');
  assert.deepEqual(a.map((x) => [x.cue, x.source, x.content[0]]), [['criticize', 'the senator', 'the café plan']]);
});
