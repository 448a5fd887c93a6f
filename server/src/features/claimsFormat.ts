// Pure parts of the claim-review editor features: the claim hover, claim diagnostics, the "Mark as
// claim" code actions, and what "Mark claim" marks when nothing is selected. No connection, no IO:
// unit-tested in test/server/claimsFormat.test.ts; the language server (features/claims.ts) calls them.
// Offsets are UTF-16 code units into the document text (the review core's and the engine's unit).
import type { CodeAction, Diagnostic, Position } from 'vscode-languageserver';
import type { Analysis, Attribution, Span } from '../engine/types';
import type { AnchorState, ClaimRecord, Claimant, VerdictBucket, VerdictDef, VerdictScale, WorkflowStatus } from '../review/model';
import { claimantFromAttribution } from '../review/model';
import type { ClaimView } from '../review/store';
import { escapeMarkdown } from '../hover';
import { CLAIM_COMMANDS, DIAGNOSTIC_SOURCE } from '../shared/protocol';

/** Diagnostic codes of claim diagnostics. */
export const CLAIM_CODES = {
  claim: 'claim',
  needsReview: 'claim-needs-review',
  orphan: 'claim-orphan',
  fileError: 'claims-file',
} as const;

/** Code action kinds: sub-kinds of quickfix, so they show in VS Code's light bulb and in any client's list. */
export const MARK_CLAIM_KIND = 'quickfix.factcheck.markClaim';
export const CONFIRM_CLAIM_KIND = 'quickfix.factcheck.confirmClaim';

export const STATUS_LABEL: Record<WorkflowStatus, string> = {
  unchecked: 'Unchecked',
  'in-progress': 'In progress',
  checked: 'Checked',
  'not-checkable': 'Not checkable',
};

export const ANCHOR_LABEL: Record<AnchorState, string> = {
  anchored: 'in place',
  edited: 'edited since it was marked',
  'needs-review': 'needs review (found again after an outside change, not confidently)',
  orphan: 'orphan (could not be placed in the text)',
};

/** The verdicts in the order a picker shows them: ordinal ones best first, then the others in scale order. */
export function verdictPickOrder(scale: VerdictScale): VerdictDef[] {
  const ordinal = scale.verdicts.filter((v) => v.ratingValue !== undefined);
  const others = scale.verdicts.filter((v) => v.ratingValue === undefined);
  const best = scale.bestRating ?? 1, worst = scale.worstRating ?? 0;
  const dir = best >= worst ? -1 : 1; // sort towards the best rating first
  return [...ordinal.sort((a, b) => dir * (a.ratingValue! - b.ratingValue!)), ...others];
}

/** A bucket name for decorations and icons; claims without a verdict are `none`. */
export function bucketOf(c: Pick<ClaimRecord, 'verdict'>): VerdictBucket | 'none' {
  return c.verdict?.bucket ?? 'none';
}

function firstLine(s: string, max = 120): string {
  const line = s.trim().split(/\r\n|\r|\n/)[0].replace(/\s+/g, ' ');
  return line.length > max ? line.slice(0, max - 1) + '…' : line;
}

/** Short one-line form of a quote for titles: “first 60 characters…”. */
export function shortText(s: string, max = 60): string {
  const t = s.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  let cut = max - 1;
  // Never split a surrogate pair.
  if (/[\uD800-\uDBFF]/.test(t[cut - 1])) cut--;
  return t.slice(0, cut) + '…';
}

/** "Mostly false", "Mostly false · in progress", "no verdict · unchecked". */
export function verdictStatusText(c: Pick<ClaimRecord, 'verdict' | 'status'>): string {
  const v = c.verdict?.label ?? 'no verdict';
  return c.status === 'checked' ? v : `${v} · ${STATUS_LABEL[c.status].toLowerCase()}`;
}

