// Test helper: spawns the BUILT language server (node dist/server.js --stdio) and speaks real
// JSON-RPC to it with vscode-languageserver-protocol's client side. Waits are event-driven with a
// timeout (never a fixed sleep).
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type ShowMessageParams,
  type LogMessageParams,
} from 'vscode-languageserver-protocol/node';

export const ROOT = path.resolve(__dirname, '..', '..');
export const SERVER = path.join(ROOT, 'dist', 'server.js');

/** Collects events; `waitFor` resolves with the first one (at or after `from`) matching `pred`. */
export class Inbox<T> {
  readonly items: T[] = [];
  private waiters: { pred: (x: T) => boolean; from: number; resolve: (x: T) => void }[] = [];
  push(x: T) {
    this.items.push(x);
    const i = this.items.length - 1;
    this.waiters = this.waiters.filter((w) => {
      if (i >= w.from && w.pred(x)) {
        w.resolve(x);
        return false;
      }
      return true;
    });
  }
  waitFor(pred: (x: T) => boolean, what: string, from = 0, timeoutMs = 10_000): Promise<T> {
    for (let i = from; i < this.items.length; i++) if (pred(this.items[i])) return Promise.resolve(this.items[i]);
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const waiter = { pred, from, resolve: (x: T) => { clearTimeout(timer); resolve(x); } };
      this.waiters.push(waiter);
    });
  }
}

/** The client side of a connection to the server, whatever the transport. */
export interface TestClient {
  conn: ProtocolConnection;
  diagnostics: Inbox<PublishDiagnosticsParams>;
  messages: Inbox<ShowMessageParams>;
  logs: Inbox<LogMessageParams>;
  /** Every custom notification the server sent (method + params), e.g. factcheck/status. */
  notifications: Inbox<{ method: string; params: unknown }>;
  /** What workspace/configuration answers for the `factcheck` section (mutable). */
  config: { factcheck: unknown };
  /** When set, answers workspace/configuration per scopeUri instead of `config` (multi-root tests). */
  configFor?: (scopeUri: string | undefined) => unknown;
  configRequests: number;
  /** Requests the server sent that the tests may inspect (e.g. workspace/semanticTokens/refresh). */
  requests: Inbox<{ method: string; params: unknown }>;
}

/** Answers the server's requests and collects its notifications on `conn`, then starts listening. */
export function wireClient(conn: ProtocolConnection): TestClient {
  const c: TestClient = {
    conn,
    diagnostics: new Inbox(), messages: new Inbox(), logs: new Inbox(), notifications: new Inbox(), requests: new Inbox(),
    config: { factcheck: {} },
    configRequests: 0,
  };
  conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => c.diagnostics.push(p));
  conn.onNotification('window/showMessage', (p: ShowMessageParams) => c.messages.push(p));
  conn.onNotification('window/logMessage', (p: LogMessageParams) => c.logs.push(p));
  // Star handlers (vscode-jsonrpc calls them for methods with no handler of their own; not in the ProtocolConnection type).
  const star = conn as unknown as {
    onNotification(h: (method: string, params: unknown) => void): void;
    onRequest(h: (method: string, params: unknown) => unknown): void;
  };
  star.onNotification((method, params) => c.notifications.push({ method, params }));
  conn.onRequest('workspace/configuration', (p: { items: { section?: string; scopeUri?: string }[] }) => {
    c.configRequests++;
    return p.items.map((it) => (it.section === 'factcheck' ? (c.configFor ? c.configFor(it.scopeUri) : c.config.factcheck) : null));
  });
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('window/workDoneProgress/create', () => null);
  star.onRequest((method, params) => {
    c.requests.push({ method, params });
    return null;
  });
  conn.onError(() => undefined);
  conn.listen();
  return c;
}

export interface TestServer extends TestClient {
  proc: ChildProcessWithoutNullStreams;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stderr: () => string;
  kill: () => void;
}

export function startServer(args = ['--stdio']): TestServer {
  if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`npm run build\` first`);
  const proc = spawn(process.execPath, [SERVER, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  let err = '';
  proc.stderr.on('data', (d) => (err += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    proc.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const conn = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  const server: TestServer = Object.assign(wireClient(conn), {
    proc,
    exited,
    stderr: () => err,
    kill: () => {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
    },
  });
  return server;
}

export interface InitializeExtras {
  workspaceFolders?: { uri: string; name: string }[] | null;
  /** Merged into capabilities.workspace (e.g. semanticTokens.refreshSupport, workspaceEdit.documentChanges). */
  workspace?: Record<string, unknown>;
  /** Merged into capabilities.textDocument. */
  textDocument?: Record<string, unknown>;
}

export async function initialize(s: TestClient, initializationOptions: unknown = {}, pullConfiguration = true, extras: InitializeExtras = {}) {
  const result = await s.conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: extras.workspaceFolders ?? null,
    initializationOptions,
    capabilities: {
      workspace: {
        ...(pullConfiguration ? { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } : {}),
        ...extras.workspace,
      },
      textDocument: {
        synchronization: { dynamicRegistration: false },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true },
        ...extras.textDocument,
      },
      window: { showMessage: {} },
    },
  });
  await s.conn.sendNotification('initialized', {});
  return result as { capabilities: Record<string, unknown>; serverInfo?: { name: string; version?: string } };
}
