// Pure claim-review editor helpers: hover, diagnostics, code actions, what "Mark claim" marks.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Attribution } from '../../server/src/engine/types';
import {
  claimCodeActions, claimDiagnostics, claimMessage, fallbackSentences, formatClaimHover, MARK_CLAIM_KIND, CONFIRM_CLAIM_KIND,
  shortText, suggestClaimAt, trimSpan, verdictPickOrder,
} from '../../server/src/features/claimsFormat';
import { DEFAULT_SCALE } from '../../server/src/review/model';
import { ClaimDocument } from '../../server/src/review/store';
import { find, fixedOpts } from '../review/helpers';

const TEXT = 'Zoë’s café\u00a0– 🎉 intro. “We will win the vote,” said Jane Doe. Prices rose 40% in the U.S. last year. The end';

function analysis(text: string, extra: Partial<Analysis> = {}): Analysis {
  const q = find(text, 'We will win the vote,');
  const cue = find(text, 'said');
  const src = find(text, 'Jane Doe');
  const a: Attribution = {
    id: 'a1', kind: 'direct', content: [q], cue, source: src, sourceKind: 'named',
    speaker: { name: 'Jane Doe', type: 'person', description: 'party leader' },
    chain: [{ name: 'Jane Doe', role: 'speaker', type: 'person', relation: 'said' }, { name: 'Wire', role: 'relay', type: 'outlet', relation: 'according_to' }],
    inferred: false,
  };
  return { length: text.length, paragraphs: [], sentences: [], attributions: [a], entities: [], claims: [], findings: [], errors: [], ...extra };
}

describe('verdicts and messages', () => {
  test('the default scale is offered best first, then the non-ordinal verdicts', () => {
    assert.deepEqual(verdictPickOrder(DEFAULT_SCALE).map((v) => v.label),
      ['True', 'Mostly true', 'Half true', 'Mostly false', 'False', 'Misleading', 'Unverifiable', 'Misattributed']);
    const inverted = { id: 'x', label: 'x', worstRating: 5, bestRating: 1, verdicts: [{ key: 'a', label: 'A', ratingValue: 5, bucket: 'FALSE' as const }, { key: 'b', label: 'B', ratingValue: 1, bucket: 'TRUE' as const }] };
    assert.deepEqual(verdictPickOrder(inverted).map((v) => v.key), ['b', 'a']);
  });

  test('claim messages: verdict, status, first line of the note; orphans and edited claims say so', () => {
    const doc = new ClaimDocument(TEXT, undefined, fixedOpts());
    const c = doc.add({ ...find(TEXT, 'Prices rose 40%'), verdict: 'mostly-false', status: 'checked', note: 'Only 4%.\nDetails follow.' });
    assert.equal(claimMessage(c), 'Claim: Mostly false — Only 4%.');
    const d = doc.update(c.id, { status: 'in-progress', note: null, verdict: null });
    assert.equal(claimMessage(d), 'Claim: no verdict · in progress');
    doc.applyChanges([{ text: TEXT.replace('40%', '4%') }]);
    assert.match(claimMessage(doc.get(c.id)!), /edited since it was marked/);
    doc.applyChanges([{ text: 'Nothing left.' }]);
    assert.equal(doc.get(c.id)!.anchor.state, 'orphan');
    assert.match(claimMessage(doc.get(c.id)!), /^Claim could not be placed in the text: “Prices rose 40%”/);
  });

  test('shortText never splits a surrogate pair', () => {
    const s = 'a'.repeat(8) + '🎉' + 'b'.repeat(10);
    const out = shortText(s, 10);
    assert.ok(!/[\uD800-\uDBFF]…$/.test(out), out);
    assert.ok(out.endsWith('…'));
  });
});

