// Exports: ClaimReview JSON-LD (typed with schema-dts, checked at run time with a JSON schema),
// export gating, the Markdown report, the W3C annotations; private fields never leave.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import Ajv from 'ajv';
import type { ClaimReview, WithContext } from 'schema-dts';
import {
  exportAnnotations, exportClaimReviews, exportMarkdown, type ClaimReviewJsonLd, type ExportOptions,
} from '../../server/src/review/claimreview';
import type { ClaimFields } from '../../server/src/review/store';
import { ClaimDocument } from '../../server/src/review/store';
import { find, fixedOpts } from './helpers';

const TEXT = '🙂 Intro with “curly quotes”.\n\nThe minister said taxes rose 5% in 2024, officials confirmed.\n\nShe added that “crime is at a record low”, the Daily Example reported.\n';
const SECRET_NOTE = 'SECRET-internal-note-7f3a';
const SECRET_ID = 'SECRET-identity-91bc';
const OPTS: ExportOptions = { org: { name: 'Example Checks', url: 'https://checks.example' }, articleUrl: 'https://checks.example/2025/taxes' };

const COMPLETE: ClaimFields = {
  summary: 'Minister says taxes rose 5% in 2024',
  verdict: 'mostly-false', status: 'checked',
  note: 'Receipts rose 3.1%, according to the statistics office.',
  privateNote: SECRET_NOTE,
  evidence: [{ url: 'https://stats.example/receipts-2024', title: 'Tax receipts 2024' }, 'https://archive.example/budget.pdf'],
  claimant: { name: 'Jane Minister', type: 'person', description: 'finance minister', identityKnownToEditor: SECRET_ID,
    chain: [{ name: 'Jane Minister', role: 'speaker', relation: 'said', identityKnownToEditor: SECRET_ID }] },
  claimDate: '2025-02-27', appearances: ['https://tv.example/interview-27-feb'],
};

function docWith(fields: ClaimFields, quote = 'taxes rose 5% in 2024') {
  const doc = new ClaimDocument(TEXT, undefined, fixedOpts());
  const id = doc.add({ ...find(TEXT, quote), ...fields }).id;
  return { doc, id };
}

// Runtime check of what a consumer needs: Google's required fields, plus what we promise (§4.3.14).
const CLAIM_REVIEW_SCHEMA = {
  type: 'object',
  required: ['@context', '@type', 'url', 'claimReviewed', 'reviewRating', 'itemReviewed', 'author', 'datePublished', 'citation'],
  properties: {
    '@context': { const: 'https://schema.org' },
    '@type': { const: 'ClaimReview' },
    url: { type: 'string', pattern: '^https?://' },
    claimReviewed: { type: 'string', minLength: 1, maxLength: 74 },
    datePublished: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
    author: { type: 'object', required: ['@type', 'name'], properties: { '@type': { const: 'Organization' }, name: { type: 'string', minLength: 1 }, url: { type: 'string', pattern: '^https?://' } } },
    reviewRating: {
      type: 'object', required: ['@type', 'alternateName'],
      properties: { '@type': { const: 'Rating' }, alternateName: { type: 'string', minLength: 1 }, ratingValue: { type: 'number' }, bestRating: { type: 'number' }, worstRating: { type: 'number' }, ratingExplanation: { type: 'string', minLength: 1 } },
      dependentRequired: { ratingValue: ['bestRating', 'worstRating'] },
    },
    itemReviewed: {
      type: 'object', required: ['@type', 'author', 'appearance', 'datePublished'],
      properties: {
        '@type': { const: 'Claim' },
        author: { type: 'object', required: ['@type', 'name'], properties: { '@type': { enum: ['Person', 'Organization'] }, name: { type: 'string', minLength: 1 } } },
        appearance: { type: 'array', minItems: 1, items: { type: 'object', required: ['@type', 'url'], properties: { url: { type: 'string', pattern: '^https?://' } } } },
        datePublished: { type: 'string', minLength: 4 },
      },
    },
    citation: { type: 'array', minItems: 1, items: { type: 'object', required: ['@type', 'url'] } },
  },
};
const validate = new Ajv({ allErrors: true, strict: false }).compile(CLAIM_REVIEW_SCHEMA);

