// What the server core hands to each feature module (code actions, sources, semantic tokens, ...).
// A feature declares its capabilities and registers its handlers; it never touches the scheduling.
import type { ClientCapabilities, CodeAction, CodeActionParams, Connection, InitializeParams, ServerCapabilities, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../engine/types';
import type { FactcheckSettings } from '../shared/settings';

export interface Analysed {
  doc: TextDocument;
  analysis: Analysis;
  settings: FactcheckSettings;
  /** Canonical language id ("text" -> "plaintext"). */
  languageId: string;
}

export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  /** The client's capabilities (valid once initialize has run). */
  clientCapabilities(): ClientCapabilities;
  /**
   * The analysis of the document's current version, computed on demand and cached per version and
   * settings; undefined when the document is not open or factcheck does not apply to it.
   */
  analysisOf(uri: string): Promise<Analysed | undefined>;
  /** Wraps a handler: an exception is logged and turned into `fallback`, never a crash. */
  guard<A extends unknown[], R>(name: string, fallback: R, fn: (...args: A) => R | Promise<R>): (...args: A) => Promise<R>;
  /** Runs `listener` after the settings changed (caches cleared, re-checks scheduled). */
  onDidChangeSettings(listener: () => void): void;
  /** Adds a workspace/executeCommand command (listed in the initialize result; call from register()). */
  registerCommand(id: string, handler: (args: unknown[]) => unknown): void;
  /** Adds a code action provider; the server answers textDocument/codeAction with all providers' actions. */
  registerCodeActions(provider: (params: CodeActionParams) => CodeAction[] | Promise<CodeAction[]>): void;
}

export interface Feature {
  /** Server capabilities this feature adds to the initialize result. */
  capabilities(params: InitializeParams): ServerCapabilities;
  register(ctx: ServerContext): void;
}
