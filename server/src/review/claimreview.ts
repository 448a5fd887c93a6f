// Exports of reviewed claims: schema.org ClaimReview JSON-LD, a Markdown report, and the raw W3C
// annotations. Pure (no IO). Private fields (internal notes, identities known to the editor) never
// leave through any of them: every export goes through stripPrivate.
//
// Export gating (factchecking.md §4.3 item 14), decided here:
// - A ClaimReview is produced only for a claim whose workflow status is `checked` (others are skipped
//   with an `info` issue: work in progress is not an error; `not-checkable` claims are never rated).
// - BLOCKING (`error`: that claim is left out of the output, and the CLI exits 1):
//   Google's required fields (claimReviewed, reviewRating.alternateName, url), and what §4.3.14 requires
//   before publishing: a claimant, an appearance URL, a claim date, at least one evidence link, a
//   verdict and a conclusion, claimReviewed under 75 characters; a first appearance for a quote that
//   reached the article second-hand (§4.3.3); and an anchor that still matches the article (an orphan
//   or an edited quote would make the markup contradict the visible page).
// - WARNING (exported, reported): no fact-checking organisation (author is only recommended),
//   an anonymous or collective claimant (not a distinct, traceable origin), claimReviewed that seems
//   to contain the rating, evidence that is not an http(s) URL (left out of `citation`).
// The Markdown report and the annotations export are not gated: they show every claim and its state.
import { utf16ToCodePoints } from './anchor';
import {
  isHttpUrl, isSecondHand, stripPrivate,
  type ClaimRecord, type Claimant, type Sidecar,
} from './model';
import { toJson } from './sidecar';

export const CLAIM_REVIEWED_MAX = 75;

export interface Organization {
  name: string;
  url?: string;
}

export interface ExportOptions {
  /** The fact-checking organisation (ClaimReview `author`). */
  org?: Organization;
  /** URL of the published fact-check article (ClaimReview `url`); defaults to the sidecar's canonicalUrl. */
  articleUrl?: string;
  /** Also export claims whose status is not `checked` (still gated on the fields). */
  includeUnchecked?: boolean;
}

export type IssueSeverity = 'error' | 'warning' | 'info';

export interface ExportIssue {
  /** The claim's id, or '' for a problem of the whole export (no article URL). */
  claimId: string;
  severity: IssueSeverity;
  /** The ClaimReview property concerned ("itemReviewed.author"). */
  field: string;
  message: string;
}

// The JSON-LD we emit: a narrow, documented subset of schema.org (the tests check it type-checks as
// schema-dts `WithContext<ClaimReview>`).
export interface JsonLdOrganization {
  '@type': 'Organization';
  name: string;
  url?: string;
}
export interface JsonLdClaimant {
  '@type': 'Person' | 'Organization';
  name: string;
  description?: string;
  sameAs?: string[];
}
export interface JsonLdCreativeWork {
  '@type': 'CreativeWork';
  url: string;
  name?: string;
}
export interface ClaimReviewJsonLd {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  identifier: string;
  url: string;
  claimReviewed: string;
  datePublished: string;
  author?: JsonLdOrganization;
  itemReviewed: {
    '@type': 'Claim';
    author: JsonLdClaimant;
    datePublished: string;
    appearance: JsonLdCreativeWork[];
    firstAppearance?: JsonLdCreativeWork;
  };
  reviewRating: {
    '@type': 'Rating';
    alternateName: string;
    name: string;
    ratingValue?: number;
    bestRating?: number;
    worstRating?: number;
    ratingExplanation: string;
  };
  citation?: JsonLdCreativeWork[];
}

/** The claimReviewed text: the summary, or the quote itself (whitespace collapsed). */
export function claimReviewedText(c: ClaimRecord): string {
  return (c.summary ?? c.anchor.exact).replace(/\s+/g, ' ').trim();
}

