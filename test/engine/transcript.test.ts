// Transcript turns (invented text): "SPEAKER: words" paragraphs, quoted (each turn opens with a
// mark and none closes) or not; the label is the source, the colon the cue.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/engine';
import { attrs } from './helpers';
import { tokenize } from '../../server/src/engine/text/tokens';
import { turnLabelColon } from '../../server/src/engine/quotes/transcript';

const QUOTED = 'The host spoke to the governor on Sunday. A partial transcript follows:\n\n"HALE: Do you think the campaign has gone well so far?\n\n"ROE: I think he is trying very hard to win. And he will.\n\n"(CROSSTALK.)\n\n"SEN. HALE: Really? I doubt it.\n';

test('a quoted transcript: one attribution per turn, said by its label', () => {
  const a = attrs(QUOTED);
  assert.deepEqual(a.map((x) => [x.source, x.cue, x.kind, x.content.join(' | ')]), [
    ['HALE', ':', 'direct', 'Do you think the campaign has gone well so far?'],
    ['ROE', ':', 'direct', 'I think he is trying very hard to win. And he will.'],
    ['SEN. HALE', ':', 'direct', 'Really? I doubt it.'],
  ]);
  // the introducing colon does not swallow the first turn, and no quote is left unattributed
  assert.deepEqual(analyze(QUOTED).unattributedQuotes, []);
});

test('the turns are separate quotes; an ordinary multi-paragraph quote is still one', () => {
  const doc = analyze(QUOTED);
  assert.equal(doc.attributions.length, 3);
  const plain = attrs('Jo Roe said:\n\n"We came here to win this race.\n\n"And we will win it, whatever they say."');
  assert.equal(plain.length, 1);
  assert.equal(plain[0].content.length, 1);
  assert.match(plain[0].content[0], /^We came here[\s\S]*whatever they say\.$/);
});

test('an unquoted transcript turn', () => {
  const a = attrs('The host spoke to the governor.\n\nHALE: Do you think it went well?\n\nROE: I think it went very well indeed.');
  assert.deepEqual(a.map((x) => [x.source, x.content[0]]), [['HALE', 'Do you think it went well'], ['ROE', 'I think it went very well indeed']]);
});

test('labels: capitalised words glued to a colon, not notes or questions', () => {
  const label = (s: string) => turnLabelColon(tokenize(s), 0);
  assert.ok(label('WALLACE: Let us start.') > 0);
  assert.ok(label('SEN. LEE: Thank you.') > 0);
  assert.equal(label('UPDATE: The vote was moved.'), -1);
  assert.equal(label('Q: What happened?'), -1);
  assert.equal(label('WALLACE : spaced colon'), -1);
  assert.equal(label('One Two Three Four: too many words'), -1);
  assert.equal(label('HALE:'), -1, 'nothing after the colon');
});

test('a quoted turn running over several paragraphs: one attribution, a span per paragraph', () => {
  const t = 'A partial transcript:\n\n"HALE: Well, look, the mayor has been saying tough things about my café.\n\n"But the truth is that the council listens to people.\n\n"(CROSSTALK.)\n\n"ROE: That is not true at all, and you know it.\n';
  const a = attrs(t);
  assert.deepEqual(a.map((x) => [x.source, x.content]), [
    ['HALE', ['Well, look, the mayor has been saying tough things about my café.', 'But the truth is that the council listens to people.']],
    ['ROE', ['That is not true at all, and you know it.']],
  ]);
});
