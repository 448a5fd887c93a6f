// Shared pieces of the fuzz suite: adversarial text generators and the invariants every analysis
// must satisfy, whatever the input.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Analysis, Span } from '../../server/src/engine/types';

/** How many cases each property runs: small in `npm test`, FUZZ_RUNS=100000 for a long run. */
const envRuns = Number(process.env.FUZZ_RUNS);
export const FUZZ_RUNS = Number.isInteger(envRuns) && envRuns > 0 ? envRuns : undefined;
export const runs = (dflt: number) => FUZZ_RUNS ?? dflt;
/** A fixed seed unless FUZZ_SEED is set, so `npm test` is reproducible; fast-check prints the seed of a failure. */
export const FUZZ_SEED = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : FUZZ_RUNS ? Date.now() : 20251128;

// ------------------------------------------------------------------------------------ generators

const QUOTE_MARKS = ['"', '\u201c', '\u201d', '\u201e', '\u201f', '\u00ab', '\u00bb', '\u2033', "'", '\u2018', '\u2019', '\u201a', '\u201b', '\u2039', '\u203a', '`', '\u00b4', "''", "'''"];
const NEWLINES = ['\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\r\r', '\u2028', '\u2029', '\u0085', '\n \n', '\n\t\n'];
const SPACES = [' ', ' ', ' ', '  ', '\t', '\u00a0', '\u2009', '\u202f', '\u3000', '\ufeff', '\u200b'];
const WORDS = [
  'the', 'minister', 'said', 'told', 'according', 'to', 'reporters', 'on', 'Tuesday', 'he', 'she', 'they', 'it', 'was', 'not', 'true',
  'Peskov', 'Dmitry', 'Kremlin', 'spokesman', 'TASS', 'Interfax', 'BBC', 'Reuters', 'reported', 'quoted', 'by', 'citing', 'claimed',
  'critics', 'experts', 'a', 'source', 'familiar', 'with', 'the', 'matter', 'officials', 'who', 'spoke', 'condition', 'anonymity',
  'reportedly', 'previously', 'Mr.', 'Dr.', 'U.S.', 'e.g.', 'J.', 'Smith', "Smith's", "don't", 'well-known', '42', '3.5%', '1,000',
  '2024', 'percent', 'million', 'more', 'than', 'because', 'always', 'never', 'everyone', 'nobody', 'Prime', 'Minister', 'Medvedev',
  'Ελλάδα', 'Москва', 'naïve', 'café', 'Zürich', 'Straße',
];
const PUNCT = ['.', ',', ';', ':', '!', '?', '...', '\u2026', '-', '--', '\u2013', '\u2014', '(', ')', '[', ']', '{', '}', '/', '\\', '*', '_', '#', '>', '|', '~', '&', '@'];
const ODD = [
  '\u0000', '\u0001', '\u0007', '\u001b', '\u007f', '\ufffd', '\ufffe', '\uffff',
  '\ud800', '\udc00', '\udbff', '\udfff', '\ud83d', '\ude00', // lone surrogates (high and low)
  '\ud83d\ude00', '\ud83c\udff3\ufe0f\u200d\ud83c\udf08', '\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67', '\u{1f1fa}\u{1f1f8}', // emoji, ZWJ sequences, flags
  '\u05e9\u05dc\u05d5\u05dd', '\u0645\u0631\u062d\u0628\u0627', '\u202e', '\u202d', '\u200f', '\u200e', '\u2066', '\u2069', // RTL text and controls
  'e\u0301', 'a\u0308\u0308\u0308', '\u0301', '\u0327\u0327', 'Z\u0351\u0353\u0354', // combining marks (also at a line start)
  '\u00e9', '\u1e9e', '\u0130', '\u0131', '\ufb01', // case-mapping oddities (İ lowercases to two code units)
];
const MARKDOWN = [
  '```', '```js', '~~~', '    code', '`', '``', '<!--', '-->', '<!-- factcheck-disable-next-line -->', '<!-- factcheck-disable secondhand -->',
  '<!-- factcheck-enable -->', '<!-- factcheck-bogus x -->', '[factcheck-disable-line]', '# ', '## ', '> ', '- ', '* ', '1. ', '---', '+++',
  '[link](http://example.com/a_(b))', '](', '<b>', '</i>', '<br/>', '**', '__', 'http://', 'https://example.org/x?y=1#z', 'www.example.com', '|a|b|',
];

const fragment = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 4, arbitrary: fc.constantFrom(...SPACES) },
  { weight: 3, arbitrary: fc.constantFrom(...QUOTE_MARKS) },
  { weight: 2, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 2, arbitrary: fc.constantFrom(...NEWLINES) },
  { weight: 1, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: fc.constantFrom(...MARKDOWN) },
  // any UTF-16 code unit, lone surrogates included
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 4 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);