test('a complete, checked claim exports a ClaimReview that type-checks and validates', () => {
  const { doc } = docWith(COMPLETE);
  const r = exportClaimReviews(doc.toSidecar(), OPTS);
  assert.equal(r.reviews.length, 1);
  assert.equal(r.blocked, 0);
  assert.deepEqual(r.issues.filter((i) => i.severity !== 'info'), []);
  const review: ClaimReviewJsonLd = r.reviews[0];
  const typed: WithContext<ClaimReview> = review; // compile-time check against schema.org's types
  assert.ok(validate(typed), JSON.stringify(validate.errors));
  assert.equal(review.claimReviewed, 'Minister says taxes rose 5% in 2024');
  assert.deepEqual(review.reviewRating, {
    '@type': 'Rating', alternateName: 'Mostly false', name: 'Mostly false', ratingExplanation: 'Receipts rose 3.1%, according to the statistics office.',
    ratingValue: 2, bestRating: 5, worstRating: 1,
  });
  assert.deepEqual(review.itemReviewed.author, { '@type': 'Person', name: 'Jane Minister', description: 'finance minister' });
  assert.deepEqual(review.itemReviewed.appearance, [{ '@type': 'CreativeWork', url: 'https://tv.example/interview-27-feb' }]);
  assert.equal(review.itemReviewed.datePublished, '2025-02-27');
  assert.deepEqual(review.author, { '@type': 'Organization', name: 'Example Checks', url: 'https://checks.example' });
  assert.equal(review.url, 'https://checks.example/2025/taxes');
  assert.deepEqual(review.citation?.map((c) => c.url), ['https://stats.example/receipts-2024', 'https://archive.example/budget.pdf']);
  assert.match(review.datePublished, /^2025-03-01$/);
});

test('a non-ordinal verdict exports alternateName only, no numbers', () => {
  const { doc } = docWith({ ...COMPLETE, verdict: 'Misattributed' });
  const review = exportClaimReviews(doc.toSidecar(), OPTS).reviews[0];
  assert.equal(review.reviewRating.alternateName, 'Misattributed');
  assert.equal(review.reviewRating.ratingValue, undefined);
  assert.equal(review.reviewRating.bestRating, undefined);
  assert.ok(validate(review), JSON.stringify(validate.errors));
});

test('export gating: each missing requirement blocks the claim and names the field', () => {
  const cases: [string, ClaimFields, string][] = [
    ['no verdict', { verdict: null }, 'reviewRating.alternateName'],
    ['no conclusion', { note: null }, 'reviewRating.ratingExplanation'],
    ['no claimant', { claimant: null }, 'itemReviewed.author'],
    ['no appearance', { appearances: [] }, 'itemReviewed.appearance'],
    ['no claim date', { claimDate: null }, 'itemReviewed.datePublished'],
    ['no evidence', { evidence: [] }, 'citation'],
    ['summary too long', { summary: 'The minister said in a long televised interview that taxes rose 5% in 2024 overall' }, 'claimReviewed'],
    ['second-hand without first appearance', { claimant: { name: 'Jane Minister', type: 'person', chain: [{ name: 'Jane Minister', role: 'speaker' }, { name: 'Daily Example', role: 'relay', relation: 'reported' }] } }, 'itemReviewed.firstAppearance'],
  ];
  for (const [name, patch, field] of cases) {
    const { doc, id } = docWith(COMPLETE);
    doc.update(id, patch);
    const r = exportClaimReviews(doc.toSidecar(), OPTS);
    assert.equal(r.reviews.length, 0, name);
    assert.equal(r.blocked, 1, name);
    assert.ok(r.issues.some((i) => i.severity === 'error' && i.field === field && i.claimId === id), `${name}: ${JSON.stringify(r.issues)}`);
  }
});