function shortQuote(c: ClaimRecord): string {
  const q = c.anchor.exact.replace(/\s+/g, ' ').trim();
  return q.length > 40 ? q.slice(0, 39) + '…' : q;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Everything that keeps this claim's ClaimReview from being complete (errors block it). */
export function checkClaim(c: ClaimRecord, opts: ExportOptions): ExportIssue[] {
  const out: ExportIssue[] = [];
  const err = (field: string, message: string) => out.push({ claimId: c.id, severity: 'error', field, message });
  const warn = (field: string, message: string) => out.push({ claimId: c.id, severity: 'warning', field, message });

  if (c.status !== 'checked') {
    if (c.status === 'not-checkable') {
      out.push({ claimId: c.id, severity: 'info', field: 'status', message: 'not exported: marked not checkable (opinion, prediction or promise)' });
      return out;
    }
    if (!opts.includeUnchecked) {
      out.push({ claimId: c.id, severity: 'info', field: 'status', message: `not exported: status is ${c.status} (only checked claims are published)` });
      return out;
    }
  }
  if (c.anchor.state === 'orphan') err('claimReviewed', 'the quote is no longer in the article: re-attach or delete the claim');
  else if (c.anchor.state !== 'anchored') err('claimReviewed', 'the quoted text changed since it was reviewed: confirm the claim\'s anchor');

  const cr = claimReviewedText(c);
  if (!cr) err('claimReviewed', 'empty claim summary');
  else if (cr.length >= CLAIM_REVIEWED_MAX) {
    err('claimReviewed', c.summary === undefined
      ? `the quote is ${cr.length} characters: write a summary under ${CLAIM_REVIEWED_MAX}`
      : `the summary is ${cr.length} characters: keep it under ${CLAIM_REVIEWED_MAX}`);
  }
  if (!c.verdict) err('reviewRating.alternateName', 'no verdict');
  else if (cr && new RegExp(`(^|[^\\p{L}])${escapeRe(c.verdict.label)}($|[^\\p{L}])`, 'iu').test(cr)) {
    warn('claimReviewed', `the summary seems to contain the rating "${c.verdict.label}"; state the claim, not the verdict`);
  }
  if (!c.note?.trim()) err('reviewRating.ratingExplanation', 'no conclusion: write why the verdict is what it is');

  if (!c.claimant) err('itemReviewed.author', 'no claimant: say who made the claim');
  else if (c.claimant.type === 'anonymous' || c.claimant.type === 'group') {
    warn('itemReviewed.author', `the claimant "${c.claimant.name}" is ${c.claimant.type === 'anonymous' ? 'anonymous' : 'a collective'}, not a distinct, traceable origin`);
  }
  const appearances = [...c.appearances, ...(c.firstAppearance ? [c.firstAppearance] : [])];
  if (!appearances.length) err('itemReviewed.appearance', 'no appearance: add the URL where the claim was made');
  for (const u of appearances) if (!isHttpUrl(u)) err('itemReviewed.appearance', `not an http(s) URL: ${u}`);
  if (!c.firstAppearance && isSecondHand(c.claimant)) {
    err('itemReviewed.firstAppearance', 'the quote reached the article second-hand: add its first appearance (original source)');
  }
  if (!c.claimDate) err('itemReviewed.datePublished', 'no claim date: when was the claim made?');
  const goodEvidence = c.evidence.filter((e) => isHttpUrl(e.url));
  if (!goodEvidence.length) err('citation', 'no evidence link: cite at least one source (IFCN transparency)');
  for (const e of c.evidence) if (!isHttpUrl(e.url)) warn('citation', `evidence left out, not an http(s) URL: ${e.url}`);
  return out;
}

/** Problems of the export as a whole (claimId ''): the article URL blocks everything; the organisation warns. */
export function checkExport(opts: ExportOptions, articleUrl: string | undefined): ExportIssue[] {
  const out: ExportIssue[] = [];
  if (!articleUrl) out.push({ claimId: '', severity: 'error', field: 'url', message: 'no article URL: pass --url (the fact-check article\'s address)' });
  else if (!isHttpUrl(articleUrl)) out.push({ claimId: '', severity: 'error', field: 'url', message: `the article URL is not an http(s) URL: ${articleUrl}` });
  if (!opts.org?.name?.trim()) out.push({ claimId: '', severity: 'warning', field: 'author', message: 'no fact-checking organisation: pass --org-name and --org-url' });
  else if (opts.org.url !== undefined && !isHttpUrl(opts.org.url)) out.push({ claimId: '', severity: 'warning', field: 'author.url', message: `the organisation URL is not an http(s) URL: ${opts.org.url}` });
  return out;
}

function claimantJsonLd(c: Claimant): JsonLdClaimant {
  const o: JsonLdClaimant = { '@type': c.type === 'person' || c.type === 'anonymous' ? 'Person' : 'Organization', name: c.name };
  if (c.description) o.description = c.description;
  if (c.sameAs?.length) o.sameAs = [...c.sameAs];
  return o;
}

function dateOnly(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}/.exec(iso)?.[0] ?? iso;
}

