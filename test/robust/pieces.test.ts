// check() in pieces (what the CLI does with very large files) against check() in one go: where every
// paragraph carries its own attribution (nothing to carry across a cut), both give the same findings,
// attributions and claims, at the same offsets; and the cut points respect the text.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { check, pieceCuts } from '../../server/src/check';
import type { Analysis } from '../../server/src/engine/types';
import { DEFAULT_SETTINGS } from '../../server/src/shared/settings';
import { assertWellFormed, FUZZ_SEED, runs } from '../fuzz/properties';

const NAMES = ['Jane Doe', 'Omar Haddad', 'Zoë Lindqvist', 'the ministry', 'Reuters', 'a senior official'];
const QUOTES = ['We will win', 'Nobody saw this coming', 'The budget rose 40 percent in 2023', 'It was never about money', 'Prices fell by a third'];
const paragraph = fc.oneof(
  fc.tuple(fc.constantFrom(...QUOTES), fc.constantFrom(...NAMES)).map(([q, n]) => `\u201c${q},\u201d said ${n}.`),
  fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(...QUOTES)).map(([n, q]) => `${n} told reporters that ${q.toLowerCase()}.`),
  fc.tuple(fc.constantFrom(...QUOTES), fc.constantFrom(...NAMES), fc.constantFrom('TASS', 'the BBC')).map(([q, n, o]) => `\u201c${q},\u201d ${n} said, according to ${o}.`),
  fc.constantFrom('The unemployment rate fell to 3.5 percent last year, the lowest since 1969.', 'Critics said the plan had failed.', 'The committee met on Tuesday.'),
);
const document = fc.array(paragraph, { minLength: 2, maxLength: 40 }).map((ps) => ps.join('\n\n') + '\n');

/** What the outputs must agree on (ids and entity numbering may differ between the two ways). */
function view(a: Analysis) {
  return {
    findings: a.findings.map((f) => [f.rule, f.severity, f.start, f.end, f.message]),
    attributions: a.attributions.map((x) => [x.kind, x.content, x.cue, x.source, x.sourceKind, x.speaker?.name, x.speaker?.type, x.chain.map((l) => [l.name, l.role])]),
    claims: a.claims.map((c) => [c.start, c.end, c.score, c.checkable]),
    sentences: a.sentences,
    paragraphs: a.paragraphs,
  };
}

describe('check() in pieces', () => {
  test('self-contained paragraphs: pieces give what the whole text gives', () => {
    const settings = { ...DEFAULT_SETTINGS, maxFileSize: 50_000_000 };
    fc.assert(
      fc.property(document, fc.integer({ min: 100, max: 400 }), fc.constantFrom('plaintext', 'markdown'), (text, piece, languageId) => {
        const whole = check(text, languageId, settings);
        const pieces = check(text, languageId, settings, { pieceChars: piece });
        assertWellFormed(text, pieces);
        assert.deepEqual(view(pieces), view(whole));
        const lean = check(text, languageId, settings, { pieceChars: piece, lean: true });
        assert.deepEqual([view(lean).findings, view(lean).attributions, view(lean).claims], [view(whole).findings, view(whole).attributions, view(whole).claims]);
      }),
      { numRuns: runs(60), seed: FUZZ_SEED },
    );
  });

  test('maxFileSize still cuts, and says so, in pieces', () => {
    const text = 'Critics said the plan had failed.\n\n'.repeat(200);
    const a = check(text, 'plaintext', { ...DEFAULT_SETTINGS, maxFileSize: 1000 }, { pieceChars: 100 });
    assert.deepEqual(a.truncated, { at: 1000, reason: 'text longer than 1000 characters' });
    assert.equal(a.length, 1000);
    assertWellFormed(text, a);
  });

  test('cuts: never inside Markdown code or comments or a surrogate pair; a cut at a line start keeps a quote with its introduction and continuation', () => {
    const md = ['Intro paragraph here.', '```', 'code line', '', 'more code', '```', '', '<!-- a', '', 'comment -->', '', 'He said:', '', '\u201cA quote that goes on.', '', '\u201cAnd on.\u201d', '', 'Last paragraph.'].join('\n');
    for (let size = 5; size < md.length; size += 3) {
      for (const cut of pieceCuts(md, 'markdown', size)) {
        const before = md.slice(0, cut);
        assert.equal((before.match(/^```/gm) ?? []).length % 2, 0, `cut at ${cut} (size ${size}) is inside a code block`);
        assert.ok(before.lastIndexOf('<!--') <= before.lastIndexOf('-->'), `cut at ${cut} (size ${size}) is inside a comment`);
        // Soft rules: when the window is larger than the paragraphs (a cut at a line start is possible).
        if (size < 30) continue;
        const prevPara = before.trimEnd().split(/\n\s*\n/).pop() ?? '';
        assert.ok(!prevPara.endsWith(':'), `cut at ${cut} (size ${size}) separates a quote from its introduction`);
        if (md[cut] === '\u201c') assert.equal((prevPara.match(/[\u201c\u201d]/g) ?? []).length % 2, 0, `cut at ${cut} (size ${size}) splits a continuing quote`);
      }
    }
    const emoji = '\ud83d\ude00'.repeat(1000);
    for (const cut of pieceCuts(emoji, 'plaintext', 101)) assert.equal(cut % 2, 0, `cut ${cut} splits a surrogate pair`);
  });
});