test('export gating: a quote over 75 characters needs a summary; a short quote is used as is', () => {
  const long = 'crime is at a record low';
  const { doc, id } = docWith({ ...COMPLETE, summary: null }, long);
  const r = exportClaimReviews(doc.toSidecar(), OPTS);
  assert.equal(r.reviews[0]?.claimReviewed, long);
  const t2 = TEXT + '\nHe said that ' + 'the city has built more new homes this decade than in the previous three decades combined' + '.\n';
  const d2 = new ClaimDocument(t2, undefined, fixedOpts());
  const id2 = d2.add({ ...find(t2, 'the city has built more new homes this decade than in the previous three decades combined'), ...COMPLETE, summary: null }).id;
  const r2 = exportClaimReviews(d2.toSidecar(), OPTS);
  assert.equal(r2.reviews.length, 0);
  assert.ok(r2.issues.some((i) => i.claimId === id2 && i.field === 'claimReviewed' && /write a summary/.test(i.message)));
  assert.ok(id);
});

test('export gating: orphaned or edited claims are blocked (the markup would contradict the page)', () => {
  const { doc, id } = docWith(COMPLETE);
  const s = doc.text.indexOf('5%');
  doc.applyOffsetChanges([{ start: s, end: s + 1, text: '6' }]);
  let r = exportClaimReviews(doc.toSidecar(), OPTS);
  assert.equal(r.reviews.length, 0);
  assert.ok(r.issues.some((i) => i.claimId === id && /changed since it was reviewed/.test(i.message)));
  doc.reload(TEXT.replace('The minister said taxes rose 5% in 2024, officials confirmed.', 'Removed.'));
  r = exportClaimReviews(doc.toSidecar(), OPTS);
  assert.ok(r.issues.some((i) => i.claimId === id && /no longer in the article/.test(i.message)));
});

test('export gating: no article URL blocks everything, once; no organisation only warns', () => {
  const { doc } = docWith(COMPLETE);
  const r = exportClaimReviews(doc.toSidecar(), { org: OPTS.org });
  assert.equal(r.reviews.length, 0);
  assert.equal(r.issues.filter((i) => i.field === 'url').length, 1);
  const r2 = exportClaimReviews(doc.toSidecar(), { articleUrl: OPTS.articleUrl });
  assert.equal(r2.reviews.length, 1);
  assert.ok(r2.issues.some((i) => i.severity === 'warning' && i.field === 'author'));
  assert.equal(r2.reviews[0].author, undefined);
});

test('warnings: anonymous claimant, rating inside the summary', () => {
  const { doc } = docWith({ ...COMPLETE, claimant: { name: 'a senior official', type: 'anonymous' }, summary: 'Mostly false claim on taxes' });
  const r = exportClaimReviews(doc.toSidecar(), OPTS);
  assert.equal(r.reviews.length, 1);
  assert.ok(r.issues.some((i) => i.severity === 'warning' && i.field === 'itemReviewed.author'));
  assert.ok(r.issues.some((i) => i.severity === 'warning' && i.field === 'claimReviewed' && /rating/.test(i.message)));
});

test('status: unchecked and in-progress are skipped unless asked; not-checkable always', () => {
  const { doc, id } = docWith({ ...COMPLETE, status: 'in-progress' });
  let r = exportClaimReviews(doc.toSidecar(), OPTS);
  assert.deepEqual([r.reviews.length, r.skipped, r.blocked], [0, 1, 0]);
  r = exportClaimReviews(doc.toSidecar(), { ...OPTS, includeUnchecked: true });
  assert.equal(r.reviews.length, 1);
  doc.update(id, { status: 'not-checkable' });
  r = exportClaimReviews(doc.toSidecar(), { ...OPTS, includeUnchecked: true });
  assert.deepEqual([r.reviews.length, r.skipped], [0, 1]);
});

