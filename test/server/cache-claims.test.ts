// The language server's EngineCache keeps each paragraph's claims and reuses them while nothing they
// depend on changed. The paragraph cache is keyed by the text the engine reads, in which URLs (and, in
// Markdown, code and markup) are blanked; claims are scored on the text as written. Edits that keep
// the blanked text the same must still re-score: an analysis with the cache equals one without.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, EngineCache } from '../../server/src/engine';

const OTHER = 'The minister said on Tuesday that the bridge would reopen next month.';

test('claims: a URL edited to one of the same length re-scores the claim (the blanked text is the same)', () => {
  const cache = new EngineCache();
  const v1 = `${OTHER}\n\nThe plan is at https://example.org/plan-abc and it changes nothing for drivers here.\n\n${OTHER}`;
  // digits in the URL make the statement mention numbers (the scorer reads the text as written)
  const v2 = v1.replace('plan-abc', 'plan-123');
  assert.equal(v1.length, v2.length);
  const a1 = analyze(v1, {}, cache);
  assert.deepEqual(a1, analyze(v1));
  const a2 = analyze(v2, {}, cache);
  assert.deepEqual(a2, analyze(v2));
  // the test is only meaningful if the two versions' claims differ
  assert.notDeepEqual(a1.claims, a2.claims);
});

test('claims: kept claims follow their paragraph and its attributions (ids renumbered, offsets moved)', () => {
  const cache = new EngineCache();
  const quote = '\u201cWe will cut taxes by 40 percent for every family in the state,\u201d said Jane Doe, the governor.';
  const v1 = `${quote}\n\n${OTHER}`;
  // a new attribution before it: the kept paragraph moves and its attribution becomes a2
  const v2 = `Critics said the plan would cost 3 billion dollars a year.\n\n${v1}`;
  const v3 = `\u00a0\u201cNothing,\u201d he said \u2014 \ud83d\ude00.\n\n${v2}`;
  for (const v of [v1, v2, v3, v1]) {
    const cached = analyze(v, {}, cache);
    assert.deepEqual(cached, analyze(v));
    assert.ok(cached.claims.some((c) => c.attribution !== undefined), 'a claim linked to an attribution');
  }
});
