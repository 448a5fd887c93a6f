// The language server core: documents, settings, scheduling, diagnostics and hover over any LSP
// connection. It imports only the transport-neutral parts of vscode-languageserver, so the Node entry
// (node.ts) and the browser worker entry (browser.ts) share it. Analysis itself is the pure engine
// (check.ts); code actions, the Sources request and semantic tokens are modules under features/.
import {
  DidChangeConfigurationNotification,
  MarkupKind,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type CodeActionParams,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type Hover,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { toDiagnostics } from './check';
import type { Analysis } from './engine/types';
import { FEATURES } from './features';
import { ClaimsFeature, trackedTextDocuments, type ClaimFiles } from './features/claims';
import type { Analysed, ServerContext } from './features/types';
import { engineHover } from './hover';
import { checkSettingsOf, inThreadRunner, type AnalysisRunner } from './runner';
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
  /** The analysis in flight (on the runner), shared by everything that needs that version. */
  running?: { version: number; settings: FactcheckSettings; promise: Promise<{ analysis: Analysis; ms: number } | undefined> };
  /** A check was asked for (by a trigger that checks) and not published yet: a later trigger that does not check keeps it. */
  owed?: Trigger;
  /** Diagnostics have been published for this document at least once. */
  checked?: boolean;
  /** A check is scheduled (from schedule() until it publishes or is dropped). */
  busy?: boolean;
  /** Requests (hover, semantic tokens, sources) waiting for the scheduled check instead of analysing on their own. */
  waiters?: (() => void)[];
  /** The engine diagnostics last published (claim diagnostics are added to them when claims change). */
  published?: Diagnostic[];
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

export interface ServerOptions {
  /** Sidecar file access for claims (Node); without it claims are kept in memory only. */
  claimFiles?: ClaimFiles;
  /** Where analyses run (Node: a worker thread); default: on this thread. `log` gets one line per runner problem. */
  runner?: (log: (msg: string) => void) => AnalysisRunner;
}

export function startServer(connection: Connection, serverVersion = '0.0.0', options: ServerOptions = {}): void {
  // Claims must see every content change: the documents report them to the claim store first.
  const documents = new TextDocuments(trackedTextDocuments((uri, changes) => claims.onContentChanges(uri, changes)));
  const states = new Map<string, DocState>();
  const settingsCache = new Map<string, Promise<FactcheckSettings>>();
  const reported = new Set<string>();
  const settingsListeners: (() => void)[] = [];
  const commands = new Map<string, (args: unknown[]) => unknown>();
  const codeActionProviders: ((params: CodeActionParams) => CodeAction[] | Promise<CodeAction[]>)[] = [];
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

  const runner = (options.runner ?? (() => inThreadRunner()))((msg) => log('error', msg));

  /**
   * The analysis of the document's current version with `settings`: the cached one, the run in flight
   * for that version, or a new run on the runner. Undefined when the run was superseded by a newer
   * version or failed (the failure is logged once).
   */
  function analyse(doc: TextDocument, settings: FactcheckSettings, st: DocState): Promise<{ analysis: Analysis; ms: number } | undefined> {
    if (st.result && st.result.version === doc.version && st.result.settings === settings) return Promise.resolve({ analysis: st.result.analysis, ms: 0 });
    if (st.running && st.running.version === doc.version && st.running.settings === settings) return st.running.promise;
    const t0 = Date.now();
    const version = doc.version;
    const run = runner.run({ uri: doc.uri, text: doc.getText(), languageId: canonicalLanguage(doc.languageId), settings: checkSettingsOf(settings) });
    const promise = run.then(
      (analysis) => {
        if (!analysis) return undefined;
        for (const e of analysis.errors) reportOnce(`factcheck: engine stage ${e.stage} failed: ${e.message}`, false);
        if (!st.result || st.result.version <= version) st.result = { version, analysis, settings };
        return { analysis, ms: Date.now() - t0 };
      },
      (e) => {
        reportOnce(`factcheck: could not analyse ${doc.uri}: ${describe(e).split('\n')[0]}`, false);
        return undefined;
      },
    ).finally(() => {
      if (st.running?.promise === promise) st.running = undefined;
    });
    st.running = { version, settings, promise };
    return promise;
  }

  async function analysisOf(uri: string): Promise<Analysed | undefined> {
    if (!documents.get(uri)) return undefined;
    const settings = await getSettings(uri);
    await settled(stateOf(uri), settings.debounceMs + 2000);
    // A run can be superseded by an edit while we wait: then analyse the newer version (a few times at most).
    for (let attempt = 0; attempt < 5; attempt++) {
      const current = documents.get(uri);
      if (!current || !applies(current, settings)) return undefined;
      const r = await analyse(current, settings, stateOf(uri));
      if (r) return { doc: current, analysis: r.analysis, settings, languageId: canonicalLanguage(current.languageId) };
      if (documents.get(uri)?.version === current.version) return undefined; // failed (logged), not superseded
    }
    return undefined;
  }

  /** Checks the document and publishes its diagnostics, unless a newer schedule() took over meanwhile. */
  async function publish(doc: TextDocument, settings: FactcheckSettings, st: DocState, generation: number) {
    if (!applies(doc, settings)) {
      st.result = undefined;
      st.published = [];
      void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: claims.diagnostics(doc) });
      status({ uri: doc.uri, version: doc.version, state: settings.enable ? 'skipped' : 'disabled', findings: 0 });
      return;
    }
    const r = await analyse(doc, settings, st);
    if (!r || st.generation !== generation || documents.get(doc.uri)?.version !== doc.version) return;
    const { analysis, ms } = r;
    st.checked = true;
    const diagnostics = toDiagnostics(doc, analysis);
    const counts = { error: 0, warning: 0, information: 0, hint: 0 };
    for (const d of diagnostics) counts[(['error', 'warning', 'information', 'hint'] as const)[(d.severity ?? 1) - 1] ?? 'error']++;
    if (analysis.truncated)
      reportOnce(`factcheck: ${doc.uri} is longer than factcheck.maxFileSize (${settings.maxFileSize}); checked the first ${analysis.truncated.at} characters only`, false);
    st.published = diagnostics;
    void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: [...diagnostics, ...claims.diagnostics(doc)] });
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
   * `factcheck.run` decides which triggers check at all; a check already owed (an edit typed just before
   * a save in onType mode) is kept when the newer trigger does not check. Stale runs are dropped: a
   * newer schedule() cancels the run in flight and owns the document.
   */
  function schedule(uri: string, why: Trigger) {
    const st = stateOf(uri);
    const generation = ++st.generation;
    clearTimeout(st.timer);
    st.timer = undefined;
    st.busy = true;
    if (why === 'change') runner.cancel(uri);
    void getSettings(uri).then((settings) => {
      // A newer schedule() owns the document now (and will settle it).
      if (st.generation !== generation) return;
      const doc = documents.get(uri);
      if (!doc) return settle(st);
      if (triggers(settings.run, why, !!st.checked)) st.owed = why;
      const owed = st.owed;
      if (!owed) {
        if (why === 'open' && applies(doc, settings)) status({ uri, version: doc.version, state: 'waiting', findings: 0 });
        return settle(st);
      }
      st.timer = setTimeout(
        guard('check', undefined, async () => {
          st.timer = undefined;
          if (st.generation !== generation) return;
          try {
            const doc = documents.get(uri);
            if (doc) {
              await publish(doc, settings, st, generation);
              if (st.generation === generation) st.owed = undefined;
            }
          } finally {
            if (st.generation === generation) settle(st);
          }
        }),
        owed === 'change' ? settings.debounceMs : 0,
      );
    });
  }

  /**
   * Claims changed without an edit (a claim command, a reload): publish the last engine diagnostics
   * again with the claims' ones. A check in progress will include them anyway.
   */
  function republishClaims(uri: string) {
    const doc = documents.get(uri);
    const st = stateOf(uri);
    if (!doc || st.busy) return;
    void connection.sendDiagnostics({ uri, version: doc.version, diagnostics: [...(st.published ?? []), ...claims.diagnostics(doc)] });
  }

  const claims = new ClaimsFeature({
    connection, documents, files: options.claimFiles, getSettings, log,
    getAnalysis: async (uri) => (await analysisOf(uri))?.analysis,
    republish: republishClaims,
    registerCommand: (id, handler) => void commands.set(id, handler),
  });

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
      claims.initialize(params);
      return { capabilities, serverInfo: { name: 'factcheck', version: serverVersion } };
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
  // A handler's ResponseError (a user-facing one-line message) goes to the client; anything else is
  // logged and answered with null.
  connection.onExecuteCommand(async (params) => {
    try {
      const handler = commands.get(params.command);
      if (!handler) throw new Error(`unknown command ${params.command}`);
      return await handler(params.arguments ?? []);
    } catch (e) {
      if (e instanceof ResponseError) throw e;
      log('error', `factcheck: executeCommand failed: ${describe(e)}`);
      return null;
    }
  });

  // textDocument/codeAction: one handler for every provider (ignore quick fixes, claims); each is guarded.
  connection.onCodeAction(async (params) => {
    const all = await Promise.all(codeActionProviders.map((p, i) => guard(`codeAction[${i}]`, [] as CodeAction[], p)(params)));
    return all.flat();
  });

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
      runner.forget(uri);
      void connection.sendDiagnostics({ uri, diagnostics: [] });
    }),
  );

  connection.onHover(
    guard('hover', null as Hover | null, async (params): Promise<Hover | null> => {
      const a = await analysisOf(params.textDocument.uri);
      const doc = a?.doc ?? documents.get(params.textDocument.uri);
      if (!doc) return null;
      const offset = doc.offsetAt(params.position);
      const claim = claims.hover(doc, offset);
      const hit = a && engineHover(doc.getText(), a.analysis, offset);
      if (!hit) return claim ? { contents: { kind: MarkupKind.Markdown, value: claim.markdown }, range: claim.range } : null;
      const md = hit.markdown;
      return {
        contents: { kind: MarkupKind.Markdown, value: claim ? `${claim.markdown}\n\n---\n\n${md}` : md },
        range: claim?.range ?? { start: doc.positionAt(hit.span.start), end: doc.positionAt(hit.span.end) },
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
      runner.dispose();
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
    registerCodeActions: (provider) => void codeActionProviders.push(provider),
  };
  for (const f of FEATURES) f.register(ctx);
  claims.listen();
  codeActionProviders.push((params) => claims.codeActions(params));

  documents.listen(connection);
  connection.listen();
}