test('private fields never leave: ClaimReview, Markdown and annotations', () => {
  const { doc } = docWith(COMPLETE);
  const sc = doc.toSidecar();
  const outputs = [
    JSON.stringify(exportClaimReviews(sc, OPTS)),
    exportMarkdown(sc, OPTS),
    JSON.stringify(exportAnnotations(sc, doc.text, OPTS)),
  ];
  for (const o of outputs) {
    assert.ok(!o.includes(SECRET_NOTE), 'internal note leaked');
    assert.ok(!o.includes(SECRET_ID), 'identity leaked');
    assert.ok(!o.includes('identityKnownToEditor'));
  }
  // ...but they are kept in the sidecar itself.
  assert.ok(JSON.stringify(sc).includes(SECRET_NOTE));
  assert.ok(JSON.stringify(sc).includes(SECRET_ID));
});

test('Markdown report: every claim with verdict, status, claimant chain, conclusion, evidence; orphans flagged', () => {
  const doc = new ClaimDocument(TEXT, undefined, fixedOpts());
  doc.add({ ...find(TEXT, 'taxes rose 5% in 2024'), ...COMPLETE });
  doc.add({ ...find(TEXT, 'crime is at a record low'), status: 'in-progress',
    claimant: { name: 'Jane Minister', type: 'person', chain: [{ name: 'Jane Minister', role: 'speaker', relation: 'said' }, { name: 'Daily Example', role: 'relay', relation: 'quoted_by' }] } });
  doc.reload(TEXT.replace('She added that “crime is at a record low”, the Daily Example reported.', 'Gone.'));
  const md = exportMarkdown(doc.toSidecar(), { ...OPTS, title: 'taxes.md' });
  assert.match(md, /^# Claims: taxes\.md\n/);
  assert.match(md, /2 claims: 1 checked, 1 in-progress; 1 needs attention/);
  assert.match(md, /> taxes rose 5% in 2024/);
  assert.match(md, /\*\*Verdict:\*\* Mostly false \(2 on 1–5\)/);
  assert.match(md, /\*\*Claimant:\*\* Jane Minister \(person, finance minister\)/);
  assert.match(md, /Jane Minister \(said\) → Daily Example \(quoted by\)/);
  assert.match(md, /Receipts rose 3\.1%/);
  assert.match(md, /\[Tax receipts 2024\]\(<https:\/\/stats\.example\/receipts-2024>\)/);
  assert.match(md, /orphan \(not found in the text\)/);
  assert.ok(md.indexOf('taxes rose') < md.indexOf('crime is at'), 'orphans last');
  assert.ok(md.endsWith('\n') && !md.endsWith('\n\n'));
});

test('Markdown report escapes user text that would become links or HTML', () => {
  const { doc } = docWith({ ...COMPLETE, summary: 'Click [here](javascript:alert(1)) <script>' });
  const md = exportMarkdown(doc.toSidecar(), OPTS);
  assert.ok(!md.includes('[here](javascript'));
  assert.ok(!md.includes('<script>'));
});

test('annotations export: pure W3C, code points instead of UTF-16, no position for non-anchored claims', () => {
  const doc = new ClaimDocument(TEXT, undefined, fixedOpts());
  doc.add({ ...find(TEXT, 'taxes rose 5% in 2024'), ...COMPLETE });
  const id2 = doc.add(find(TEXT, 'crime is at a record low')).id;
  const s = doc.text.indexOf('record');
  doc.applyOffsetChanges([{ start: s, end: s + 6, text: 'historic' }]);
  const page = exportAnnotations(doc.toSidecar(), doc.text, OPTS) as any;
  assert.equal(page.type, 'AnnotationPage');
  assert.equal(page['fc:document'].textUnit, 'codepoint');
  const [a1, a2] = page.items;
  const pos = a1.target.selector.find((x: any) => x.type === 'TextPositionSelector');
  const utf16 = doc.text.indexOf('taxes rose');
  assert.equal(pos.start, utf16 - 1, 'the 🙂 before the claim is one code point, two UTF-16 units');
  assert.equal([...doc.text].slice(pos.start, pos.end).join(''), 'taxes rose 5% in 2024');
  assert.equal(a1.target.source, 'https://checks.example/2025/taxes');
  assert.equal(a2.id, id2);
  assert.deepEqual(a2.target.selector.map((x: any) => x.type), ['TextQuoteSelector']);
  assert.equal(a2['fc:anchor'].state, 'edited');
});
