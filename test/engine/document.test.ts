// The document model's per-token arrays (qid: the quote containing each token, wordPrefix: word
// counts) are views of shared buffers when no EngineCache is used: every paragraph's view must hold
// its own values, also across buffer boundaries, and equal the arrays built with a cache.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getLexicon } from '../../server/src/engine/lexicon/index';
import { buildDoc, type Doc } from '../../server/src/engine/pipeline/document';
import { EngineCache } from '../../server/src/engine/pipeline/cache';

/** qid and wordPrefix of every paragraph, recomputed from its tokens and the document's quotes. */
function expected(doc: Doc): { qid: number[]; wordPrefix: number[] }[] {
  return doc.paragraphs.map((p) => {
    const qid = p.tokens.map((t) => doc.quotes.findIndex((q) => q.s <= t.s && t.e <= q.e));
    const wordPrefix = [0];
    for (const t of p.tokens) wordPrefix.push(wordPrefix[wordPrefix.length - 1] + (t.k === 1 ? 1 : 0));
    return { qid, wordPrefix };
  });
}

const arrays = (doc: Doc) => doc.paragraphs.map((p) => ({ qid: [...p.qid], wordPrefix: [...p.wordPrefix] }));

// paragraphs of varied lengths with quotes (one across two paragraphs), curly marks, NBSP, an emoji
const pieces = [
  '“We will win,” said Jane Doe, the mayor’s spokeswoman.',
  'He added: “Nobody\u00a0expected this. Not even us 🙂.',
  '“Still quoted in the next paragraph,” he said.',
  'Plain text, no quotes at all \u2013 just words and 42 numbers.',
  '',
  '"Straight marks" here and there, "twice."',
];

test('qid and wordPrefix of each paragraph equal a recount from its tokens', () => {
  const text = pieces.join('\n\n');
  const doc = buildDoc(text, false, getLexicon());
  assert.ok(doc.quotes.length >= 3);
  assert.deepEqual(arrays(doc), expected(doc));
});

test('views across several shared buffers keep their own values; equal to the cached build', () => {
  // ~370 KB of text: three buffers of 64K entries
  const parts: string[] = [];
  for (let i = 0; i < 6000; i++) parts.push(pieces[i % pieces.length] + ` Paragraph ${i}.`);
  const text = parts.join('\n\n');
  const doc = buildDoc(text, false, getLexicon());
  const tokens = doc.paragraphs.reduce((n, p) => n + p.tokens.length, 0);
  assert.ok(2 * tokens + doc.paragraphs.length > 2 * (1 << 16), 'the text needs more than two buffers');
  const got = arrays(doc);
  assert.deepEqual(got, expected(doc));
  const cached = buildDoc(text, false, getLexicon(), new EngineCache());
  assert.deepEqual(arrays(cached), got);
});