/** When the verdict was last set (ClaimReview datePublished), else the claim's last change. */
function reviewDate(c: ClaimRecord): string {
  const v = [...c.history].reverse().find((h) => h.change === 'verdict');
  return dateOnly(v?.at ?? c.modified);
}

/** Builds one ClaimReview. Call checkClaim first: this assumes the blocking fields are present. */
export function buildClaimReview(c0: ClaimRecord, opts: ExportOptions, articleUrl: string): ClaimReviewJsonLd {
  const c = stripPrivate(c0);
  const v = c.verdict!;
  const appearanceUrls = [...new Set(c.appearances.filter(isHttpUrl))];
  if (!appearanceUrls.length && c.firstAppearance) appearanceUrls.push(c.firstAppearance);
  const review: ClaimReviewJsonLd = {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    identifier: c.id,
    url: articleUrl,
    claimReviewed: claimReviewedText(c),
    datePublished: reviewDate(c),
    itemReviewed: {
      '@type': 'Claim',
      author: claimantJsonLd(c.claimant!),
      datePublished: c.claimDate!,
      appearance: appearanceUrls.map((url) => ({ '@type': 'CreativeWork', url })),
    },
    reviewRating: {
      '@type': 'Rating',
      alternateName: v.label,
      name: v.label,
      ratingExplanation: (c.note ?? '').trim(),
    },
  };
  if (c.firstAppearance) review.itemReviewed.firstAppearance = { '@type': 'CreativeWork', url: c.firstAppearance };
  if (v.ratingValue !== undefined && v.bestRating !== undefined && v.worstRating !== undefined) {
    review.reviewRating.ratingValue = v.ratingValue;
    review.reviewRating.bestRating = v.bestRating;
    review.reviewRating.worstRating = v.worstRating;
  }
  if (opts.org?.name?.trim()) {
    review.author = { '@type': 'Organization', name: opts.org.name.trim() };
    if (opts.org.url && isHttpUrl(opts.org.url)) review.author.url = opts.org.url;
  }
  const cites = c.evidence.filter((e) => isHttpUrl(e.url)).map((e) => {
    const w: JsonLdCreativeWork = { '@type': 'CreativeWork', url: e.url };
    if (e.title) w.name = e.title;
    return w;
  });
  if (cites.length) review.citation = cites;
  return review;
}

export interface ClaimReviewExport {
  reviews: ClaimReviewJsonLd[];
  issues: ExportIssue[];
  /** Claims left out because of blocking issues (not counting skipped ones). */
  blocked: number;
  /** Claims left out by status (unchecked, in progress, not checkable). */
  skipped: number;
}

/** ClaimReview JSON-LD for every exportable claim, plus what kept the others out. */
export function exportClaimReviews(sidecar: Sidecar, opts: ExportOptions = {}): ClaimReviewExport {
  const articleUrl = opts.articleUrl ?? sidecar.document.canonicalUrl;
  const reviews: ClaimReviewJsonLd[] = [];
  const issues: ExportIssue[] = checkExport(opts, articleUrl);
  const docBlocked = issues.some((i) => i.severity === 'error');
  let blocked = 0, skipped = 0;
  for (const c of sortedClaims(sidecar.claims)) {
    const is = checkClaim(c, opts);
    issues.push(...is);
    if (is.some((i) => i.severity === 'info' && i.field === 'status')) skipped++;
    else if (docBlocked || is.some((i) => i.severity === 'error')) blocked++;
    else reviews.push(buildClaimReview(c, opts, articleUrl!));
  }
  return { reviews, issues, blocked, skipped };
}

