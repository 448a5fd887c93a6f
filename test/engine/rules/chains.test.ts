// secondhand and single-source: where the words came from, and how many independent roots there are.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../../server/src/engine';
import { rootOf } from '../../../server/src/engine/rules/single-source';
import { findings, flagged, messages } from './helpers';

test('secondhand: via an outlet, or an outlet\'s own report', () => {
  assert.deepEqual(flagged('“No deal,” Lars Berg told Reuters.', 'secondhand'), ['No deal,']);
  assert.deepEqual(flagged('“We will win,” said Jane Doe, according to Reuters.', 'secondhand'), ['We will win,']);
  assert.equal(flagged('Reuters reported that the talks had failed.', 'secondhand').length, 1);
  assert.match(messages('“No deal,” Lars Berg told Reuters.', 'secondhand')[0], /via Reuters/);
});

test('secondhand: not first-hand speech', () => {
  assert.deepEqual(flagged('“No deal,” Lars Berg said in an interview.', 'secondhand'), []);
  assert.deepEqual(flagged('“No deal,” Lars Berg told reporters.', 'secondhand'), []);
});

const ONE = '“We will win,” Jane Doe said. She added that the vote was close. “It was close,” Doe told Reuters. Doe later said the count was over.';
const TWO = '“We will win,” Jane Doe said. She added that the vote was close. “It was close,” said Ann Lee, her rival. Doe later said the count was over.';

test('single-source: every attribution traces to one root, relays collapse; reported once, at the first', () => {
  const f = findings(ONE, 'single-source');
  assert.equal(f.length, 1);
  assert.equal(ONE.slice(f[0].start, f[0].end), 'Jane Doe');
  assert.match(f[0].message, /all 4 attributions trace to Jane Doe/);
  assert.match(f[0].message, /through Reuters/);
  assert.match(f[0].message, /second, independent source/);
});

test('single-source: a second root, too few attributions, or unknown speakers do not fire', () => {
  assert.deepEqual(findings(TWO, 'single-source'), []);
  assert.deepEqual(findings('“We will win,” Jane Doe said. She added that the vote was close.', 'single-source'), []);
  assert.deepEqual(findings('It is believed that the vote was close. It is expected to end soon. It is unclear who won.', 'single-source'), []);
});

test('single-source: an anonymous root says so', () => {
  const t = 'A source said the vote was rigged. The source said ballots were lost. The source added that nobody checked.';
  assert.match(messages(t, 'single-source')[0], /one anonymous source/);
});

test('rootOf: entity first, else the speaker name without article; null when unknown', () => {
  const a = analyze(ONE).attributions;
  assert.ok(a.length >= 4);
  assert.equal(new Set(a.map(rootOf)).size, 1);
  const b = analyze('It is believed that the vote was close.').attributions;
  assert.equal(rootOf(b[0]), null);
});
