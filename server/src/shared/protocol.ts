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
