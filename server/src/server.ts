// The language server core: documents, settings, scheduling, diagnostics and hover over any LSP
// connection. It imports only the transport-neutral parts of vscode-languageserver, so the Node entry
// (node.ts) and the browser worker entry (browser.ts) share it. Analysis itself is the pure engine
// (check.ts); code actions, the Sources request and semantic tokens are modules under features/.
import {
  DidChangeConfigurationNotification,
  MarkupKind,
  MessageType,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type Connection,
  type Hover,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { check, toDiagnostics } from './check';
import type { Analysis } from './engine/types';
import { FEATURES } from './features';
import type { Analysed, ServerContext } from './features/types';
import { attributionAt, formatAttributionHover } from './hover';
import { CHECK_DOCUMENT_COMMAND, STATUS_NOTIFICATION, type StatusParams } from './shared/protocol';
import { canonicalLanguage, SETTINGS_SECTION, validateSettings, type FactcheckSettings } from './shared/settings';

export interface InitializationOptions {
  /** Send `factcheck/status` after each check (the VS Code client does; other clients need not). */
  statusNotification?: boolean;
}

interface DocState {
  /** Bumped on every change, close and settings change; a scheduled check runs only if it is still current. */
  generation: number;
  timer?: ReturnType<typeof setTimeout>;
  /** The last analysis (published or computed on demand), reused while the version and settings match. */
  result?: { version: number; analysis: Analysis; settings: FactcheckSettings };
  /** Diagnostics have been published for this document at least once. */
  checked?: boolean;
  /** A check is scheduled (from schedule() until it publishes or is dropped). */
  busy?: boolean;
  /** Requests (hover, semantic tokens, sources) waiting for the scheduled check instead of analysing on their own. */
  waiters?: (() => void)[];
}

/** Marks the scheduled check done and releases the requests waiting for it. */
function settle(st: DocState): void {
  st.busy = false;
  const waiters = st.waiters ?? [];
  st.waiters = [];
  for (const w of waiters) w();
}

/**
 * Waits (at most `maxMs`) for a scheduled check: while typing, requests reuse the debounced check's
 * analysis instead of running the engine once per keystroke burst.
 */
function settled(st: DocState, maxMs: number): Promise<void> {
  if (!st.busy) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, maxMs);
    (st.waiters ??= []).push(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Why a check is scheduled; `factcheck.run` decides which of them check. */
type Trigger = 'open' | 'change' | 'save' | 'settings' | 'command';

function triggers(run: FactcheckSettings['run'], why: Trigger, checkedBefore: boolean): boolean {
  switch (why) {
    case 'command':
      return true;
    case 'change':
      return run === 'onType';
    case 'save':
      return run === 'onSave';
    case 'open':
      return run !== 'manual';
    case 'settings':
      return run !== 'manual' || checkedBefore;
  }
}

export function startServer(connection: Connection, serverVersion = '0.0.0'): void {
  const documents = new TextDocuments(TextDocument);
  const states = new Map<string, DocState>();
  const settingsCache = new Map<string, Promise<FactcheckSettings>>();
  const reported = new Set<string>();
  const settingsListeners: (() => void)[] = [];
  const commands = new Map<string, (args: unknown[]) => unknown>();
  let clientCapabilities: ClientCapabilities = {};
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

  /** The analysis of the document's current version with `settings`, from the cache when it matches. */
  function analyse(doc: TextDocument, settings: FactcheckSettings, st: DocState): { analysis: Analysis; ms: number } {
    if (st.result && st.result.version === doc.version && st.result.settings === settings) return { analysis: st.result.analysis, ms: 0 };
    const t0 = Date.now();
    const analysis = check(doc.getText(), canonicalLanguage(doc.languageId), settings);
    const ms = Date.now() - t0;
    for (const e of analysis.errors) reportOnce(`factcheck: engine stage ${e.stage} failed: ${e.message}`, false);
    st.result = { version: doc.version, analysis, settings };
    return { analysis, ms };
  }

  async function analysisOf(uri: string): Promise<Analysed | undefined> {
    const doc = documents.get(uri);
    if (!doc) return undefined;
    const settings = await getSettings(uri);
    await settled(stateOf(uri), settings.debounceMs + 2000);
    const current = documents.get(uri);
    if (!current || !applies(current, settings)) return undefined;
    return { doc: current, analysis: analyse(current, settings, stateOf(uri)).analysis, settings, languageId: canonicalLanguage(current.languageId) };
  }

  function publish(doc: TextDocument, settings: FactcheckSettings, st: DocState) {
    if (!applies(doc, settings)) {
      st.result = undefined;
      void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: [] });
      status({ uri: doc.uri, version: doc.version, state: settings.enable ? 'skipped' : 'disabled', findings: 0 });
      return;
    }
    const { analysis, ms } = analyse(doc, settings, st);
    st.checked = true;
    const diagnostics = toDiagnostics(doc, analysis);
    const counts = { error: 0, warning: 0, information: 0, hint: 0 };
    for (const d of diagnostics) counts[(['error', 'warning', 'information', 'hint'] as const)[(d.severity ?? 1) - 1] ?? 'error']++;
    if (analysis.truncated)
      reportOnce(`factcheck: ${doc.uri} is longer than factcheck.maxFileSize (${settings.maxFileSize}); checked the first ${analysis.truncated.at} characters only`, false);
    void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
    connection.tracer.log(`checked ${doc.uri} v${doc.version}: ${diagnostics.length} diagnostics in ${ms} ms`);
    status({
      uri: doc.uri, version: doc.version, state: 'checked', findings: diagnostics.length, counts, ms,
      ...(analysis.truncated ? { truncated: { at: analysis.truncated.at, length: doc.getText().length } } : {}),
    });
  }

  function status(p: StatusParams) {
    if (sendStatus) void connection.sendNotification(STATUS_NOTIFICATION, p);
  }

  /**
   * Trailing-edge debounce per document for edits; open, save, settings and the command check at once.
   * `factcheck.run` decides which triggers check at all. Stale runs are dropped.
   */
  function schedule(uri: string, why: Trigger) {
    const st = stateOf(uri);
    const generation = ++st.generation;
    clearTimeout(st.timer);
    st.timer = undefined;
    st.busy = true;
    void getSettings(uri).then((settings) => {
      // A newer schedule() owns the document now (and will settle it).
      if (st.generation !== generation) return;
      const doc = documents.get(uri);
      if (!doc) return settle(st);
      if (!triggers(settings.run, why, !!st.checked)) {
        if (why === 'open' && applies(doc, settings)) status({ uri, version: doc.version, state: 'waiting', findings: 0 });
        return settle(st);
      }
      st.timer = setTimeout(
        guard('check', undefined, () => {
          st.timer = undefined;
          if (st.generation !== generation) return;
          try {
            const doc = documents.get(uri);
            if (doc) publish(doc, settings, st);
          } finally {
            settle(st);
          }
        }),
        why === 'change' ? settings.debounceMs : 0,
      );
    });
  }

  connection.onInitialize(
    guard('initialize', { capabilities: {} } as InitializeResult, (params: InitializeParams): InitializeResult => {
      const caps = (clientCapabilities = params.capabilities);
      hasConfiguration = !!caps.workspace?.configuration;
      hasDynamicConfigurationChange = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
      const init = (params.initializationOptions ?? {}) as InitializationOptions;
      sendStatus = init.statusNotification === true;
      const capabilities: InitializeResult['capabilities'] = {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        executeCommandProvider: { commands: [...commands.keys()] },
      };
      for (const f of FEATURES) Object.assign(capabilities, f.capabilities(params));
      return { capabilities, serverInfo: { name: 'factcheck', version: serverVersion } };
    }),
  );

  connection.onInitialized(
    guard('initialized', undefined, async () => {
      if (hasConfiguration && hasDynamicConfigurationChange)
        await connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
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
      for (const doc of documents.all()) schedule(doc.uri, 'settings');
      for (const l of settingsListeners) l();
    }),
  );

  documents.onDidChangeContent(
    guard('didChange', undefined, (e) => {
      const st = stateOf(e.document.uri);
      // The first content event is the open: check at once; later ones wait for typing to pause.
      schedule(e.document.uri, st.result === undefined && st.generation === 0 ? 'open' : 'change');
    }),
  );

  documents.onDidSave(guard('didSave', undefined, (e) => schedule(e.document.uri, 'save')));

  // workspace/executeCommand: one dispatcher for the commands features register (ctx.registerCommand).
  connection.onExecuteCommand(
    guard('executeCommand', null as unknown, (params) => {
      const handler = commands.get(params.command);
      if (!handler) throw new Error(`unknown command ${params.command}`);
      return handler(params.arguments ?? []);
    }),
  );

  // "Check Document": the way to check with factcheck.run = manual (any run mode accepts it).
  // Arguments: the document URI, as a string or { uri }.
  commands.set(CHECK_DOCUMENT_COMMAND, (args) => {
    const arg = args[0] as unknown;
    const uri = typeof arg === 'string' ? arg : typeof (arg as { uri?: unknown })?.uri === 'string' ? (arg as { uri: string }).uri : undefined;
    if (!uri || !documents.get(uri)) return false;
    schedule(uri, 'command');
    return true;
  });

  documents.onDidClose(
    guard('didClose', undefined, (e) => {
      const uri = e.document.uri;
      const st = states.get(uri);
      if (st) {
        st.generation++;
        clearTimeout(st.timer);
        settle(st);
      }
      states.delete(uri);
      settingsCache.delete(uri);
      void connection.sendDiagnostics({ uri, diagnostics: [] });
    }),
  );

  connection.onHover(
    guard('hover', null as Hover | null, async (params): Promise<Hover | null> => {
      const a = await analysisOf(params.textDocument.uri);
      if (!a) return null;
      const { doc, analysis } = a;
      const hit = attributionAt(analysis, doc.offsetAt(params.position));
      if (!hit) return null;
      return {
        contents: { kind: MarkupKind.Markdown, value: formatAttributionHover(doc.getText(), analysis, hit.attribution) },
        range: { start: doc.positionAt(hit.span.start), end: doc.positionAt(hit.span.end) },
      };
    }),
  );

  connection.onShutdown(
    guard('shutdown', undefined, () => {
      for (const st of states.values()) {
        st.generation++;
        clearTimeout(st.timer);
        settle(st);
      }
    }),
  );

  const ctx: ServerContext = {
    connection,
    documents,
    clientCapabilities: () => clientCapabilities,
    analysisOf,
    guard,
    onDidChangeSettings: (listener) => void settingsListeners.push(listener),
    registerCommand: (id, handler) => void commands.set(id, handler),
  };
  for (const f of FEATURES) f.register(ctx);

  documents.listen(connection);
  connection.listen();
}

