// Pure helpers of the VS Code claims UI (no vscode import): labels, command-argument parsing, export
// file names. Unit-tested in test/client/claimsUi.test.ts.
import { shortText, STATUS_LABEL, verdictPickOrder, verdictStatusText, bucketOf } from '../../../server/src/features/claimsFormat';
import { DEFAULT_SCALE, isHttpUrl, validateScale, WORKFLOW_STATUSES, type VerdictScale, type WorkflowStatus } from '../../../server/src/review/model';
import type { ClaimItem, LspRange } from '../../../server/src/shared/protocol';

export { bucketOf, shortText, STATUS_LABEL, verdictPickOrder, verdictStatusText };

/** Client command ids (contributed in package.json). The server's own commands are factcheck.claims.*. */
export const UI_COMMANDS = {
  mark: 'factcheck.markClaim',
  setVerdict: 'factcheck.setVerdict',
  setStatus: 'factcheck.setStatus',
  editNote: 'factcheck.editClaimNote',
  addEvidence: 'factcheck.addEvidence',
  editDetails: 'factcheck.editClaimDetails',
  remove: 'factcheck.removeClaim',
  export: 'factcheck.exportClaims',
  confirm: 'factcheck.confirmClaimAnchor',
  reveal: 'factcheck.revealClaim',
  refresh: 'factcheck.refreshClaims',
} as const;

export const VIEW_ID = 'factcheck.claims';

/** Context keys for `when` clauses. */
export const CONTEXT = {
  editorSupported: 'factcheck.claims.editorSupported',
  any: 'factcheck.claims.any',
  atCursor: 'factcheck.claims.atCursor',
} as const;

/** The scale from the `factcheck.verdictScale` setting value; the default (and the problem) when it is invalid. */
export function scaleFromSetting(value: unknown): { scale: VerdictScale; problem?: string } {
  if (value === undefined || value === null) return { scale: DEFAULT_SCALE };
  const errs = validateScale(value);
  if (errs.length) return { scale: DEFAULT_SCALE, problem: `factcheck.verdictScale: ${errs[0]}; using the default scale` };
  return { scale: value as VerdictScale };
}

export function isStatus(s: unknown): s is WorkflowStatus {
  return typeof s === 'string' && (WORKFLOW_STATUSES as readonly string[]).includes(s);
}

/** Returns an error message for an input box, or undefined when `s` is an http(s) URL. */
export function urlProblem(s: string): string | undefined {
  const t = s.trim();
  if (!t) return 'Enter a URL';
  return isHttpUrl(t) ? undefined : 'Enter an http:// or https:// URL';
}

/** Tree item / palette label of a claim: its current text, shortened. */
export function claimLabel(c: Pick<ClaimItem, 'text' | 'anchor'>): string {
  const t = c.anchor.state === 'orphan' ? c.anchor.exact : c.text || c.anchor.exact;
  return shortText(t, 70);
}

/** Tree item description: "Mostly false · in progress · needs review". */
export function claimDescription(c: Pick<ClaimItem, 'verdict' | 'status' | 'anchor'>): string {
  const anchor = c.anchor.state === 'anchored' ? '' : ` · ${c.anchor.state === 'needs-review' ? 'needs review' : c.anchor.state}`;
  return verdictStatusText(c) + anchor;
}

/** Claims whose anchor the user should confirm (or re-attach). */
export function needsConfirmation(c: Pick<ClaimItem, 'anchor'>): boolean {
  return c.anchor.state !== 'anchored';
}

/**
 * What a command was given: a tree element / `{uri, id}` from tests and other extensions, or nothing.
 * Anything else (VS Code passes a Uri from some menus) counts as nothing.
 */
export function claimRef(arg: unknown): { uri?: string; id?: string } {
  if (typeof arg !== 'object' || arg === null) return {};
  const a = arg as Record<string, unknown>;
  const uri = typeof a.uri === 'string' ? a.uri : typeof a.uri === 'object' && a.uri !== null && typeof (a.uri as { toString: unknown }).toString === 'function' && 'scheme' in (a.uri as object) ? String(a.uri) : undefined;
  const id = typeof a.id === 'string' ? a.id : undefined;
  return { ...(uri ? { uri } : {}), ...(id ? { id } : {}) };
}

/** LSP range from a vscode.Range-like or LSP-like object ({start:{line,character},end}); undefined if neither. */
export function toLspRange(r: unknown): LspRange | undefined {
  if (typeof r !== 'object' || r === null) return undefined;
  const o = r as { start?: { line?: unknown; character?: unknown }; end?: { line?: unknown; character?: unknown } };
  const ok = (p?: { line?: unknown; character?: unknown }) => !!p && Number.isInteger(p.line) && Number.isInteger(p.character);
  if (!ok(o.start) || !ok(o.end)) return undefined;
  return { start: { line: o.start!.line as number, character: o.start!.character as number }, end: { line: o.end!.line as number, character: o.end!.character as number } };
}

export const EXPORT_CHOICES = [
  { format: 'claimreview', label: 'ClaimReview JSON-LD', detail: 'schema.org markup for checked claims (complete ones only; problems are listed)', language: 'json', suffix: '.claimreview.json' },
  { format: 'markdown', label: 'Markdown report', detail: 'every claim with its verdict, status, anchor, evidence and history', language: 'markdown', suffix: '.claims.md' },
  { format: 'annotations', label: 'W3C annotations', detail: 'the claims as a Web Annotation page (private fields removed)', language: 'json', suffix: '.annotations.json' },
] as const;

export type ExportFormatId = (typeof EXPORT_CHOICES)[number]['format'];

/** Suggested export file name next to the article: "story.md" -> "story.md.claimreview.json". */
export function exportFileName(articlePath: string, format: ExportFormatId): string {
  const choice = EXPORT_CHOICES.find((c) => c.format === format)!;
  return articlePath + choice.suffix;
}

/** The file name of a URI string, decoded. */
export function uriBasename(uri: string): string {
  const s = uri.replace(/[?#].*$/, '');
  const name = s.slice(s.lastIndexOf('/') + 1).replace(/^[a-z][\w+.-]*:/i, ''); // untitled:Untitled-1 -> Untitled-1
  try {
    return decodeURIComponent(name) || uri;
  } catch {
    return name || uri;
  }
}