/** Text that looks like news copy gone wrong: words, quote marks of every kind, odd characters, Markdown. */
export const adversarialText = (maxFragments = 120) => fc.array(fragment, { maxLength: maxFragments, size: 'max' }).map((parts) => parts.join(''));

/** Quote-heavy text: mostly marks, nested and unbalanced, with a few words in between. */
export const quoteSoup = fc
  .array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...QUOTE_MARKS) }, { weight: 3, arbitrary: fc.constantFrom(...WORDS, ' ', ' ', ', he said', ':', '.') }, { weight: 1, arbitrary: fc.constantFrom(...NEWLINES) }), { maxLength: 400, size: 'max' })
  .map((parts) => parts.join(''));

/** A repeated unit (long runs of one pattern), the shape that exposes superlinear scans. */
export const repeated = fc
  .tuple(fc.constantFrom(...QUOTE_MARKS, ...PUNCT, ...MARKDOWN, ...ODD, 'said ', 'a ', 'Mr. ', '"a" ', '\u201ca ', 'a\u201d ', '\n', '\r\n', 'x'), fc.integer({ min: 1, max: 4000 }), adversarialText(10))
  .map(([unit, n, tail]) => unit.repeat(n) + tail);

const OPEN = ['"', '\u201c', '\u201e', '\u00ab', "'", '\u2018', '\u201a', "''"];
const CLOSE = ['"', '\u201d', '\u201c', '\u00bb', "'", '\u2019', "''"];
const SOURCES = ['Peskov', 'Dmitry Peskov', 'Putin spokesman Dmitry Peskov', 'he', 'she', 'they', 'the minister', 'the Prime Minister', 'a source', 'critics', 'experts',
  'officials familiar with the matter', 'a senior official who spoke on condition of anonymity because he was not authorized', 'Mr. Smith', 'Ms. Zoë Ng', 'TASS', 'the Kremlin'];
const VERBS = ['said', 'told reporters', 'told BBC', 'added', 'claimed', 'wrote in a letter', 'said in a statement', 'insisted', 'warned', 'explained', 'tweeted'];
const OUTLETS = ['TASS', 'Interfax', 'BBC', 'Reuters', 'the agency', 'state television'];
const clause = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 14 }).map((w) => w.join(' '));
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);
/** One newsy sentence built from attribution templates (so the cue, source, chain and rule code runs). */
const newsSentence = fc.oneof(
  fc.tuple(pick(OPEN), clause, pick([',', '.', '!', '?', '']), pick(CLOSE), pick(SOURCES), pick(VERBS)).map(([o, c, p, q, s, v]) => `${o}${c}${p}${q} ${s} ${v}.`),
  fc.tuple(pick(OPEN), clause, pick(CLOSE), pick(VERBS), pick(SOURCES)).map(([o, c, q, v, s]) => `${o}${c},${q} ${v} ${s}.`),
  fc.tuple(pick(SOURCES), pick(VERBS), clause).map(([s, v, c]) => `${s} ${v} that ${c}.`),
  fc.tuple(pick(SOURCES), pick(VERBS), pick(OPEN), clause, pick(CLOSE)).map(([s, v, o, c, q]) => `${s} ${v}: ${o}${c}.${q}`),
  fc.tuple(pick(SOURCES), clause).map(([s, c]) => `According to ${s}, ${c}.`),
  fc.tuple(clause, pick(SOURCES), pick(OUTLETS)).map(([c, s, o]) => `${c}, ${s} told ${o}.`),
  fc.tuple(clause, pick(OUTLETS), pick(SOURCES)).map(([c, o, s]) => `${c}, ${o} reported, citing ${s}.`),
  fc.tuple(pick(OPEN), clause, pick(CLOSE), pick(SOURCES), pick(OUTLETS)).map(([o, c, q, s, m]) => `${o}${c},${q} ${s} was quoted by ${m} as saying.`),
  fc.tuple(pick(OPEN), clause).map(([o, c]) => `${o}${c}`), // a quote left open
  clause.map((c) => `${c[0]?.toUpperCase() ?? ''}${c.slice(1)}.`),
);
/** Paragraphs of newsy sentences, then damaged: fragments inserted and ranges deleted at random places. */
export const newsText = fc
  .tuple(
    fc.array(fc.array(newsSentence, { minLength: 1, maxLength: 6, size: 'max' }).map((ss) => ss.join(' ')), { minLength: 1, maxLength: 8, size: 'max' }),
    fc.array(fc.constantFrom(...NEWLINES), { minLength: 1, maxLength: 3 }),
    fc.array(fc.tuple(fc.nat(), fragment, fc.nat({ max: 6 })), { maxLength: 8 }),
  )
  .map(([paras, seps, edits]) => {
    let t = paras.map((p, i) => (i ? seps[i % seps.length] : '') + p).join('');
    for (const [at, frag, del] of edits) {
      const i = t.length ? at % t.length : 0;
      t = t.slice(0, i) + frag + t.slice(i + del);
    }
    return t;
  });

