// Phrasal verbs with a particle are no report: "showed up", "backing down", "beat back a challenge".
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attrs } from './helpers';

test('a bare particle after the verb is no object', () => {
  assert.deepEqual(attrs('Zoë Quint showed up late.'), []);
  assert.deepEqual(attrs('The mayor was not backing down.'), []);
  assert.deepEqual(attrs('The senator showed up at the rally on Friday.'), []);
});

test('"back" after another verb is its particle', () => {
  assert.deepEqual(attrs('The governor beat back a challenge from Ana Ruiz.'), []);
  assert.deepEqual(attrs('The café cut back its hours.'), []);
});

test('the verbs themselves still report', () => {
  assert.deepEqual(attrs('Most voters would back Ana Ruiz.').map((a) => [a.cue, a.content[0]]), [['would back', 'Ana Ruiz']]);
  assert.deepEqual(attrs('Lee backed off some of his plans.').map((a) => a.content[0]), ['off some of his plans']);
  assert.deepEqual(attrs('The poll showed support for the café.').map((a) => a.content[0]), ['support for the café']);
});

test('a medium phrase with modifiers ends an object: "in a fundraising email", "in early-morning tweets"', () => {
  assert.deepEqual(attrs('Sanders endorsed Zoë Lee in a fundraising email.').map((a) => a.content[0]), ['Zoë Lee']);
  assert.deepEqual(attrs('Ruiz attacked the café in late-night tweets on Friday.').map((a) => a.content[0]), ['the café']);
  // "of" continues the noun phrase: "the speech of the mayor" is no medium phrase of the reporter
  assert.deepEqual(attrs('Ruiz praised changes in the annual report of the board.').map((a) => a.content[0]), ['changes in the annual report of the board']);
});

test('"said as much" reports the pro-form; a medium phrase before ", arguing" is no content', () => {
  const a = attrs('Müller said as much in an interview on Friday morning, arguing that the café was safe.');
  assert.deepEqual(a.map((x) => [x.cue, x.content[0]]), [['said', 'as much'], ['arguing', 'that the café was safe']]);
  assert.deepEqual(attrs('Müller said as much.').map((x) => x.content[0]), ['as much']);
  assert.deepEqual(attrs('Müller said as much as he could.'), []);
});

test('an object frame of "explain": "explained the history of X"', () => {
  assert.deepEqual(attrs('The mayor explained the history of the café.').map((x) => [x.cue, x.content[0]]), [['explained', 'the history of the café']]);
});

test('"said the same" reports the pro-form', () => {
  assert.deepEqual(attrs('About 26 percent of voters said the same.').map((x) => [x.cue, x.content[0]]), [['said', 'the same']]);
  assert.deepEqual(attrs('Ruiz said the same thing was true of the café.').map((x) => x.content[0]), ['the same thing was true of the café']);
});

test('"proposed to V" is a report of the proposal', () => {
  assert.deepEqual(attrs('Ruiz proposed to close the café on Sundays.').map((x) => [x.cue, x.content[0]]), [['proposed', 'to close the café on Sundays']]);
});

test('a bare infinitive after "help" is no report: "helped found the network"', () => {
  assert.deepEqual(attrs('Zoë Ruiz helped found the café in 1996.'), []);
  assert.deepEqual(attrs('Zoë Ruiz found the café in 1996 too small.').length, 1);
});
