// hedge and loaded-cue: words the article itself chooses.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { neutralCue } from '../../../server/src/engine/rules/loaded-cue';
import { flagged, messages } from './helpers';

test('hedge: reportedly, allegedly, purportedly, so-called in the article\'s own voice', () => {
  assert.deepEqual(flagged('The mayor reportedly resigned.', 'hedge'), ['reportedly']);
  assert.deepEqual(flagged('The man allegedly stole a car.', 'hedge'), ['allegedly']);
  assert.deepEqual(flagged('Purportedly, the letter was forged.', 'hedge'), ['Purportedly']);
  assert.deepEqual(flagged('The so-called reform cut pensions.', 'hedge'), ['so-called']);
  // a non-breaking hyphen and curly quotes around the term
  assert.deepEqual(flagged('The so\u2011called “reform” cut pensions.', 'hedge'), ['so\u2011called']);
  assert.match(messages('The man allegedly stole a car.', 'hedge')[0], /alleged by whom\?/);
});

test('hedge: not inside what a stated source says, not inside other words', () => {
  assert.deepEqual(flagged('Police said the man allegedly stole a car.', 'hedge'), []);
  assert.deepEqual(flagged('“He reportedly left,” Ann Lee said.', 'hedge'), []);
  assert.deepEqual(flagged('The unreportedly large sum was paid.', 'hedge'), []);
  assert.deepEqual(flagged('The reform was called so by its critics.', 'hedge'), []);
});

test('hedge: in Markdown, not in code', () => {
  const md = 'The mayor resigned.\n\n```\nreportedly\n```\n\nShe `allegedly` left.';
  const a = flagged(md, 'hedge', { languageId: 'markdown' });
  assert.deepEqual(a, []);
});

test('loaded-cue: claimed, admitted, insisted, conceded, confessed, boasted, revealed introducing speech', () => {
  assert.deepEqual(flagged('Jane Doe claimed the deal collapsed in May.', 'loaded-cue'), ['claimed']);
  assert.deepEqual(flagged('Jane Doe admitted that the budget was short.', 'loaded-cue'), ['admitted']);
  assert.deepEqual(flagged('He insisted he had done nothing wrong.', 'loaded-cue'), ['insisted']);
  assert.deepEqual(flagged('“We lost,” she conceded.', 'loaded-cue'), ['conceded']);
  assert.deepEqual(flagged('He confessed that he had lied.', 'loaded-cue'), ['confessed']);
  assert.deepEqual(flagged('Smith boasted that sales doubled.', 'loaded-cue'), ['boasted']);
  assert.deepEqual(flagged('The mayor has also claimed that crime fell.', 'loaded-cue'), ['claimed']);
  const m = messages('Jane Doe claimed the deal collapsed in May.', 'loaded-cue')[0];
  assert.match(m, /Use "said"/);
  assert.match(messages('Trump claims that he should be exempt.', 'loaded-cue')[0], /Use "says"/);
});

test('loaded-cue: not "said", not an object or a phrase the verb takes, not a noun', () => {
  assert.deepEqual(flagged('Jane Doe said the deal collapsed in May.', 'loaded-cue'), []);
  assert.deepEqual(flagged('The rebels claimed responsibility for the attack.', 'loaded-cue'), []);
  assert.deepEqual(flagged('The storm claimed the lives of 20 people.', 'loaded-cue'), []);
  assert.deepEqual(flagged('Smith boasted of his record.', 'loaded-cue'), []);
  assert.deepEqual(flagged('Smith will insist on being Smith, aides say.', 'loaded-cue'), []);
  assert.deepEqual(flagged('Trump’s claim that crime rose was false.', 'loaded-cue'), []);
  assert.deepEqual(flagged('He was admitted to hospital on Monday.', 'loaded-cue'), []);
});

test('neutralCue: the same tense of "say", capitals kept; null for other words', () => {
  assert.equal(neutralCue('claimed'), 'said');
  assert.equal(neutralCue('claims'), 'says');
  assert.equal(neutralCue('claim'), 'say');
  assert.equal(neutralCue('claiming'), 'saying');
  assert.equal(neutralCue('admitted'), 'said');
  assert.equal(neutralCue('concedes'), 'says');
  assert.equal(neutralCue('Insisted'), 'Said');
  assert.equal(neutralCue('BOASTED'), 'SAID');
  assert.equal(neutralCue('revealing'), 'saying');
  assert.equal(neutralCue('confessed'), 'said');
  assert.equal(neutralCue('said'), null);
  assert.equal(neutralCue('told'), null);
  assert.equal(neutralCue('table'), null);
});
