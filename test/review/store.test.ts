// ClaimDocument: the operations behind "Mark claim" and the claim editor.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Attribution } from '../../server/src/engine/types';
import { DEFAULT_SCALE, claimantFromAttribution, isSecondHand, validateScale, type VerdictScale } from '../../server/src/review/model';
import { ClaimDocument, ReviewError } from '../../server/src/review/store';
import { covered, find, fixedOpts } from './helpers';

const TEXT = 'The mayor said crime fell by a third last year, police figures show.\n';
const Q = 'crime fell by a third last year';

test('add rejects empty, blank and out-of-range selections with a ReviewError', () => {
  const doc = new ClaimDocument(TEXT + '   \n', undefined, fixedOpts());
  for (const [s, e] of [[3, 3], [5, 2], [-1, 4], [0, 10_000], [TEXT.length, TEXT.length + 3]]) {
    assert.throws(() => doc.add({ start: s, end: e }), ReviewError, `${s}-${e}`);
  }
  assert.equal(doc.claims.length, 0);
});

test('add records creator, dates, history; update records verdict and status changes', () => {
  const doc = new ClaimDocument(TEXT, undefined, fixedOpts());
  const c = doc.add({ ...find(TEXT, Q), verdict: 'Half true' });
  assert.equal(c.creator, 'Test Checker');
  assert.equal(c.status, 'unchecked');
  assert.equal(c.verdict?.ratingValue, 3);
  doc.update(c.id, { status: 'in-progress' });
  doc.update(c.id, { verdict: 'true', status: 'checked' });
  doc.update(c.id, { verdict: null });
  const h = doc.get(c.id)!.history.map((x) => [x.change, x.from, x.to]);
  assert.deepEqual(h, [
    ['created', undefined, undefined],
    ['verdict', undefined, 'Half true'],
    ['status', 'unchecked', 'in-progress'],
    ['verdict', 'Half true', 'True'],
    ['status', 'in-progress', 'checked'],
    ['verdict', 'True', undefined],
  ]);
  assert.ok(doc.get(c.id)!.modified > c.created);
});

test('a bad field leaves the claim exactly as it was', () => {
  const doc = new ClaimDocument(TEXT, undefined, fixedOpts());
  const c = doc.add({ ...find(TEXT, Q), note: 'original' });
  const before = doc.get(c.id);
  assert.throws(() => doc.update(c.id, { note: 'changed', verdict: 'Pants on fire' }), /unknown verdict "Pants on fire": use one of False, Mostly false/);
  assert.throws(() => doc.update(c.id, { note: 'changed', evidence: ['javascript:alert(1)'] }), /http\(s\) URL/);
  assert.throws(() => doc.update(c.id, { claimDate: 'last Tuesday' }), /ISO date/);
  assert.throws(() => doc.update(c.id, { status: 'done' as never }), /unknown status/);
  assert.throws(() => doc.update('urn:uuid:nope', { note: 'x' }), /no claim with id/);
  assert.deepEqual(doc.get(c.id), before);
});

test('get and claims return copies: mutating them changes nothing', () => {
  const doc = new ClaimDocument(TEXT, undefined, fixedOpts());
  const c = doc.add(find(TEXT, Q));
  doc.get(c.id)!.anchor.start = 0;
  doc.claims[0].status = 'checked';
  assert.equal(covered(doc, c.id), Q);
  assert.equal(doc.get(c.id)!.status, 'unchecked');
});

test('confirm re-describes an edited claim and keeps the previous quote in history', () => {
  const doc = new ClaimDocument(TEXT, undefined, fixedOpts());
  const c = doc.add(find(TEXT, Q));
  const s = TEXT.indexOf('a third');
  doc.applyOffsetChanges([{ start: s, end: s + 7, text: 'half' }]);
  assert.equal(doc.get(c.id)!.anchor.state, 'edited');
  const after = doc.confirm(c.id);
  assert.equal(after.anchor.state, 'anchored');
  assert.equal(after.anchor.exact, 'crime fell by half last year');
  assert.deepEqual(after.history.at(-1), { at: after.modified, by: 'Test Checker', change: 'anchor', from: Q, to: 'crime fell by half last year' });
});

test('an orphan can be re-attached to a new selection', () => {
  const doc = new ClaimDocument(TEXT, undefined, fixedOpts());
  const c = doc.add(find(TEXT, Q));
  const t2 = 'The mayor said offences dropped sharply in 2024.\n';
  doc.reload(t2);
  assert.equal(doc.get(c.id)!.anchor.state, 'orphan');
  const r = doc.confirm(c.id, ...Object.values(find(t2, 'offences dropped sharply in 2024')) as [number, number]);
  assert.equal(r.anchor.state, 'anchored');
  assert.equal(covered(doc, c.id), 'offences dropped sharply in 2024');
});

