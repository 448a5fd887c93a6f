// (b) Re-anchoring after the article changed outside the editor: re-anchored or orphaned, never lost.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { reanchor } from '../../server/src/review/anchor';
import { sha256Text } from '../../server/src/review/hash';
import { parseSidecar, serializeSidecar } from '../../server/src/review/sidecar';
import { ClaimDocument } from '../../server/src/review/store';
import { find, fixedOpts } from './helpers';

const P1 = 'The council met on Tuesday. The mayor said unemployment fell by 40,000 last quarter, a record for the city.';
const P2 = 'Critics disagreed. Turnout rose 40% this year, officials said.';
const P3 = 'The budget vote was postponed until March.';
const TEXT = `${P1}\n\n${P2}\n\n${P3}\n`;
const LONG = 'unemployment fell by 40,000 last quarter';

/** Marks claims, saves (serialize), then reopens against `newText` (parse + re-anchor). */
function reopen(text: string, quotes: string[], newText: string) {
  const doc = new ClaimDocument(text, undefined, fixedOpts());
  const ids = quotes.map((q) => doc.add(find(text, q)).id);
  const saved = serializeSidecar(doc.toSidecar());
  const parsed = parseSidecar(saved);
  assert.ok(parsed.ok);
  const reopened = new ClaimDocument(newText, parsed.sidecar, fixedOpts());
  // Never lost: same claims, same ids, same reviewed quotes.
  assert.deepEqual(reopened.claims.map((c) => c.id), ids);
  assert.deepEqual(reopened.claims.map((c) => c.anchor.exact), quotes);
  const get = (i: number) => {
    const c = reopened.get(ids[i])!;
    return { ...c.anchor, text: newText.slice(c.anchor.start, c.anchor.end), method: reopened.lastReanchor[i].result.method };
  };
  return { doc: reopened, get };
}

test('unchanged text: nothing to do', () => {
  const { get } = reopen(TEXT, [LONG, '40%'], TEXT);
  assert.equal(get(0).method, 'unchanged');
  assert.equal(get(1).method, 'unchanged');
});

test('moved paragraph: both the long quote and the short "40%" follow it exactly', () => {
  const moved = `${P3}\n\nA brand new opening paragraph.\n\n${P2}\n\n${P1}\n`;
  const { get } = reopen(TEXT, [LONG, '40%'], moved);
  assert.equal(get(0).state, 'anchored');
  assert.equal(get(0).text, LONG);
  assert.equal(get(0).start, moved.indexOf(LONG));
  assert.equal(get(1).state, 'anchored');
  assert.equal(get(1).start, moved.indexOf('40%'));
});

test('duplicated quote in another context: the claim stays with its own context', () => {
  const changed = `Preface.\n\nAs reported, ${LONG} and more, he repeated.\n\n${P1}\n\n${P2}\n`;
  const { get } = reopen(TEXT, [LONG], changed);
  assert.equal(get(0).state, 'anchored');
  assert.equal(get(0).method, 'context');
  assert.equal(get(0).start, find(changed, LONG, 1).start);
});

test('duplicated paragraph (same quote, same context): needs review, not silently picked', () => {
  const changed = `Preface added.\n\n${P1}\n\n${P1}\n\n${P2}\n`;
  const { get } = reopen(TEXT, [LONG], changed);
  assert.equal(get(0).state, 'needs-review');
  assert.equal(get(0).text, LONG);
  assert.match(get(0).reason ?? '', /appears 2 times/);
});

test('small typo fix inside the claim: re-anchored for review on the new wording; exact kept', () => {
  const changed = TEXT.replace('fell by 40,000', 'fell by 40.000');
  const { get } = reopen(TEXT, [LONG], changed);
  assert.equal(get(0).state, 'needs-review');
  assert.equal(get(0).text, 'unemployment fell by 40.000 last quarter');
  assert.equal(get(0).exact, LONG);
  assert.equal(get(0).current, 'unemployment fell by 40.000 last quarter');
  assert.equal(get(0).method, 'fuzzy');
});

test('a rewording of a 40-char claim (14 edits) is proposed for review, not accepted', () => {
  const changed = TEXT.replace(LONG, 'unemployment had fallen by 40,000 in the last quarter');
  const { get } = reopen(TEXT, [LONG], changed);
  assert.equal(get(0).state, 'needs-review');
  assert.equal(get(0).text, 'unemployment had fallen by 40,000 in the last quarter');
});

test('claim edited outside while its old wording survives elsewhere: proposed at its own place, not taken elsewhere', () => {
  const t = `${P1}\n\n${P2}\n\nIn the appendix: ${LONG} (see table 3).\n`;
  const changed = t.replace(`said ${LONG},`, 'said unemployment fell by 41,000 last quarter,');
  const { get } = reopen(t, [LONG], changed);
  assert.equal(get(0).state, 'needs-review');
  assert.equal(get(0).text, 'unemployment fell by 41,000 last quarter');
  assert.equal(get(0).start, changed.indexOf('unemployment fell by 41,000'));
});

test('claim deleted: orphan, kept with its quote and a reason', () => {
  const changed = TEXT.replace('The mayor said unemployment fell by 40,000 last quarter, a record for the city.', 'Nothing else of note happened at the meeting.');
  const { get } = reopen(TEXT, [LONG], changed);
  assert.equal(get(0).state, 'orphan');
  assert.equal(get(0).exact, LONG);
  assert.ok(get(0).reason);
});