/** One line per issue, naming the claim by its quote: for stderr and the editor. */
export function formatIssue(issue: ExportIssue, sidecar: Sidecar): string {
  const c = sidecar.claims.find((x) => x.id === issue.claimId);
  const who = c ? `claim "${shortQuote(c)}"` : 'export';
  return `${issue.severity}: ${who}: ${issue.field}: ${issue.message}`;
}

function sortedClaims(claims: readonly ClaimRecord[]): ClaimRecord[] {
  return claims.slice().sort((a, b) => Number(a.anchor.state === 'orphan') - Number(b.anchor.state === 'orphan') || a.anchor.start - b.anchor.start || a.anchor.end - b.anchor.end);
}

// ---------------------------------------------------------------------------------------------------
// Markdown report

const STATE_TEXT: Record<string, string> = {
  anchored: 'in the text',
  edited: '⚠ edited since marked',
  'needs-review': '⚠ needs review (re-anchored after an outside change)',
  orphan: '⚠ orphan (not found in the text)',
};

function chainText(c: Claimant): string {
  if (!c.chain?.length) return '';
  return c.chain.map((h) => (h.relation ? `${h.name} (${h.relation.replace('_', ' ')})` : h.name)).join(' → ');
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Escapes characters that would turn user text into Markdown structure (links, emphasis, HTML). */
function mdInline(s: string): string {
  return oneLine(s).replace(/([\\`*_[\]<>|])/g, '\\$1');
}

/** A Markdown report of every claim (public fields only), in text order, orphans last. */
export function exportMarkdown(sidecar0: Sidecar, opts: ExportOptions & { title?: string } = {}): string {
  const sidecar = stripPrivate(sidecar0);
  const claims = sortedClaims(sidecar.claims);
  const lines: string[] = [];
  const name = opts.title ?? sidecar.document.path ?? 'article';
  lines.push(`# Claims: ${mdInline(name)}`, '');
  const url = opts.articleUrl ?? sidecar.document.canonicalUrl;
  if (url) lines.push(`Article: <${url}>`, '');
  const byStatus = new Map<string, number>();
  for (const c of claims) byStatus.set(c.status, (byStatus.get(c.status) ?? 0) + 1);
  const attention = claims.filter((c) => c.anchor.state !== 'anchored').length;
  const counts = [...byStatus].map(([k, n]) => `${n} ${k}`).join(', ');
  lines.push(`${claims.length} claim${claims.length === 1 ? '' : 's'}${counts ? `: ${counts}` : ''}${attention ? `; ${attention} need${attention === 1 ? 's' : ''} attention (anchor)` : ''}.`, '');
  claims.forEach((c, i) => {
    lines.push(`## ${i + 1}. ${mdInline(claimReviewedText(c).slice(0, 80))}`, '');
    for (const l of c.anchor.exact.split(/\r\n|\r|\n/)) lines.push(`> ${l.replace(/([\\`*_[\]<>|])/g, '\\$1')}`);
    lines.push('');
    if (c.verdict) {
      const scale = c.verdict.ratingValue !== undefined ? ` (${c.verdict.ratingValue} on ${c.verdict.worstRating}–${c.verdict.bestRating})` : '';
      lines.push(`- **Verdict:** ${mdInline(c.verdict.label)}${scale}`);
    } else lines.push('- **Verdict:** none yet');
    lines.push(`- **Status:** ${c.status}`);
    lines.push(`- **Anchor:** ${STATE_TEXT[c.anchor.state]}${c.anchor.reason ? ` (${mdInline(c.anchor.reason)})` : ''}`);
    if (c.anchor.state !== 'anchored' && c.anchor.current !== undefined) lines.push(`- **Text now:** “${mdInline(c.anchor.current)}”`);
    if (c.claimant) {
      const desc = c.claimant.description ? `, ${mdInline(c.claimant.description)}` : '';
      const chain = chainText(c.claimant);
      lines.push(`- **Claimant:** ${mdInline(c.claimant.name)} (${c.claimant.type}${desc})${chain ? `; chain: ${mdInline(chain)}` : ''}`);
    }
    if (c.claimDate) lines.push(`- **Claim date:** ${c.claimDate}`);
    if (c.firstAppearance) lines.push(`- **First appearance:** <${c.firstAppearance}>`);
    for (const u of c.appearances) lines.push(`- **Appearance:** <${u}>`);
    if (c.note?.trim()) {
      lines.push('- **Conclusion:**', '');
      for (const l of c.note.trim().split(/\r\n|\r|\n/)) lines.push(`  ${l}`);
      lines.push('');
    }
    if (c.evidence.length) {
      lines.push('- **Evidence:**');
      for (const e of c.evidence) lines.push(`  - ${e.title ? `[${mdInline(e.title)}](<${e.url}>)` : `<${e.url}>`}`);
    }
    const verdicts = c.history.filter((h) => h.change === 'verdict' || h.change === 'anchor');
    if (verdicts.length) {
      lines.push('- **History:**');
      for (const h of verdicts) {
        const what = h.change === 'verdict' ? `verdict ${h.from ? `${mdInline(h.from)} → ` : ''}${h.to ? mdInline(h.to) : '(cleared)'}` : `quote re-attached (was “${mdInline(h.from ?? '')}”)`;
        lines.push(`  - ${h.at}${h.by ? ` by ${mdInline(h.by)}` : ''}: ${what}`);
      }
    }
    lines.push('');
  });
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').replace(/(?<!\n)\n*$/, '\n');
}

// ---------------------------------------------------------------------------------------------------
// W3C annotations

/**
 * The claims as a pure W3C Web Annotation page: private fields stripped, TextPositionSelector converted
 * to Unicode code points (W3C's unit) for claims anchored in `text`, and left out for the others (their
 * quote no longer sits at a known place; the TextQuoteSelector still says what was reviewed).
 */
export function exportAnnotations(sidecar: Sidecar, text: string, opts: ExportOptions = {}): Record<string, unknown> {
  const sc: Sidecar = opts.articleUrl ? { ...sidecar, document: { ...sidecar.document, canonicalUrl: opts.articleUrl } } : sidecar;
  const page = stripPrivate(toJson(sc));
  (page['fc:document'] as Record<string, unknown>).textUnit = 'codepoint';
  const items = page.items as Record<string, unknown>[];
  items.forEach((item, i) => {
    const c = sc.claims[i];
    const target = item.target as { selector: Record<string, unknown>[] };
    const anchoredHere = c.anchor.state === 'anchored' && text.slice(c.anchor.start, c.anchor.end) === c.anchor.exact;
    target.selector = target.selector.flatMap((s) => {
      if (s.type !== 'TextPositionSelector') return [s];
      if (!anchoredHere) return [];
      return [{ type: 'TextPositionSelector', start: utf16ToCodePoints(text, c.anchor.start), end: utf16ToCodePoints(text, c.anchor.end) }];
    });
  });
  return page;
}

// ---------------------------------------------------------------------------------------------------
// One entry point for the CLI and the language server's export command

export const EXPORT_FORMATS = ['claimreview', 'markdown', 'annotations'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportResult {
  /** The text to write or show (JSON with a trailing newline, or Markdown). */
  output: string;
  /** Problems found (ClaimReview only); format each with formatIssue. */
  issues: ExportIssue[];
  /** ClaimReview only: claims left out because they are incomplete (the CLI exits 1 when > 0). */
  incomplete: number;
  /** ClaimReview only: how many were exported. */
  exported: number;
}

/**
 * Exports a sidecar whose positions refer to `text` (use ClaimDocument.toSidecar() after opening the
 * article, so claims are re-anchored first).
 */
export function exportClaims(format: ExportFormat, sidecar: Sidecar, text: string, opts: ExportOptions & { title?: string } = {}): ExportResult {
  if (format === 'markdown') return { output: exportMarkdown(sidecar, opts), issues: [], incomplete: 0, exported: 0 };
  if (format === 'annotations') return { output: JSON.stringify(exportAnnotations(sidecar, text, opts), null, 2) + '\n', issues: [], incomplete: 0, exported: 0 };
  const r = exportClaimReviews(sidecar, opts);
  return { output: JSON.stringify(r.reviews, null, 2) + '\n', issues: r.issues, incomplete: r.blocked, exported: r.reviews.length };
}
