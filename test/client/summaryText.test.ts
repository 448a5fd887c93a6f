// The summary message the VS Code client shows for factcheck.showSummary.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { plainText, summaryMessage } from '../../client/src/summaryText';
import { analyze } from '../../server/src/engine';
import { summarize, summaryMarkdown } from '../../server/src/summary';

test('summaryMessage: a one-line message and the summary lines as plain text', () => {
  const t = '“We will win,” Jane Doe told Reuters. Critics say the dam is unsafe.';
  const { message, detail } = summaryMessage(summaryMarkdown(summarize(t, analyze(t))));
  assert.equal(message, 'factcheck: document summary');
  assert.doesNotMatch(detail, /\*\*/);
  assert.match(detail, /^• Claims: /m);
  assert.match(detail, /^• Sources: 1 named, 1 vague$/m);
  assert.match(detail, /^• Secondhand: 1 of 2 attributions \(50%\)$/m);
});

test('plainText: emphasis and escapes removed', () => {
  assert.equal(plainText('**A** \\*b\\* \\[c\\]\n- d'), 'A *b* [c]\n• d');
  assert.deepEqual(summaryMessage(''), { message: 'factcheck: document summary', detail: '' });
});