test('short quote "40%": changed to 38% next to "40 people" -> orphan, never anchored to "40"', () => {
  const changed = TEXT.replace('Turnout rose 40% this year', 'Turnout rose 38% this year. 40 people attended');
  const { get } = reopen(TEXT, ['40%'], changed);
  assert.equal(get(0).state, 'orphan');
});

test('short quote "40%": gone from its sentence but present elsewhere in another context -> orphan', () => {
  const changed = TEXT.replace('Turnout rose 40% this year, officials said.', 'Turnout rose sharply.') + 'Prices went up 40% in a decade.\n';
  const { get } = reopen(TEXT, ['40%'], changed);
  assert.equal(get(0).state, 'orphan');
});

test('short quote "40%" at its old position but with its context rewritten -> not accepted', () => {
  // Same offset, same three characters, different sentence around them.
  const t1 = 'Intro. Turnout rose 40% this year.';
  const t2 = 'Intro. Rents soared 40% every winter.';
  assert.equal(t1.indexOf('40%'), t2.indexOf('40%'));
  const { get } = reopen(t1, ['40%'], t2);
  assert.equal(get(0).state, 'orphan');
});

test('a claim edited in the editor, saved, then changed outside: found again by its new wording', () => {
  const doc = new ClaimDocument(TEXT, undefined, fixedOpts());
  const id = doc.add(find(TEXT, LONG)).id;
  const s = doc.text.indexOf('40,000');
  doc.applyChanges([{ range: { start: { line: 0, character: s }, end: { line: 0, character: s + 6 } }, text: '45,000' }]);
  assert.equal(doc.get(id)!.anchor.state, 'edited');
  const parsed = parseSidecar(serializeSidecar(doc.toSidecar()));
  assert.ok(parsed.ok);
  assert.equal(parsed.sidecar.claims[0].anchor.current, 'unemployment fell by 45,000 last quarter');
  const outside = 'New first paragraph.\n\n' + doc.text;
  const re = new ClaimDocument(outside, parsed.sidecar, fixedOpts());
  const c = re.get(id)!;
  assert.equal(c.anchor.state, 'edited');
  assert.equal(outside.slice(c.anchor.start, c.anchor.end), 'unemployment fell by 45,000 last quarter');
  assert.equal(c.anchor.exact, LONG);
});

test('an orphan comes back when the text is restored (git checkout)', () => {
  const doc = new ClaimDocument(TEXT, undefined, fixedOpts());
  const id = doc.add(find(TEXT, LONG)).id;
  const gone = TEXT.replace(P1, 'Removed.');
  doc.reload(gone);
  assert.equal(doc.get(id)!.anchor.state, 'orphan');
  doc.reload(TEXT);
  assert.equal(doc.get(id)!.anchor.state, 'anchored');
  assert.equal(doc.text.slice(doc.get(id)!.anchor.start, doc.get(id)!.anchor.end), LONG);
});

test('reanchor is pure: same input, same output, and exact/prefix/suffix never change', () => {
  const doc = new ClaimDocument(TEXT, undefined, fixedOpts());
  doc.add(find(TEXT, LONG));
  const a = doc.toSidecar().claims[0].anchor;
  const changed = TEXT.replace('fell by', 'dropped by');
  const h = sha256Text(changed);
  const r1 = reanchor(a, changed, h), r2 = reanchor(a, changed, h);
  assert.deepEqual(r1, r2);
  assert.equal(r1.anchor.exact, a.exact);
  assert.equal(r1.anchor.prefix, a.prefix);
  assert.equal(r1.anchor.suffix, a.suffix);
});

// ---- the seed article --------------------------------------------------------------------------
const SEED = fs.readFileSync(path.join(__dirname, '..', '..', 'seeds', '000_196e15989cac9fdd.txt'), 'utf8');
const PESKOV = "This will not be in coming weeks, let's hope for the best - that the meeting will happen in the coming months";
const MEDVEDEV = 'we do not know yet how the new US administration will approach relations with our country';
const FRICTIONS = "And we can't live without frictions, conflict of interests";

test('seed: reordering paragraphs keeps every claim anchored exactly', () => {
  const paras = SEED.split('\n\n');
  const reordered = [...paras].reverse().join('\n\n');
  const { get } = reopen(SEED, [PESKOV, MEDVEDEV, FRICTIONS], reordered);
  for (let i = 0; i < 3; i++) {
    assert.equal(get(i).state, 'anchored', `claim ${i}`);
    assert.equal(get(i).text, [PESKOV, MEDVEDEV, FRICTIONS][i]);
  }
});

test('seed: an editor fixing the hyphen to an en dash inside a quote -> needs review on the new text', () => {
  const changed = SEED.replace('for the best - that', 'for the best – that');
  const { get } = reopen(SEED, [PESKOV], changed);
  assert.equal(get(0).state, 'needs-review');
  assert.equal(get(0).text, PESKOV.replace(' - ', ' – '));
});

test('seed: deleting the paragraph of a quote orphans it; nothing in the long text is taken for it', () => {
  const para = SEED.split('\n\n').find((p) => p.includes(MEDVEDEV))!;
  const changed = SEED.replace(para, '');
  const { get } = reopen(SEED, [MEDVEDEV, PESKOV], changed);
  assert.equal(get(0).state, 'orphan');
  assert.equal(get(1).state, 'anchored');
});
