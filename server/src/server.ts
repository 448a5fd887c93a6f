// The language server core: documents, settings, scheduling, diagnostics and hover over any LSP
// connection. It imports only the transport-neutral parts of vscode-languageserver, so the Node entry
// (node.ts) and a future browser worker entry share it. Analysis itself is the pure engine (check.ts).
import {
  DidChangeConfigurationNotification,
  MarkupKind,
  MessageType,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type Hover,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { check, toDiagnostics } from './check';
import { ClaimsFeature, trackedTextDocuments, type ClaimFiles } from './features/claims';
import type { Analysis } from './engine/types';
import { attributionAt, formatAttributionHover } from './hover';
import { STATUS_NOTIFICATION, type StatusParams } from './shared/protocol';
import { canonicalLanguage, SETTINGS_SECTION, validateSettings, type FactcheckSettings } from './shared/settings';

export interface InitializationOptions {
  /** Send `factcheck/status` after each check (the VS Code client does; other clients need not). */
  statusNotification?: boolean;
}

interface DocState {
  /** Bumped on every change, close and settings change; a scheduled check runs only if it is still current. */
  generation: number;
  timer?: ReturnType<typeof setTimeout>;
  /** The last published result, reused by hover while the version matches. */
  result?: { version: number; analysis: Analysis; settings: FactcheckSettings };
}

export interface ServerOptions {
  /** Sidecar file access for claims (Node); without it claims are kept in memory only. */
  claimFiles?: ClaimFiles;
}

export function startServer(connection: Connection, serverVersion = '0.0.0', options: ServerOptions = {}): void {
  // Claims must see every content change: the documents report them to the claim store first.
  const documents = new TextDocuments(trackedTextDocuments((uri, changes) => claims.onContentChanges(uri, changes)));
  const states = new Map<string, DocState>();
  const settingsCache = new Map<string, Promise<FactcheckSettings>>();
  const reported = new Set<string>();
  let hasConfiguration = false;
  let hasDynamicConfigurationChange = false;
  let sendStatus = false;
  let globalSettings: FactcheckSettings = validateSettings(undefined).settings;

  const log = (level: 'info' | 'warn' | 'error', msg: string) => {
    try {
      connection.console[level](msg);
    } catch {
      /* the connection is gone; nothing else to tell */
    }
  };
  /** Tells the user once per distinct message (settings problems, engine errors). */
  const reportOnce = (msg: string, popup: boolean) => {
    if (reported.has(msg)) return;
    reported.add(msg);
    log('warn', msg);
    if (popup) void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: msg });
  };
  const describe = (e: unknown) => (e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e));
  /** Wraps a handler: an exception is logged and turned into `fallback`, never a crash. */
  function guard<A extends unknown[], R>(name: string, fallback: R, fn: (...args: A) => R | Promise<R>) {
    return async (...args: A): Promise<R> => {
      try {
        return await fn(...args);
      } catch (e) {
        log('error', `factcheck: ${name} failed: ${describe(e)}`);
        return fallback;
      }
    };
  }

  function validated(raw: unknown): FactcheckSettings {
    const { settings, problems } = validateSettings(raw);
    for (const p of problems) reportOnce(p, true);
    return settings;
  }

  function getSettings(uri: string): Promise<FactcheckSettings> {
    if (!hasConfiguration) return Promise.resolve(globalSettings);
    let p = settingsCache.get(uri);
    if (!p) {
      p = connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION }).then(validated, (e) => {
        log('warn', `factcheck: could not read settings for ${uri} (${describe(e)}); using the defaults`);
        return validateSettings(undefined).settings;
      });
      settingsCache.set(uri, p);
    }
    return p;
  }

  const stateOf = (uri: string) => {
    let s = states.get(uri);
    if (!s) states.set(uri, (s = { generation: 0 }));
    return s;
  };

  const applies = (doc: TextDocument, s: FactcheckSettings) =>
    s.enable && (s.languages.includes(doc.languageId) || s.languages.includes(canonicalLanguage(doc.languageId)));

  function analyse(doc: TextDocument, settings: FactcheckSettings): { analysis: Analysis; ms: number } {
    const t0 = Date.now();
    const analysis = check(doc.getText(), canonicalLanguage(doc.languageId), settings);
    const ms = Date.now() - t0;
    for (const e of analysis.errors) reportOnce(`factcheck: engine stage ${e.stage} failed: ${e.message}`, false);
    return { analysis, ms };
  }

  function publish(doc: TextDocument, settings: FactcheckSettings, st: DocState) {
    if (!applies(doc, settings)) {
      st.result = undefined;
      void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: claims.diagnostics(doc) });
      status({ uri: doc.uri, version: doc.version, state: settings.enable ? 'skipped' : 'disabled', findings: 0 });
      return;
    }
    const { analysis, ms } = analyse(doc, settings);
    st.result = { version: doc.version, analysis, settings };
    const diagnostics = [...toDiagnostics(doc, analysis), ...claims.diagnostics(doc)];
    if (analysis.truncated)
      reportOnce(`factcheck: ${doc.uri} is longer than factcheck.maxFileSize (${settings.maxFileSize}); checked the first ${analysis.truncated.at} characters only`, false);
    void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
    connection.tracer.log(`checked ${doc.uri} v${doc.version}: ${diagnostics.length} diagnostics in ${ms} ms`);
    status({
      uri: doc.uri, version: doc.version, state: 'checked', findings: diagnostics.length, ms,
      ...(analysis.truncated ? { truncated: { at: analysis.truncated.at, length: doc.getText().length } } : {}),
    });
  }

  function status(p: StatusParams) {
    if (sendStatus) void connection.sendNotification(STATUS_NOTIFICATION, p);
  }

  /** Trailing-edge debounce per document; `immediate` for open and settings changes. Stale runs are dropped. */
  function schedule(uri: string, immediate: boolean) {
    const st = stateOf(uri);
    const generation = ++st.generation;
    clearTimeout(st.timer);
    st.timer = undefined;
    void getSettings(uri).then((settings) => {
      if (st.generation !== generation || !documents.get(uri)) return;
      st.timer = setTimeout(
        guard('check', undefined, () => {
          st.timer = undefined;
          const doc = documents.get(uri);
          if (!doc || st.generation !== generation) return;
          publish(doc, settings, st);
        }),
        immediate ? 0 : settings.debounceMs,
      );
    });
  }

  /** The analysis of the document as it is now: the published one while current, else a fresh one. */
  async function analysisOf(doc: TextDocument): Promise<Analysis | undefined> {
    const settings = await getSettings(doc.uri);
    if (!applies(doc, settings)) return undefined;
    const st = stateOf(doc.uri);
    if (st.result?.version === doc.version && st.result.settings === settings) return st.result.analysis;
    return analyse(doc, settings).analysis;
  }

  const claims = new ClaimsFeature({
    connection, documents, files: options.claimFiles, getSettings, log,
    getAnalysis: async (uri) => {
      const doc = documents.get(uri);
      return doc ? analysisOf(doc) : undefined;
    },
    republish: (uri) => schedule(uri, true),
  });

  connection.onInitialize(
    guard('initialize', { capabilities: {} } as InitializeResult, (params: InitializeParams): InitializeResult => {
      const caps = params.capabilities;
      hasConfiguration = !!caps.workspace?.configuration;
      hasDynamicConfigurationChange = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
      const init = (params.initializationOptions ?? {}) as InitializationOptions;
      sendStatus = init.statusNotification === true;
      return {
        capabilities: {
          textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
          hoverProvider: true,
          ...claims.capabilities(params),
        },
        serverInfo: { name: 'factcheck', version: serverVersion },
      };
    }),
  );

  connection.onInitialized(
    guard('initialized', undefined, async () => {
      if (hasConfiguration && hasDynamicConfigurationChange)
        await connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
      await claims.initialized();
      log('info', `factcheck language server ${serverVersion} ready`);
    }),
  );

  connection.onDidChangeConfiguration(
    guard('didChangeConfiguration', undefined, (change) => {
      settingsCache.clear();
      if (!hasConfiguration) {
        const raw = (change?.settings as Record<string, unknown> | null | undefined)?.[SETTINGS_SECTION];
        globalSettings = validated(raw);
      }
      for (const doc of documents.all()) schedule(doc.uri, true);
    }),
  );

  documents.onDidChangeContent(
    guard('didChange', undefined, (e) => {
      const st = stateOf(e.document.uri);
      // The first content event is the open: check at once; later ones wait for typing to pause.
      schedule(e.document.uri, st.result === undefined && st.generation === 0);
    }),
  );

  documents.onDidClose(
    guard('didClose', undefined, (e) => {
      const uri = e.document.uri;
      const st = states.get(uri);
      if (st) {
        st.generation++;
        clearTimeout(st.timer);
      }
      states.delete(uri);
      settingsCache.delete(uri);
      void connection.sendDiagnostics({ uri, diagnostics: [] });
    }),
  );

  connection.onHover(
    guard('hover', null as Hover | null, async (params): Promise<Hover | null> => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return null;
      const offset = doc.offsetAt(params.position);
      const claim = claims.hover(doc, offset);
      const analysis = await analysisOf(doc);
      const hit = analysis && attributionAt(analysis, offset);
      if (!hit) return claim ? { contents: { kind: MarkupKind.Markdown, value: claim.markdown }, range: claim.range } : null;
      const md = formatAttributionHover(doc.getText(), analysis, hit.attribution);
      return {
        contents: { kind: MarkupKind.Markdown, value: claim ? `${claim.markdown}\n\n---\n\n${md}` : md },
        range: claim?.range ?? { start: doc.positionAt(hit.span.start), end: doc.positionAt(hit.span.end) },
      };
    }),
  );

  // Only one code action handler per connection: other features' actions join here.
  connection.onCodeAction(guard('codeAction', [] as CodeAction[], (params) => claims.codeActions(params)));
  claims.listen();

  connection.onShutdown(
    guard('shutdown', undefined, () => {
      for (const st of states.values()) {
        st.generation++;
        clearTimeout(st.timer);
      }
    }),
  );

  documents.listen(connection);
  connection.listen();
}