describe('claimDiagnostics', () => {
  test('hint per claim, information when it needs review, warning at line 1 for an orphan; UTF-16 ranges', () => {
    const doc = new ClaimDocument(TEXT, undefined, fixedOpts());
    const a = doc.add({ ...find(TEXT, 'Prices rose 40%'), verdict: 'false' });
    const b = doc.add({ ...find(TEXT, 'The end') });
    const td = TextDocument.create('file:///x.txt', 'plaintext', 1, TEXT);
    let ds = claimDiagnostics(doc.views(), TEXT.length, (o) => td.positionAt(o));
    assert.deepEqual(ds.map((d) => [d.code, d.severity]), [['claim', 4], ['claim', 4]]);
    assert.deepEqual(ds[0].range.start, { line: 0, character: TEXT.indexOf('Prices') });
    assert.deepEqual(ds[0].data, { claimId: a.id });
    // The claim vanishes from the text: an orphan, reported as a warning at the start.
    doc.reload(TEXT.replace(' The end', ''));
    ds = claimDiagnostics(doc.views(), doc.text.length, (o) => td.positionAt(o));
    const orphan = ds.find((d) => (d.data as { claimId: string }).claimId === b.id)!;
    assert.equal(orphan.code, 'claim-orphan');
    assert.equal(orphan.severity, 2);
    assert.deepEqual(orphan.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
  });
});

describe('formatClaimHover', () => {
  test('verdict with its rating, status, claimant chain, evidence links, anchor; user text escaped', () => {
    const doc = new ClaimDocument(TEXT, undefined, fixedOpts());
    const c = doc.add({
      ...find(TEXT, 'We will win the vote,'), verdict: 'half-true', status: 'in-progress',
      note: 'See <img src=https://x.example/t.png> and **this**\nsecond line',
      evidence: [{ url: 'https://a.example/r_(1)', title: 'Report [draft]' }, 'https://b.example/'],
      claimant: { name: 'Jane Doe', type: 'person', chain: [{ name: 'Jane Doe', role: 'speaker' }, { name: 'Wire', role: 'relay' }] },
    });
    const md = formatClaimHover(doc.views().find((v) => v.id === c.id)!);
    assert.match(md, /\*\*Verdict:\*\* Half true \(3 on 1–5\)/);
    assert.match(md, /\*\*Status:\*\* In progress/);
    assert.ok(md.includes('Jane Doe (person) — Jane Doe → Wire → this article'), md);
    assert.ok(md.includes('[Report \\[draft\\]](https://a.example/r_%281%29)'), md);
    assert.ok(md.includes('[b.example](https://b.example/)'), md);
    assert.ok(md.includes('\\<img src=https://x.example/t.png\\>'), 'HTML in the note is escaped (no remote image loads)');
    assert.ok(md.includes('\\*\\*this\\*\\*  \nsecond line'), 'line breaks kept, emphasis escaped');
    assert.match(md, /\*\*Anchor:\*\* in place/);
    assert.doesNotMatch(md, /Marked text/);
  });

  test('a claim needing attention shows the marked text and why', () => {
    const doc = new ClaimDocument(TEXT, undefined, fixedOpts());
    const c = doc.add(find(TEXT, 'Prices rose 40% in the U.S. last year.'));
    doc.applyChanges([{ text: TEXT.replace('40%', '4%') }]);
    const md = formatClaimHover(doc.views().find((v) => v.id === c.id)!);
    assert.match(md, /\*\*Anchor:\*\* edited since it was marked/);
    assert.match(md, /\*\*Marked text:\*\* “Prices rose 40% in the U.S. last year.”/);
    assert.match(md, /\*\*Verdict:\*\* \*none yet\*/);
  });
});

describe('what Mark claim marks at the cursor', () => {
  test('fallback sentences: abbreviations, closing quotes, line breaks, non-ASCII', () => {
    const text = 'He said “Go.” Then he left. Prices in the U.S. rose. 🎉 Zoë\u00a0won!\nNew para';
    const got = fallbackSentences(text).map((s) => text.slice(s.start, s.end));
    assert.deepEqual(got, ['He said “Go.”', 'Then he left.', 'Prices in the U.S. rose. 🎉 Zoë\u00a0won!', 'New para']);
  });

  test('inside a quote: the quote content, claimant from its attribution', () => {
    const an = analysis(TEXT);
    const s = suggestClaimAt(TEXT, an, TEXT.indexOf('win'))!;
    assert.equal(s.kind, 'attribution');
    assert.equal(TEXT.slice(s.span.start, s.span.end), 'We will win the vote,');
    assert.equal(s.claimant?.name, 'Jane Doe');
    assert.equal(s.claimant?.description, 'party leader');
    assert.deepEqual(s.claimant?.chain?.map((h) => h.name), ['Jane Doe', 'Wire']);
  });

  test('on the cue or the source: that attribution’s content', () => {
    const an = analysis(TEXT);
    for (const at of [TEXT.indexOf('said') + 1, TEXT.indexOf('Doe')]) {
      const s = suggestClaimAt(TEXT, an, at)!;
      assert.equal(TEXT.slice(s.span.start, s.span.end), 'We will win the vote,');
    }
  });

  test('a detected claim wins over the sentence; else the engine sentence; else the fallback', () => {
    const claimSpan = find(TEXT, 'Prices rose 40%');
    const withClaim = analysis(TEXT, { claims: [{ ...claimSpan, score: 0.9, checkable: true, features: ['number'] }] });
    const at = TEXT.indexOf('rose');
    let s = suggestClaimAt(TEXT, withClaim, at)!;
    assert.equal(s.kind, 'claim');
    assert.deepEqual(s.span, claimSpan);
    assert.equal(s.claimant, undefined, 'no attribution overlaps: no claimant');
    const sent = find(TEXT, 'Prices rose 40% in the U.S.');
    s = suggestClaimAt(TEXT, analysis(TEXT, { sentences: [sent] }), at)!;
    assert.equal(s.kind, 'sentence');
    assert.deepEqual(s.span, sent);
    s = suggestClaimAt(TEXT, analysis(TEXT), at)!;
    assert.equal(TEXT.slice(s.span.start, s.span.end), 'Prices rose 40% in the U.S. last year.');
    assert.equal(suggestClaimAt('   ', undefined, 1), undefined);
  });

  test('trimSpan', () => {
    assert.deepEqual(trimSpan('  ab \n', { start: 0, end: 6 }), { start: 2, end: 4 });
    assert.equal(trimSpan(' \u00a0 ', { start: 0, end: 3 }), undefined);
    assert.deepEqual(trimSpan('ab', { start: -5, end: 99 }), { start: 0, end: 2 });
  });
});

describe('claimCodeActions', () => {
  const td = TextDocument.create('file:///x.txt', 'plaintext', 1, TEXT);
  const base = { uri: td.uri, text: TEXT, positionAt: (o: number) => td.positionAt(o) };

  test('Mark as claim on the quote under the cursor, with the server command and an LSP range', () => {
    const at = TEXT.indexOf('vote');
    const actions = claimCodeActions({ ...base, range: { start: at, end: at }, analysis: analysis(TEXT), claims: [] });
    assert.equal(actions.length, 1);
    const [a] = actions;
    assert.equal(a.kind, MARK_CLAIM_KIND);
    assert.equal(a.title, 'Mark as claim: “We will win the vote,”');
    assert.equal(a.command?.command, 'factcheck.claims.add');
    const q = find(TEXT, 'We will win the vote,');
    assert.deepEqual(a.command?.arguments, [{ uri: td.uri, range: { start: td.positionAt(q.start), end: td.positionAt(q.end) } }]);
  });

  test('nothing to mark outside quotes and claims; a selection is offered as is', () => {
    const at = TEXT.indexOf('intro');
    assert.deepEqual(claimCodeActions({ ...base, range: { start: at, end: at }, analysis: analysis(TEXT), claims: [] }), []);
    const sel = find(TEXT, 'intro. ');
    const actions = claimCodeActions({ ...base, range: sel, analysis: analysis(TEXT), claims: [] });
    assert.deepEqual(actions.map((a) => a.title), ['Mark selection as claim: “intro.”']);
  });

  test('not offered on marked text; Confirm claim anchor for an edited claim; the only filter', () => {
    const doc = new ClaimDocument(TEXT, undefined, fixedOpts());
    const q = find(TEXT, 'We will win the vote,');
    doc.add(q);
    const at = TEXT.indexOf('vote');
    assert.deepEqual(claimCodeActions({ ...base, range: { start: at, end: at }, analysis: analysis(TEXT), claims: doc.views() }), []);
    const t2 = TEXT.replace('win the vote', 'win the poll');
    doc.applyChanges([{ text: t2 }]);
    const td2 = TextDocument.create('file:///x.txt', 'plaintext', 2, t2);
    const input = { uri: td2.uri, text: t2, positionAt: (o: number) => td2.positionAt(o), range: { start: at, end: at }, analysis: undefined, claims: doc.views() };
    const actions = claimCodeActions(input);
    assert.deepEqual(actions.map((a) => [a.kind, a.title]), [[CONFIRM_CLAIM_KIND, 'Confirm claim anchor: “We will win the poll,”']]);
    assert.equal(actions[0].command?.command, 'factcheck.claims.confirm');
    assert.deepEqual(claimCodeActions({ ...input, only: [MARK_CLAIM_KIND] }), []);
    assert.equal(claimCodeActions({ ...input, only: ['quickfix'] }).length, 1);
  });
});
