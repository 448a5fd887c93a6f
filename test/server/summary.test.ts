// The document summary (server/src/summary.ts) and the claim/summary hovers (server/src/hover.ts):
// pure functions on the real engine's analysis, plus the factcheck.showSummary command and the
// loaded-cue quick fix over JSON-RPC against the built server.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { CodeAction, Hover, MarkupContent, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type Analysis, type Claim } from '../../server/src/engine';
import { loadedCueFixes } from '../../server/src/features/loadedCue';
import { uriArgument } from '../../server/src/features/summary';
import { checkableText, claimAt, engineHover, firstLine, formatAttributionHover, formatClaimHover } from '../../server/src/hover';
import { combineSummaries, summarize, summaryLine, summaryMarkdown } from '../../server/src/summary';
import { initialize, ROOT, startServer, type TestServer } from './lsp-client';

const TEXT = [
  'Town budget – a quick look 🎉',
  '',
  'Unemployment fell by 40,000 last quarter. The bridge will cost $3 billion and open in 2030.',
  '',
  '“We will cut taxes by 10 percent,” Jane Doe said. A source said the deal was dead.',
  '',
  'Critics say the dam is unsafe. “Prices rose 5 percent,” Ann Lee told Reuters.',
].join('\n');
const A = analyze(TEXT);

describe('summarize', () => {
  const s = summarize(TEXT, A);
  test('claims: checkable or not, attributed or not', () => {
    assert.equal(s.claims, A.claims.length);
    assert.ok(s.claims >= 4, JSON.stringify(A.claims.map((c) => TEXT.slice(c.start, c.end))));
    assert.equal(s.checkable + s.uncheckable, s.claims);
    assert.ok(s.uncheckable >= 2, 'the bridge prediction and the tax-cut promise');
    assert.equal(s.attributedClaims, A.claims.filter((c) => c.attribution).length);
    assert.ok(s.attributedClaims >= 2);
  });
  test('sources by kind, secondhand share', () => {
    assert.equal(s.attributions, A.attributions.length);
    assert.deepEqual(s.sources, { named: 2, anonymous: 1, vague: 1 });
    assert.equal(s.secondhand, 1);
    assert.equal(s.secondhandShare, 1 / s.attributions);
  });
  test('a relayed source and its direct quotes are one source; pronouns join their speaker', () => {
    const t = '“We will win,” Jane Doe said. She added that the vote was close. “It was close,” Doe told Reuters.';
    const r = summarize(t, analyze(t));
    assert.deepEqual(r.sources, { named: 1, anonymous: 0, vague: 0 });
    assert.equal(r.secondhand, 1);
  });
  test('an empty document', () => {
    const r = summarize('', analyze(''));
    assert.deepEqual(r, { claims: 0, checkable: 0, uncheckable: 0, attributedClaims: 0, attributions: 0, sources: { named: 0, anonymous: 0, vague: 0 }, agentless: 0, secondhand: 0, secondhandShare: 0 });
    assert.match(summaryMarkdown(r), /\*\*Sources:\*\* none/);
    assert.equal(summaryLine(r), '0 claims (0 checkable), 0 attributed; sources: none; 0 of 0 attributions secondhand');
  });
  test('Markdown and the one-line form', () => {
    const md = summaryMarkdown(s);
    assert.match(md, /^\*\*Document summary\*\*/);
    assert.ok(md.includes(`- **Claims:** ${s.claims} (${s.checkable} checkable, ${s.uncheckable} not checkable)`), md);
    assert.ok(md.includes('- **Sources:** 2 named, 1 anonymous, 1 vague'), md);
    assert.ok(md.includes(`- **Secondhand:** 1 of ${s.attributions} attributions (${Math.round(100 / s.attributions)}%)`), md);
    assert.equal(summaryLine(s), `${s.claims} claims (${s.checkable} checkable), ${s.attributedClaims} attributed; sources: 2 named, 1 anonymous, 1 vague; 1 of ${s.attributions} attributions secondhand (${Math.round(100 / s.attributions)}%)`);
  });
  test('combineSummaries adds documents up and recomputes the share', () => {
    const t = '“It was close,” Doe told Reuters.';
    const b = summarize(t, analyze(t));
    const c = combineSummaries([s, b]);
    assert.equal(c.claims, s.claims + b.claims);
    assert.equal(c.attributions, s.attributions + b.attributions);
    assert.equal(c.secondhand, 2);
    assert.equal(c.secondhandShare, 2 / c.attributions);
    assert.equal(c.sources.named, 3);
  });
  test('the seed article', () => {
    const seed = fs.readFileSync(path.join(ROOT, 'seeds', '000_196e15989cac9fdd.txt'), 'utf8');
    const r = summarize(seed, analyze(seed));
    // Kremlin, Peskov, Medvedev named; critics of Trump, "some", neoconservatives vague; BBC/TASS and Interfax relays
    assert.deepEqual(r.sources, { named: 3, anonymous: 0, vague: 3 });
    assert.equal(r.secondhand, 2);
  });
});