test('remove, at() and views()', () => {
  const doc = new ClaimDocument(TEXT, undefined, fixedOpts());
  const a = doc.add(find(TEXT, Q));
  const b = doc.add(find(TEXT, 'police figures show'));
  assert.deepEqual(doc.at(TEXT.indexOf('third')).map((c) => c.id), [a.id]);
  assert.deepEqual(doc.views().map((v) => v.text), [Q, 'police figures show']);
  assert.equal(doc.remove(a.id), true);
  assert.equal(doc.remove(a.id), false);
  assert.deepEqual(doc.claims.map((c) => c.id), [b.id]);
});

test('dirty tracks unsaved claim changes', () => {
  const doc = new ClaimDocument(TEXT, undefined, fixedOpts());
  assert.equal(doc.dirty, false);
  const c = doc.add(find(TEXT, Q));
  assert.equal(doc.dirty, true);
  doc.toSidecar();
  assert.equal(doc.dirty, false);
  doc.applyOffsetChanges([{ start: 0, end: 0, text: 'x' }]);
  assert.equal(doc.dirty, true, 'positions moved');
  doc.toSidecar();
  doc.applyOffsetChanges([{ start: TEXT.length, end: TEXT.length, text: 'tail' }]);
  assert.equal(doc.dirty, false, 'an edit after the claim changes nothing to save');
  assert.ok(c.id);
});

test('claimant from an engine Attribution: speaker plus chain, spans dropped; second-hand detected', () => {
  const attr: Attribution = {
    id: 'a1', kind: 'direct', content: [{ start: 1, end: 20 }], cue: { start: 22, end: 26 }, source: { start: 27, end: 33 },
    sourceKind: 'named', speaker: { name: 'Dmitry Peskov', type: 'person', description: 'Putin spokesman' }, inferred: false,
    chain: [
      { name: 'Dmitry Peskov', role: 'speaker', type: 'person', relation: 'said', span: { start: 27, end: 33 } },
      { name: 'BBC', role: 'medium', type: 'outlet', relation: 'told' },
      { name: 'TASS', role: 'relay', type: 'outlet', relation: 'according_to' },
    ],
  };
  const c = claimantFromAttribution(attr)!;
  assert.deepEqual(c, {
    name: 'Dmitry Peskov', type: 'person', description: 'Putin spokesman',
    chain: [
      { name: 'Dmitry Peskov', role: 'speaker', type: 'person', relation: 'said' },
      { name: 'BBC', role: 'medium', type: 'outlet', relation: 'told' },
      { name: 'TASS', role: 'relay', type: 'outlet', relation: 'according_to' },
    ],
  });
  assert.equal(isSecondHand(c), true);
  assert.equal(isSecondHand({ ...c, chain: c.chain!.slice(0, 2) }), false);
  assert.equal(claimantFromAttribution({ ...attr, speaker: null }), undefined);
});

test('verdict scales: the default validates; a custom scale is used; bad scales are explained', () => {
  assert.deepEqual(validateScale(DEFAULT_SCALE), []);
  const custom: VerdictScale = {
    id: 'desk-v1', label: 'Desk', worstRating: 0, bestRating: 2,
    verdicts: [{ key: 'wrong', label: 'Wrong', ratingValue: 0, bucket: 'FALSE' }, { key: 'right', label: 'Right', ratingValue: 2, bucket: 'TRUE' }, { key: 'satire', label: 'Satire', bucket: 'OTHER' }],
  };
  assert.deepEqual(validateScale(custom), []);
  const doc = new ClaimDocument(TEXT, undefined, fixedOpts({ scale: custom }));
  const c = doc.add({ ...find(TEXT, Q), verdict: 'right' });
  assert.deepEqual(c.verdict, { scale: 'desk-v1', key: 'right', label: 'Right', bucket: 'TRUE', ratingValue: 2, worstRating: 0, bestRating: 2 });
  assert.throws(() => doc.update(c.id, { verdict: 'Mostly true' }), /use one of Wrong, Right, Satire/);
  const errs = validateScale({ id: 'x', label: 'x', verdicts: [{ key: 'a', label: 'A', bucket: 'TRUE', ratingValue: 9 }, { key: 'a', label: '', bucket: 'NOPE' }] });
  assert.ok(errs.some((e) => /worstRating and bestRating are required/.test(e)));
  assert.ok(errs.some((e) => /duplicate key "a"/.test(e)));
  assert.ok(errs.some((e) => /bucket/.test(e)));
  assert.ok(errs.some((e) => /label/.test(e)));
  assert.deepEqual(validateScale('nope'), ['scale: expected an object']);
});

test('reload after in-editor edits: an edited claim is found by what it says now and stays edited', () => {
  const doc = new ClaimDocument(TEXT, undefined, fixedOpts());
  const c = doc.add(find(TEXT, Q));
  const s = TEXT.indexOf('a third');
  doc.applyOffsetChanges([{ start: s, end: s + 7, text: 'half' }]);
  doc.reload('Breaking: new lead paragraph.\n\n' + doc.text);
  const after = doc.get(c.id)!;
  assert.equal(after.anchor.state, 'edited');
  assert.equal(covered(doc, c.id), 'crime fell by half last year');
  assert.equal(after.anchor.exact, Q);
  assert.equal(doc.lastReanchor[0].result.method, 'unique');
});
