// Custom LSP messages between the factcheck client and server, in one place for both sides.
// Plain method names + parameter types (no runtime imports), so any client can implement them.

/** Server -> client notification after each check of a document (drives the status item). */
export const STATUS_NOTIFICATION = 'factcheck/status';

export interface StatusParams {
  uri: string;
  /** Document version the status is about. */
  version: number;
  /** checked: analysed; disabled: factcheck.enable is false; skipped: language not in factcheck.languages. */
  state: 'checked' | 'disabled' | 'skipped';
  /** Number of diagnostics published (including the large-file notice). */
  findings: number;
  /** Set when only a prefix was analysed (factcheck.maxFileSize). */
  truncated?: { at: number; length: number };
  /** Time spent in the engine, ms. */
  ms?: number;
}

/** Diagnostic code of the large-file notice (not an engine rule). */
export const MAX_FILE_SIZE_CODE = 'max-file-size';
/** Diagnostic source of everything factcheck publishes. */
export const DIAGNOSTIC_SOURCE = 'factcheck';
