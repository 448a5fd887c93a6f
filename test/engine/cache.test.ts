// EngineCache details the incremental property test may rarely hit: one paragraph text at several
// places of a document (each place gets its own offsets), paragraphs moving after an edit above them,
// and the per-document statement memo staying bounded by what the latest analyses used.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, EngineCache } from '../../server/src/engine';

const P1 = '\u201cWe will win,\u201d said Jane Doe, according to Reuters. Nobody in the valley expected the 40,000 votes.';
const P2 = 'Critics said the plan failed because prices rose 4 percent last year.';
const P3 = 'The mayor, who spoke on condition of anonymity, told reporters: \u201cIt is over.\u201d';

test('a paragraph text repeated in a document, moved by edits: cached = from scratch', () => {
  const cache = new EngineCache();
  const docs = [
    [P1, P2, P1, P3, P1],
    ['Intro line here.', P1, P2, P1, P3, P1],
    ['Intro line here, longer now.', P1, P1, P2, P1, P3],
    [P1, P1, P1],
    [P3, P1, P2, P1, P3, P1, P1],
  ].map((ps) => ps.join('\n\n'));
  for (const text of [...docs, ...docs.reverse()]) {
    assert.deepEqual(analyze(text, {}, cache), analyze(text));
    assert.deepEqual(analyze(text, {}, cache), analyze(text), 'the second analysis of the same text');
  }
  assert.ok(cache.hits > 0, 'paragraphs were reused');
});

test('the statement memo keeps only what recent analyses used', () => {
  const big = Array.from({ length: 60 }, (_, i) => `Paragraph ${i}: the council voted ${i} times to cut the budget by ${i * 3} percent. ${P2}`).join('\n\n');
  const small = [P1, P3].join('\n\n');
  const fresh = new EngineCache();
  analyze(small, {}, fresh);
  analyze(small, {}, fresh);
  const cache = new EngineCache();
  analyze(big, {}, cache);
  const afterBig = cache.claims.explained.size;
  analyze(small, {}, cache);
  analyze(small, {}, cache);
  assert.ok(afterBig > fresh.claims.explained.size);
  assert.equal(cache.claims.explained.size, fresh.claims.explained.size, 'statements of the big text are gone after two analyses without them');
  assert.equal(cache.claims.sweeping.size, fresh.claims.sweeping.size);
  // a cache that keeps nothing keeps no statements either
  cache.paragraphs.max = 0;
  analyze(big, {}, cache);
  assert.equal(cache.claims.explained.size, 0);
  assert.deepEqual(analyze(big, {}, cache), analyze(big));
});

test('cues kept with a paragraph follow its quote context: numbering, quotes across paragraphs, a quote opening the next paragraph', () => {
  const A = 'The spokesman said the talks, which began in May, had stalled.';
  const B = 'He told reporters:';
  const C = '\u201cWe will not sign this agreement. It is dead.\u201d';
  const D = '\u201cThe first part of a long quote runs on,';
  const E = '\u201cand ends here,\u201d said Ana Ruiz, according to the agency.';
  const F = 'Officials said \u201cnothing\u201d had changed and critics said otherwise.';
  const steps = [
    [A, B, C, F],
    [F, A, B, C, F], // a quote before: every quote number after it moves
    [F, A, B, 'Not a quote any more.', F], // the paragraph after "He told reporters:" no longer opens with a quote
    [F, A, B, C, D, E, F], // a quote running over two paragraphs
    [F, A, B, C, D, 'and ends without a mark.', F], // the same opening, its continuation changed
    [A, B, D, E, F, F],
    ['\u201cOpen', A, B, C, F], // an unclosed mark before everything
    [A, B, C, F],
  ].map((ps) => ps.join('\n\n'));
  const cache = new EngineCache();
  for (const text of [...steps, ...[...steps].reverse()]) assert.deepEqual(analyze(text, {}, cache), analyze(text), text);
});
