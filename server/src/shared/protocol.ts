// Custom LSP messages between the factcheck client and server, in one place for both sides.
// Plain method names + parameter types (no runtime imports), so any client can implement them.

/** Server -> client notification after each check of a document (drives the status item). */
export const STATUS_NOTIFICATION = 'factcheck/status';

export interface StatusParams {
  uri: string;
  /** Document version the status is about. */
  version: number;
  /**
   * checked: analysed; disabled: factcheck.enable is false; skipped: language not in factcheck.languages;
   * waiting: opened but not checked yet (factcheck.run is manual).
   */
  state: 'checked' | 'disabled' | 'skipped' | 'waiting';
  /** Number of diagnostics published (including the large-file notice). */
  findings: number;
  /** The published diagnostics by severity (state checked). */
  counts?: { error: number; warning: number; information: number; hint: number };
  /** Set when only a prefix was analysed (factcheck.maxFileSize). */
  truncated?: { at: number; length: number };
  /** Time spent in the engine, ms. */
  ms?: number;
}

/** Diagnostic code of the large-file notice (not an engine rule). */
export const MAX_FILE_SIZE_CODE = 'max-file-size';
/** Diagnostic source of everything factcheck publishes. */
export const DIAGNOSTIC_SOURCE = 'factcheck';

/**
 * workspace/executeCommand: check a document now, whatever `factcheck.run` says.
 * Arguments: [uri] or [{ uri }]. Result: true when a check was scheduled.
 */
export const CHECK_DOCUMENT_COMMAND = 'factcheck.checkDocument';

/**
 * workspace/executeCommand: the document summary (claims, sources, secondhand share) as Markdown.
 * Arguments: [uri] or [{ uri }]. Result: the Markdown string, or null when the document is not open
 * or factcheck does not apply to it.
 */
export const SHOW_SUMMARY_COMMAND = 'factcheck.showSummary';

/** A position range as LSP sends it (0-based line, UTF-16 character). */
export interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

/**
 * Request `factcheck/sources`: who is quoted in a document. Result: null when the document is not
 * open or factcheck does not apply to it. Used by the VS Code Sources view; any client may call it.
 */
export const SOURCES_REQUEST = 'factcheck/sources';

export interface SourcesParams {
  textDocument: { uri: string };
}

/** named: a person or organisation; anonymous: an unnamed individual ("a source"); group: an unnamed collective ("critics"); unknown: no speaker found. */
export type SourceCategory = 'named' | 'anonymous' | 'outlet' | 'group' | 'unknown';

export interface SourceQuote<L = LspRange> {
  /** The attribution id (Analysis.attributions[].id). */
  id: string;
  kind: 'direct' | 'mixed' | 'indirect';
  /** The quoted content, first content span start to last end. */
  location: L;
  /** The content on one line, shortened. */
  excerpt: string;
  /** The cue as written ("said", "according to"), if any. */
  cue?: string;
  /** "Dmitry Peskov → BBC → TASS → this article". */
  chain: string;
  /** Relays (role relay in the chain), nearest to the speaker first. */
  relays: string[];
  /** The speaker comes from context (no cue of its own). */
  inferred: boolean;
  /** Rule ids of the findings about this quote. */
  rules: string[];
}

export interface SourceInfo<L = LspRange> {
  /** Stable within one result: the entity, or the speaker's type and name. */
  key: string;
  name: string;
  category: SourceCategory;
  /** person, organization, outlet, group, anonymous (the engine's speaker type), when resolved. */
  speakerType?: string;
  description?: string;
  /** Number of attributions. */
  count: number;
  /** How many of them were relayed (their chain has a relay); the rest are first-hand. */
  relayed: number;
  /** Distinct relay names over all its attributions. */
  relays: string[];
  attributions: SourceQuote<L>[];
}

export interface SourcesResult {
  uri: string;
  version: number;
  sources: SourceInfo[];
}

// ---------------------------------------------------------------------------------------------------
// Claim review (server/src/features/claims.ts owns the claim store; README "Mark claim")

/** workspace/executeCommand ids the server implements; each takes ONE argument object. */
export const CLAIM_COMMANDS = {
  /** {uri} -> ClaimsListResult */
  list: 'factcheck.claims.list',
  /** {uri, position} -> ClaimsAtResult: the claims at the position and what "Mark claim" would mark there. */
  at: 'factcheck.claims.at',
  /** {uri, range, fields?} -> ClaimRecord. An empty range marks the quote, detected claim or sentence at range.start. */
  add: 'factcheck.claims.add',
  /** {uri, id, fields} -> ClaimRecord */
  update: 'factcheck.claims.update',
  /** {uri, id} -> true */
  remove: 'factcheck.claims.remove',
  /** {uri, id, range?} -> ClaimRecord: accept an edited / needs-review claim where it is, or re-attach it (an orphan too) to range. */
  confirm: 'factcheck.claims.confirm',
  /** {uri, format, org?, url?, includeUnchecked?} -> ClaimsExportResult */
  export: 'factcheck.claims.export',
  /** {uri, canonicalUrl} -> true: the article's public URL, stored in the sidecar (ClaimReview `url`). */
  setDocumentInfo: 'factcheck.claims.setDocumentInfo',
} as const;

/** Server -> client after the claims of a document changed (opt in with initializationOptions.claimsNotification). */
export const CLAIMS_CHANGED_NOTIFICATION = 'factcheck/claimsChanged';

/** One claim as sent to clients: the review core's ClaimView (record + current text) plus its LSP range. */
export type ClaimItem = import('../review/store').ClaimView & {
  /** Where the claim is now (orphans: the last known place, clamped to the document). */
  range: LspRange;
};

export interface ClaimsListResult {
  uri: string;
  /** The document version the ranges refer to; null when the document is closed. */
  version: number | null;
  /** Sorted by position, orphans last. */
  claims: ClaimItem[];
  /** `file`: kept in the sidecar `path`; `memory`: untitled document or no file access, lost on close. */
  storage: 'file' | 'memory';
  /** The sidecar file (storage `file`). */
  sidecarPath?: string;
  /** Set when the sidecar cannot be used (corrupt, newer format, unreadable): claims are read-only, nothing is written. */
  error?: string;
  /** The article's public URL from the sidecar, if set. */
  canonicalUrl?: string;
}

/** CLAIMS_CHANGED_NOTIFICATION params; `closed` when the document was closed (drop its claims). */
export interface ClaimsChangedParams extends ClaimsListResult {
  closed?: boolean;
}

export interface ClaimSuggestion {
  range: LspRange;
  text: string;
  /** What the range is: a quote's content, a check-worthy claim the engine detected, or the sentence. */
  kind: 'attribution' | 'claim' | 'sentence';
  /** Claimant prefilled from the attribution (review core Claimant). */
  claimant?: import('../review/model').Claimant;
}

export interface ClaimsAtResult {
  /** Claims whose range contains or touches the position (innermost first). */
  claims: ClaimItem[];
  /** What "Mark claim" would mark at the position when nothing is selected. */
  suggestion?: ClaimSuggestion;
}

export interface ClaimsExportResult {
  output: string;
  /** One line per issue (errors: claim left out), for the user. */
  messages: string[];
  exported: number;
  incomplete: number;
  /** A file name extension for the output ("json", "md"). */
  extension: string;
}