/** The diagnostic message of a claim: "Claim: Mostly false — <first line of the note>". */
export function claimMessage(c: ClaimRecord): string {
  const note = c.note?.trim() ? ` — ${firstLine(c.note)}` : '';
  const base = `Claim: ${verdictStatusText(c)}${note}`;
  switch (c.anchor.state) {
    case 'edited': return `${base} (the text was edited since it was marked; confirm the claim anchor)`;
    case 'needs-review': return `${base} (needs review: ${c.anchor.reason ?? 'found again after an outside change, not confidently'}; confirm the claim anchor)`;
    case 'orphan': return `Claim could not be placed in the text: “${shortText(c.anchor.exact)}”. ${verdictStatusText(c)}. Re-attach it with Confirm claim anchor on a selection, or remove it.`;
    default: return base;
  }
}

/**
 * Diagnostics for the claims of one document: a hint per claim (code `claim`), information for
 * needs-review ones, a warning at line 1 for each orphan (it has no place in the text).
 * `data.claimId` lets code actions and clients find the claim.
 */
export function claimDiagnostics(claims: readonly ClaimView[], textLength: number, positionAt: (offset: number) => Position): Diagnostic[] {
  const clamp = (x: number) => Math.max(0, Math.min(textLength, x));
  return claims.map((c) => {
    const orphan = c.anchor.state === 'orphan';
    const start = orphan ? 0 : clamp(c.anchor.start);
    const end = orphan ? 0 : Math.max(start, clamp(c.anchor.end));
    const severity = orphan ? 2 : c.anchor.state === 'needs-review' ? 3 : 4;
    const code = orphan ? CLAIM_CODES.orphan : c.anchor.state === 'needs-review' ? CLAIM_CODES.needsReview : CLAIM_CODES.claim;
    const d: Diagnostic = {
      range: { start: positionAt(start), end: positionAt(end) },
      severity: severity as 2 | 3 | 4,
      source: DIAGNOSTIC_SOURCE,
      code,
      message: claimMessage(c),
      data: { claimId: c.id },
    };
    return d;
  });
}

/** The error diagnostic at line 1 for a sidecar that cannot be used. */
export function claimsFileDiagnostic(message: string, firstLineLength: number): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: firstLineLength } },
    severity: 1,
    source: DIAGNOSTIC_SOURCE,
    code: CLAIM_CODES.fileError,
    message: `Claims file not used: ${message}. Claims are read-only until it is fixed; factcheck never overwrites it.`,
  };
}

/** Escapes user text for a hover, keeping its line breaks. */
function escapeLines(s: string): string {
  return s.trim().split(/\r\n|\r|\n/).map((l) => escapeMarkdown(l)).join('  \n');
}

