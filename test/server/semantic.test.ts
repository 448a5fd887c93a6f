// Semantic tokens (server/src/semantic.ts): modifiers, overlap resolution, per-line split, encoding.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { check } from '../../server/src/check';
import type { Analysis, Attribution } from '../../server/src/engine/types';
import {
  attributionTokens,
  encodeTokens,
  flattenTokens,
  LEGEND,
  modifiersOf,
  semanticTokens,
  TOKEN_MODIFIERS,
  TOKEN_TYPES,
  type Token,
} from '../../server/src/semantic';
import { DEFAULT_SETTINGS } from '../../server/src/shared/settings';

/** Decodes the LSP relative encoding back to absolute [line, char, length, type, modifier names]. */
function decode(data: number[]): [number, number, number, string, string[]][] {
  assert.equal(data.length % 5, 0);
  const out: [number, number, number, string, string[]][] = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
    const mods = TOKEN_MODIFIERS.filter((_, b) => data[i + 4] & (1 << b));
    out.push([line, char, data[i + 2], TOKEN_TYPES[data[i + 3]], mods]);
  }
  return out;
}

const tok = (start: number, end: number, type = 0, modifiers = 0): Token => ({ start, end, type, modifiers });
const A = (x: Partial<Attribution>): Attribution => ({
  id: 'a1', kind: 'direct', content: [], cue: null, source: null, sourceKind: 'none', speaker: null, chain: [], inferred: false, ...x,
});
const analysis = (attributions: Attribution[], findings: Analysis['findings'] = []): Analysis => ({
  length: 0, paragraphs: [], sentences: [], attributions, entities: [], claims: [], findings, errors: [],
});

describe('legend', () => {
  test('types and modifiers match package.json contributes', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
      contributes: { semanticTokenTypes: { id: string }[]; semanticTokenModifiers: { id: string }[]; semanticTokenScopes: { scopes: Record<string, string[]> }[] };
    };
    assert.deepEqual(pkg.contributes.semanticTokenTypes.map((t) => t.id), LEGEND.tokenTypes);
    assert.deepEqual(pkg.contributes.semanticTokenModifiers.map((t) => t.id), LEGEND.tokenModifiers);
    for (const key of Object.keys(pkg.contributes.semanticTokenScopes[0].scopes)) {
      const [type, ...mods] = key.split('.');
      assert.ok(LEGEND.tokenTypes.includes(type as never), key);
      for (const m of mods) assert.ok(LEGEND.tokenModifiers.includes(m as never), key);
    }
  });
});

describe('modifiersOf', () => {
  test('exactly one of attributed / inferred / unattributed, plus secondhand, anonymous, flagged', () => {
    const s = { start: 0, end: 1 };
    const sp = { name: 'X', type: 'person' as const };
    assert.deepEqual(modifiersOf(analysis([]), A({ speaker: sp, source: s })), ['attributed']);
    assert.deepEqual(modifiersOf(analysis([]), A({ speaker: sp, inferred: true })), ['inferred']);
    assert.deepEqual(modifiersOf(analysis([]), A({})), ['unattributed']);
    const relayed = A({ speaker: { name: 'a source', type: 'anonymous' }, source: s, sourceKind: 'anonymous', chain: [{ name: 'W', role: 'relay' }] });
    const an = analysis([relayed], [{ rule: 'r', severity: 'hint', start: 0, end: 1, message: 'm', attribution: 'a1' }]);
    assert.deepEqual(modifiersOf(an, relayed), ['attributed', 'secondhand', 'anonymous', 'flagged']);
  });
});

describe('flattenTokens', () => {
  test('the innermost span wins and the outer one resumes after it', () => {
    assert.deepEqual(flattenTokens([tok(0, 10, 0, 1), tok(3, 5, 1, 2)]), [tok(0, 3, 0, 1), tok(3, 5, 1, 2), tok(5, 10, 0, 1)]);
  });
  test('sorted output from unsorted input; empty and invalid spans dropped; equal spans: the later wins', () => {
    assert.deepEqual(flattenTokens([tok(8, 9, 2), tok(0, 2), tok(4, 4), tok(5, 3), tok(NaN, 3), tok(8, 9, 1)]), [tok(0, 2), tok(8, 9, 1)]);
  });
  test('adjacent pieces of the same token merge; touching different tokens stay apart', () => {
    assert.deepEqual(flattenTokens([tok(0, 4), tok(4, 6, 1)]), [tok(0, 4), tok(4, 6, 1)]);
    assert.deepEqual(flattenTokens([tok(0, 6), tok(2, 4, 0, 0)]), [tok(0, 6)]);
  });
});

describe('encodeTokens', () => {
  test('relative encoding on one line; UTF-16 columns after non-ASCII', () => {
    const text = 'Zoë 🎉 “ab” said X';
    const q = text.indexOf('ab');
    assert.equal(q, 8, 'ë is one unit, the emoji two');
    const data = encodeTokens(text, [tok(q, q + 2, 0, 1), tok(q + 4, q + 8, 1, 1)]);
    assert.deepEqual(data, [0, 8, 2, 0, 1, 0, 4, 4, 1, 1]);
  });

  test('a multi-line quote is split per line (LF, CRLF, CR), line breaks excluded', () => {
    const text = 'x “one\r\ntwo\nthree\rfour” y';
    const start = text.indexOf('one');
    const end = text.indexOf('”');
    assert.deepEqual(decode(encodeTokens(text, [tok(start, end, 0, 0)])), [
      [0, 3, 3, 'factcheckQuote', []],
      [1, 0, 3, 'factcheckQuote', []],
      [2, 0, 5, 'factcheckQuote', []],
      [3, 0, 4, 'factcheckQuote', []],
    ]);
  });

  test('an empty line inside a quote yields no zero-length token; out-of-range ends are clamped', () => {
    const text = 'a\n\nb';
    assert.deepEqual(decode(encodeTokens(text, [tok(0, 99)])), [[0, 0, 1, 'factcheckQuote', []], [2, 0, 1, 'factcheckQuote', []]]);
  });
});

describe('semanticTokens with the real engine', () => {
  test('quote, cue and source of a relayed quote; an unattributed quote two lines on', () => {
    // (a quote on the very next line would continue Al Roe's quote: inferred, not unattributed)
    const text = 'Zoë: “We won,” said Al Roe, according to Reuters.\r\nThe vote failed.\r\n“Nobody saw this coming.”';
    const data = semanticTokens(text, check(text, 'plaintext', DEFAULT_SETTINGS));
    assert.deepEqual(decode(data), [
      [0, 6, 7, 'factcheckQuote', ['attributed', 'secondhand', 'flagged']],
      [0, 15, 4, 'factcheckCue', ['attributed', 'secondhand', 'flagged']],
      [0, 20, 6, 'factcheckSource', ['attributed', 'secondhand', 'flagged']],
      [2, 1, 'Nobody saw this coming.'.length, 'factcheckQuote', ['unattributed', 'flagged']],
    ]);
  });

  test('every raw token is covered by the flattened tokens', () => {
    const text = '“A,” said Bo. “C.”';
    const raw = attributionTokens(check(text, 'plaintext', DEFAULT_SETTINGS));
    const flat = flattenTokens(raw);
    for (const r of raw) for (let o = r.start; o < r.end; o++) assert.ok(flat.some((f) => f.start <= o && o < f.end), `offset ${o}`);
  });
});
