// Day names, months and times ("on Monday", "last week", "in March") are when something was said,
// never who said or relayed it: not a source, speaker, relay or medium, and not part of a name.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/engine';
import { one } from './helpers';

const DATE = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|march|week|morning)\b/i;

test('"according to Reuters on Monday": the relay is Reuters, and the quote is secondhand', () => {
  const text = '“We will win,” said Jane Doe, according to Reuters on Monday.';
  const a = one(text);
  assert.equal(a.speaker, 'Jane Doe');
  assert.deepEqual(a.chain, ['speaker:Jane Doe', 'relay:Reuters']);
  const f = analyze(text).findings.filter((x) => x.rule === 'secondhand');
  assert.equal(f.length, 1);
  assert.match(f[0].message, /Reuters/);
  assert.doesNotMatch(f[0].message, /Monday/);
});

test('a time after the source or the addressee is not part of it', () => {
  for (const [text, source, chain] of [
    ['“We will not sign it,” said Jane Doe on Monday.', 'Jane Doe', ['speaker:Jane Doe']],
    ['“We will not sign it,” said Jane Doe Monday.', 'Jane Doe', ['speaker:Jane Doe']],
    ['Jane Doe on Tuesday said the plan was late.', 'Jane Doe', ['speaker:Jane Doe']],
    ['In March Jane Doe said the plan was late.', 'Jane Doe', ['speaker:Jane Doe']],
    ['On Monday spokesman Jo Bloggs said the plan was late.', 'spokesman Jo Bloggs', ['speaker:Jo Bloggs']],
    ['The talks failed, according to AP last week.', 'AP', ['speaker:AP']],
    ['The talks failed, according to the BBC in March.', 'the BBC', ['speaker:BBC']],
    ['“We will not sign it,” Jane Doe told the BBC on Friday.', 'Jane Doe', ['speaker:Jane Doe', 'medium:BBC']],
    ['“We will not sign this,” said Ola Berg, citing Reuters in the morning.', 'Ola Berg', ['speaker:Ola Berg', 'relay:Reuters']],
  ] as const) {
    const a = one(text);
    assert.equal(a.source, source, text);
    assert.deepEqual(a.chain, chain, text);
    assert.doesNotMatch(a.speaker ?? '', DATE, text);
    assert.equal(a.speakerType, /AP|BBC/.test(source) ? 'outlet' : 'person', text);
  }
});

test('a bare day name is never a source; outlets named with time words still are', () => {
  const a = analyze('“We will not sign it,” said Monday.');
  for (const x of a.attributions) assert.equal(x.source, null);
  assert.ok(!a.entities.some((e) => DATE.test(e.name)), JSON.stringify(a.entities));
  assert.equal(one('The talks failed, according to the Sunday Times.').speaker, 'The Sunday Times');
  assert.equal(one('The talks failed, according to the South China Morning Post.').speaker, 'South China Morning Post');
});

test('vague sources keep their own words: "Officials on Monday said" -> "Officials"', () => {
  const text = 'Officials on Monday said the plan was late.';
  const f = analyze(text).findings.find((x) => x.rule === 'vague-source' || x.rule === 'anonymous-source');
  assert.ok(f);
  assert.equal(text.slice(f.start, f.end), 'Officials');
});