/** A Markdown link target that cannot break out of `(...)`: spaces and parentheses percent-encoded. */
function linkTarget(url: string): string {
  return url.replace(/[\s()<>]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}

function linkLabel(url: string): string {
  const m = /^https?:\/\/([^/?#]+)([^?#]*)/i.exec(url);
  return m ? shortText(m[1] + (m[2] === '/' ? '' : m[2]), 50) : shortText(url, 50);
}

function claimantText(c: Claimant): string {
  const desc = c.description ? `, ${escapeMarkdown(c.description)}` : '';
  const chain = c.chain?.length ? ` — ${escapeMarkdown([...c.chain.map((h) => h.name), 'this article'].join(' → '))}` : '';
  return `${escapeMarkdown(c.name)}${desc} (${c.type})${chain}`;
}

/** The hover Markdown for one tagged claim: verdict, status, claimant, note, evidence links, anchor state. */
export function formatClaimHover(c: ClaimView): string {
  const lines: string[] = [];
  lines.push('**Claim** · factcheck', '');
  if (c.verdict) {
    const scale = c.verdict.ratingValue !== undefined ? ` (${c.verdict.ratingValue} on ${c.verdict.worstRating}–${c.verdict.bestRating})` : '';
    lines.push(`- **Verdict:** ${escapeMarkdown(c.verdict.label)}${scale}`);
  } else lines.push('- **Verdict:** *none yet*');
  lines.push(`- **Status:** ${STATUS_LABEL[c.status]}`);
  if (c.claimant) lines.push(`- **Claimant:** ${claimantText(c.claimant)}`);
  if (c.summary) lines.push(`- **Summary:** ${escapeMarkdown(c.summary)}`);
  if (c.claimDate) lines.push(`- **Claim date:** ${escapeMarkdown(c.claimDate)}`);
  if (c.evidence.length) {
    lines.push(`- **Evidence:** ${c.evidence.map((e) => `[${escapeMarkdown(e.title?.trim() || linkLabel(e.url))}](${linkTarget(e.url)})`).join(', ')}`);
  } else lines.push('- **Evidence:** *none yet*');
  let anchor = ANCHOR_LABEL[c.anchor.state];
  if (c.anchor.reason && c.anchor.state !== 'anchored') anchor += ` — ${escapeMarkdown(c.anchor.reason)}`;
  lines.push(`- **Anchor:** ${anchor}`);
  if (c.anchor.state !== 'anchored') lines.push(`- **Marked text:** “${escapeMarkdown(shortText(c.anchor.exact, 200))}”`);
  if (c.note?.trim()) lines.push('', '**Conclusion**', '', escapeLines(c.note));
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------------
// What to mark at the cursor

/**
 * Sentence spans when the engine gives none: a sentence ends at . ! ? (plus closing quotes/brackets)
 * followed by whitespace and then an upper-case letter, a digit, an opening quote, or a line break;
 * a line break always ends one (articles keep one paragraph per line). Whitespace is trimmed.
 */
export function fallbackSentences(text: string): Span[] {
  const out: Span[] = [];
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  let start = 0;
  const re = /(?<![.!?])[.!?]+["'”’)\]]*(?=[ \t\u00a0]+["“‘(\[]?[\p{Lu}\p{N}])|\r\n|\r|\n/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    push(start, /[\r\n]/.test(m[0]) ? m.index : end);
    start = end;
  }
  push(start, text.length);
  return out;
}

const contains = (s: Span, offset: number) => s.start <= offset && offset <= s.end;
const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** The attribution whose content overlaps `span` the most (for the claimant), if any. */
export function attributionFor(analysis: Analysis | undefined, span: Span): Attribution | undefined {
  let best: Attribution | undefined, bestOverlap = 0;
  for (const a of analysis?.attributions ?? []) {
    const o = a.content.reduce((n, s) => n + overlap(s, span), 0);
    if (o > bestOverlap) { best = a; bestOverlap = o; }
  }
  return best;
}

export interface MarkSuggestion {
  span: Span;
  kind: 'attribution' | 'claim' | 'sentence';
  claimant?: Claimant;
}

/**
 * What "Mark claim" marks at `offset` with no selection: the quote content under the cursor, else
 * the engine's check-worthy claim there, else the content of the attribution whose cue or source is
 * under the cursor, else the sentence. The claimant comes from the attribution overlapping it most.
 */
export function suggestClaimAt(text: string, analysis: Analysis | undefined, offset: number): MarkSuggestion | undefined {
  const pick = (span: Span, kind: MarkSuggestion['kind']): MarkSuggestion | undefined => {
    const s = trimSpan(text, span);
    if (!s) return undefined;
    const a = attributionFor(analysis, s);
    const claimant = a ? claimantFromAttribution(a) : undefined;
    return { span: s, kind, ...(claimant ? { claimant } : {}) };
  };
  const attrs = analysis?.attributions ?? [];
  const inContent = attrs.flatMap((a) => a.content).filter((s) => contains(s, offset)).sort((a, b) => a.end - a.start - (b.end - b.start))[0];
  if (inContent) { const r = pick(inContent, 'attribution'); if (r) return r; }
  const claim = (analysis?.claims ?? []).filter((c) => contains(c, offset)).sort((a, b) => a.end - a.start - (b.end - b.start))[0];
  if (claim) { const r = pick(claim, 'claim'); if (r) return r; }
  const viaCue = attrs.find((a) => (a.cue && contains(a.cue, offset)) || (a.source && contains(a.source, offset)));
  if (viaCue && viaCue.content.length) {
    const longest = viaCue.content.slice().sort((a, b) => b.end - b.start - (a.end - a.start))[0];
    const r = pick(longest, 'attribution');
    if (r) return r;
  }
  const sentences = analysis?.sentences?.length ? analysis.sentences : fallbackSentences(text);
  const sentence = sentences.find((s) => contains(s, offset));
  return sentence ? pick(sentence, 'sentence') : undefined;
}

/** The span without leading/trailing whitespace, or undefined when nothing is left / out of range. */
export function trimSpan(text: string, span: Span): Span | undefined {
  let s = Math.max(0, Math.min(text.length, span.start)), e = Math.max(s, Math.min(text.length, span.end));
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return e > s ? { start: s, end: e } : undefined;
}

// ---------------------------------------------------------------------------------------------------
// Code actions

export interface ClaimCodeActionInput {
  uri: string;
  text: string;
  /** The requested range, as offsets. */
  range: Span;
  analysis?: Analysis;
  /** The document's claims now. */
  claims: readonly ClaimView[];
  positionAt: (offset: number) => Position;
  /** The client's `only` filter (CodeActionContext.only), if any. */
  only?: string[];
}

const kindWanted = (kind: string, only?: string[]) => !only?.length || only.some((o) => kind === o || kind.startsWith(o + '.'));

/**
 * "Mark as claim" on each detected claim or quote (attribution content) under the range that is not
 * marked yet, plus "Mark selection as claim" for a selection that is neither; "Confirm claim anchor"
 * for an edited / needs-review claim under the range. Commands are the server's own
 * (factcheck.claims.add / confirm), so every LSP client can run them.
 */
export function claimCodeActions(input: ClaimCodeActionInput): CodeAction[] {
  const { uri, text, range, analysis, claims, positionAt, only } = input;
  const out: CodeAction[] = [];
  const lspRange = (s: Span) => ({ start: positionAt(s.start), end: positionAt(s.end) });
  const touches = (s: Span) => s.start <= range.end && range.start <= s.end;
  const marked = (s: Span) => claims.some((c) => c.anchor.state !== 'orphan' && overlap(c.anchor, s) >= 0.8 * Math.min(s.end - s.start, c.anchor.end - c.anchor.start));

  if (kindWanted(MARK_CLAIM_KIND, only)) {
    const candidates: Span[] = [];
    for (const a of analysis?.attributions ?? []) for (const s of a.content) if (touches(s)) candidates.push(s);
    for (const c of analysis?.claims ?? []) if (touches(c)) candidates.push({ start: c.start, end: c.end });
    const seen = new Set<string>();
    const spans: Span[] = [];
    for (const c of candidates) {
      const s = trimSpan(text, c);
      if (!s || marked(s)) continue;
      const key = `${s.start}:${s.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      spans.push(s);
    }
    spans.sort((a, b) => a.end - a.start - (b.end - b.start)).splice(3);
    for (const s of spans) {
      out.push({
        title: `Mark as claim: “${shortText(text.slice(s.start, s.end), 50)}”`,
        kind: MARK_CLAIM_KIND,
        command: { title: 'Mark as claim', command: CLAIM_COMMANDS.add, arguments: [{ uri, range: lspRange(s) }] },
      });
    }
    const sel = range.end > range.start ? trimSpan(text, range) : undefined;
    if (sel && !seen.has(`${sel.start}:${sel.end}`) && !claims.some((c) => c.anchor.state !== 'orphan' && c.anchor.start === sel.start && c.anchor.end === sel.end)) {
      out.push({
        title: `Mark selection as claim: “${shortText(text.slice(sel.start, sel.end), 50)}”`,
        kind: MARK_CLAIM_KIND,
        command: { title: 'Mark as claim', command: CLAIM_COMMANDS.add, arguments: [{ uri, range: lspRange(sel) }] },
      });
    }
  }
  if (kindWanted(CONFIRM_CLAIM_KIND, only)) {
    for (const c of claims) {
      if ((c.anchor.state !== 'edited' && c.anchor.state !== 'needs-review') || !touches(c.anchor)) continue;
      out.push({
        title: `Confirm claim anchor: “${shortText(c.text, 50)}”`,
        kind: CONFIRM_CLAIM_KIND,
        command: { title: 'Confirm claim anchor', command: CLAIM_COMMANDS.confirm, arguments: [{ uri, id: c.id }] },
      });
    }
  }
  return out;
}