export const anyText = fc.oneof({ weight: 5, arbitrary: newsText }, { weight: 3, arbitrary: adversarialText() }, { weight: 2, arbitrary: quoteSoup }, { weight: 1, arbitrary: repeated });

// ------------------------------------------------------------------------------------ invariants

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** True when offset `p` would cut a surrogate pair of `text` in two. */
export function splitsPair(text: string, p: number): boolean {
  return p > 0 && p < text.length && isHigh(text.charCodeAt(p - 1)) && isLow(text.charCodeAt(p));
}

/** Every span an Analysis reports, with a name saying where it came from. */
export function allSpans(a: Analysis): [string, Span][] {
  const out: [string, Span][] = [];
  a.paragraphs.forEach((s, i) => out.push([`paragraphs[${i}]`, s]));
  a.sentences.forEach((s, i) => out.push([`sentences[${i}]`, s]));
  a.attributions.forEach((x, i) => {
    x.content.forEach((s, j) => out.push([`attributions[${i}].content[${j}]`, s]));
    (x.inferredContent ?? []).forEach((s, j) => out.push([`attributions[${i}].inferredContent[${j}]`, s]));
    if (x.cue) out.push([`attributions[${i}].cue`, x.cue]);
    if (x.source) out.push([`attributions[${i}].source`, x.source]);
    if (x.anonymityReason) out.push([`attributions[${i}].anonymityReason`, x.anonymityReason]);
    x.chain.forEach((l, j) => l.span && out.push([`attributions[${i}].chain[${j}].span`, l.span]));
  });
  a.entities.forEach((e, i) => e.mentions.forEach((s, j) => out.push([`entities[${i}].mentions[${j}]`, s])));
  a.claims.forEach((c, i) => out.push([`claims[${i}]`, c]));
  a.findings.forEach((f, i) => out.push([`findings[${i}] (${f.rule})`, f]));
  return out;
}

/** The structural invariants of an analysis of `text`; throws an AssertionError naming the bad span. */
export function assertWellFormed(text: string, a: Analysis): void {
  const limit = a.truncated ? a.truncated.at : text.length;
  assert.equal(a.length, Math.min(text.length, limit), 'length is the analysed length');
  if (a.truncated) {
    assert.ok(Number.isInteger(a.truncated.at) && a.truncated.at >= 0 && a.truncated.at <= text.length, `truncated.at ${a.truncated.at}`);
  }
  for (const [name, s] of allSpans(a)) {
    const ok = Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= a.length;
    assert.ok(ok, `${name} = [${s.start}, ${s.end}) is not a span of [0, ${a.length}]`);
    assert.ok(!splitsPair(text, s.start) && !splitsPair(text, s.end), `${name} = [${s.start}, ${s.end}) splits a surrogate pair`);
  }
  for (const x of a.attributions) {
    assert.ok(x.content.length > 0, `attribution ${x.id} has no content`);
    for (const c of x.inferredContent ?? []) assert.ok(x.content.some((s) => s.start <= c.start && c.end <= s.end), `attribution ${x.id}: inferredContent outside content`);
  }
  for (const c of a.claims) assert.ok(c.score >= 0 && c.score <= 1 && !Number.isNaN(c.score), `claim score ${c.score}`);
  a.entities.forEach((e, i) => {
    assert.ok(e.mentions.length > 0, `entity ${e.name} without mentions`);
    assert.equal(e.id, i, `entities[${i}].id is ${e.id}: speaker.entity indexes Analysis.entities`);
  });
  for (const x of a.attributions) {
    if (x.speaker?.entity !== undefined) assert.equal(a.entities[x.speaker.entity]?.name, x.speaker.name, `attribution ${x.id}: speaker.entity ${x.speaker.entity} is not its entity`);
  }
  const ids = new Set(a.attributions.map((x) => x.id));
  assert.equal(ids.size, a.attributions.length, 'attribution ids are unique');
  for (const f of a.findings) if (f.attribution !== undefined) assert.ok(ids.has(f.attribution), `finding ${f.rule} refers to unknown attribution ${f.attribution}`);
  for (const c of a.claims) if (c.attribution !== undefined) assert.ok(ids.has(c.attribution), `claim refers to unknown attribution ${c.attribution}`);
  assert.deepEqual(a.errors, [], `engine stages failed: ${JSON.stringify(a.errors)}`);
}

/**
 * Generous time budget for analysing `chars` characters: a guard against hangs and superlinear
 * blow-ups, not a speed test (the engine runs at ~1 MB/s; this allows 50x that plus start-up).
 */
export function budgetMs(chars: number): number {
  return 2_000 + chars / 20;
}