describe('claim and summary hovers', () => {
  const at = (s: string) => TEXT.indexOf(s);
  test('a claim in the article\'s own voice: why it is a claim, checkable, no source, why flagged', () => {
    const c = claimAt(A, at('fell by'));
    assert.ok(c);
    const md = formatClaimHover(TEXT, A, c);
    assert.match(md, /^\*\*Claim\*\* · factcheck/);
    assert.match(md, /\*\*Checkable:\*\* yes/);
    assert.match(md, /\*\*Why a claim:\*\* .*number: 40,000/);
    assert.match(md, /\*\*Source:\*\* none: the article's own voice/);
    assert.match(md, /\*\*Why flagged\*\*[\s\S]*`unattributed-claim`/);
  });
  test('a prediction says "prediction — not checkable" and what counts against it', () => {
    const c = claimAt(A, at('bridge will'));
    assert.ok(c);
    assert.equal(checkableText(c), 'prediction — not checkable');
    const md = formatClaimHover(TEXT, A, c);
    assert.match(md, /\*\*Checkable:\*\* prediction — not checkable/);
    assert.match(md, /\*\*Against:\*\* .*prediction: will/);
  });
  test('a reported claim names its source; the attribution hover carries the claim line', () => {
    const a = A.attributions.find((x) => x.speaker?.name === 'Jane Doe');
    assert.ok(a);
    const md = formatAttributionHover(TEXT, A, a);
    assert.match(md, /\*\*Claim:\*\* prediction — not checkable \(/);
    const fake: Claim = { start: a.content[0].start, end: a.content[0].end, score: 0.9, checkable: true, features: [], attribution: a.id, reasons: [] };
    assert.match(formatClaimHover(TEXT, A, fake), /\*\*Source:\*\* Jane Doe \(Jane Doe → this article\)/);
  });
  test('engineHover: attribution first, else claim; the summary on the first line only', () => {
    const onQuote = engineHover(TEXT, A, at('cut taxes'));
    assert.match(onQuote!.markdown, /^\*\*Direct quote\*\*/);
    const onClaim = engineHover(TEXT, A, at('40,000'));
    assert.match(onClaim!.markdown, /^\*\*Claim\*\*/);
    const first = engineHover(TEXT, A, 3);
    assert.match(first!.markdown, /^\*\*Document summary\*\*/);
    assert.deepEqual(first!.span, firstLine(TEXT));
    assert.equal(TEXT.slice(first!.span.start, first!.span.end), 'Town budget – a quick look 🎉');
    assert.equal(engineHover(TEXT, A, TEXT.indexOf('\n') + 1), undefined, 'the blank second line');
  });
  test('first line with CRLF and with no line break; text is escaped', () => {
    assert.deepEqual(firstLine('ab\r\ncd'), { start: 0, end: 2 });
    assert.deepEqual(firstLine('abc'), { start: 0, end: 3 });
    const t = 'Nobody *ever* paid [less] tax.';
    const a: Analysis = analyze(t);
    const c = claimAt(a, 3);
    assert.ok(c);
    const md = formatClaimHover(t, a, c);
    assert.doesNotMatch(md, /\[less\]\(/);
  });
});

describe('loaded-cue quick fix (pure)', () => {
  const t = 'Jane Doe claimed that the budget was short. Lee Park is insisting that it was not.';
  const doc = TextDocument.create('file:///x.txt', 'plaintext', 3, t);
  const diags = analyze(t)
    .findings.filter((f) => f.rule === 'loaded-cue')
    .map((f) => ({ range: { start: doc.positionAt(f.start), end: doc.positionAt(f.end) }, message: f.message, source: 'factcheck', code: f.rule }));
  test('replaces the verb with the same tense of "say"', () => {
    assert.equal(diags.length, 2);
    const actions = loadedCueFixes(doc, diags, false);
    assert.deepEqual(actions.map((a) => a.title), ['Replace “claimed” with “said”', 'Replace “insisting” with “saying”']);
    assert.ok(actions.every((a) => a.isPreferred && a.kind === 'quickfix'));
    let text = t;
    for (const a of [...actions].reverse()) text = TextDocument.applyEdits(TextDocument.create('file:///x.txt', 'plaintext', 3, text), a.edit!.changes!['file:///x.txt']);
    assert.equal(text, 'Jane Doe said that the budget was short. Lee Park is saying that it was not.');
  });
  test('versioned edits with documentChanges; nothing for other rules, other tools or changed text', () => {
    const [a] = loadedCueFixes(doc, diags.slice(0, 1), true);
    assert.deepEqual((a.edit!.documentChanges![0] as { textDocument: unknown }).textDocument, { uri: 'file:///x.txt', version: 3 });
    assert.deepEqual(loadedCueFixes(doc, [{ ...diags[0], source: 'cspell' }], false), []);
    assert.deepEqual(loadedCueFixes(doc, [{ ...diags[0], code: 'hedge' }], false), []);
    const changed = TextDocument.create('file:///x.txt', 'plaintext', 4, t.replace('claimed', 'said   '));
    assert.deepEqual(loadedCueFixes(changed, diags.slice(0, 1), false), []);
  });
  test('uriArgument: [uri] or [{ uri }]', () => {
    assert.equal(uriArgument(['file:///a']), 'file:///a');
    assert.equal(uriArgument([{ uri: 'file:///b' }]), 'file:///b');
    assert.equal(uriArgument([]), undefined);
    assert.equal(uriArgument([null]), undefined);
    assert.equal(uriArgument([{ uri: 3 }]), undefined);
  });
});

describe('over JSON-RPC: factcheck.showSummary and the loaded-cue quick fix', () => {
  let s: TestServer;
  const uri = 'file:///tmp/fc-summary/article.txt';
  before(async () => {
    s = startServer();
    await initialize(s);
  });
  after(() => s.kill());

  test('showSummary returns the Markdown for an open document, null otherwise; hover on line 1 shows it', async () => {
    const from = s.diagnostics.items.length;
    s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: TEXT } });
    await s.diagnostics.waitFor((d) => d.uri === uri, 'diagnostics', from);
    const md = await s.conn.sendRequest('workspace/executeCommand', { command: 'factcheck.showSummary', arguments: [uri] });
    assert.equal(md, summaryMarkdown(summarize(TEXT, A)));
    assert.equal(await s.conn.sendRequest('workspace/executeCommand', { command: 'factcheck.showSummary', arguments: [{ uri }] }), md);
    assert.equal(await s.conn.sendRequest('workspace/executeCommand', { command: 'factcheck.showSummary', arguments: ['file:///tmp/not-open.txt'] }), null);
    assert.equal(await s.conn.sendRequest('workspace/executeCommand', { command: 'factcheck.showSummary', arguments: [] }), null);
    const h = (await s.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } })) as Hover;
    assert.match((h.contents as MarkupContent).value, /Document summary/);
    const c = (await s.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 3 } })) as Hover;
    assert.match((c.contents as MarkupContent).value, /\*\*Claim\*\*[\s\S]*\*\*Checkable:\*\* yes/);
  });

  test('a loaded-cue diagnostic offers "Replace … with said" first', async () => {
    const u = 'file:///tmp/fc-summary/loaded.txt';
    const t = 'Jane Doe claimed that the budget was short.\n';
    const from = s.diagnostics.items.length;
    s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId: 'plaintext', version: 1, text: t } });
    const p = await s.diagnostics.waitFor((d) => d.uri === u, 'diagnostics', from);
    const d = p.diagnostics.find((x) => x.code === 'loaded-cue');
    assert.ok(d, JSON.stringify(p.diagnostics));
    const actions = (await s.conn.sendRequest('textDocument/codeAction', { textDocument: { uri: u }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
    assert.equal(actions[0].title, 'Replace “claimed” with “said”');
    const edits = actions[0].edit!.changes![u] as TextEdit[];
    assert.equal(TextDocument.applyEdits(TextDocument.create(u, 'plaintext', 1, t), edits), 'Jane Doe said that the budget was short.\n');
    assert.ok(actions.some((a) => a.title === 'Ignore "loaded-cue" on this line'));
  });
});
