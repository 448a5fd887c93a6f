// VS Code client: starts the factcheck language server (dist/server.js over IPC) for the languages in
// `factcheck.languages` (plaintext and Markdown by default), in files and untitled documents.
// Commands: factcheck.showOutput, factcheck.restartServer. A language status item shows the last
// check of the active document. No workspace code runs: settings are data only.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { STATUS_NOTIFICATION, type StatusParams } from '../../server/src/shared/protocol';
import { DEFAULT_SETTINGS, SETTINGS_SECTION } from '../../server/src/shared/settings';
import { ClaimsUi } from './claims/ui';

let client: LanguageClient | undefined;
let output: vscode.OutputChannel | undefined;
let statusItem: vscode.LanguageStatusItem | undefined;
let claimsUi: ClaimsUi | undefined;
const lastStatus = new Map<string, StatusParams>();

function languages(): string[] {
  const v = vscode.workspace.getConfiguration(SETTINGS_SECTION).get<unknown>('languages');
  return Array.isArray(v) && v.every((x) => typeof x === 'string') && v.length ? (v as string[]) : DEFAULT_SETTINGS.languages;
}

function selector(langs: string[]): { scheme: string; language: string }[] {
  return langs.flatMap((language) => [{ scheme: 'file', language }, { scheme: 'untitled', language }]);
}

function showStatus(): void {
  if (!statusItem) return;
  const uri = vscode.window.activeTextEditor?.document.uri.toString();
  const s = uri ? lastStatus.get(uri) : undefined;
  statusItem.severity = vscode.LanguageStatusSeverity.Information;
  if (!s) {
    statusItem.text = 'factcheck';
    statusItem.detail = 'waiting for the first check';
  } else if (s.state !== 'checked') {
    statusItem.text = 'factcheck: off';
    statusItem.detail = s.state === 'disabled' ? 'factcheck.enable is false' : 'language not in factcheck.languages';
  } else {
    statusItem.text = `factcheck: ${s.findings} finding${s.findings === 1 ? '' : 's'}`;
    statusItem.detail = s.truncated ? `checked the first ${s.truncated.at} of ${s.truncated.length} characters (factcheck.maxFileSize)` : `checked in ${s.ms ?? 0} ms`;
    if (s.truncated) statusItem.severity = vscode.LanguageStatusSeverity.Warning;
  }
}

async function startClient(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const langs = languages();
  const clientOptions: LanguageClientOptions = {
    documentSelector: selector(langs),
    outputChannel: output,
    traceOutputChannel: output,
    initializationOptions: { statusNotification: true, claimsNotification: true },
  };
  client = new LanguageClient('factcheck', 'factcheck', serverOptions, clientOptions);
  claimsUi?.attach(client);
  statusItem?.dispose();
  statusItem = vscode.languages.createLanguageStatusItem('factcheck.status', selector(langs));
  statusItem.name = 'factcheck';
  statusItem.command = { title: 'Show output', command: 'factcheck.showOutput' };
  showStatus();
  client.onNotification(STATUS_NOTIFICATION, (p: StatusParams) => {
    lastStatus.set(p.uri, p);
    showStatus();
  });
  await client.start();
}

async function stopClient(): Promise<void> {
  const c = client;
  client = undefined;
  if (c) await c.stop().catch((e) => output?.appendLine(`factcheck: stopping the server failed: ${String(e)}`));
}

async function restart(context: vscode.ExtensionContext): Promise<void> {
  await stopClient();
  lastStatus.clear();
  try {
    await startClient(context);
  } catch (e) {
    const msg = `factcheck: the language server could not start: ${e instanceof Error ? e.message : String(e)}`;
    output?.appendLine(msg);
    void vscode.window.showErrorMessage(msg, 'Show output').then((a) => a && output?.show(true));
  }
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('factcheck');
  claimsUi = new ClaimsUi({ context, output, selector: () => selector(languages()) });
  context.subscriptions.push(
    output,
    claimsUi,
    { dispose: () => statusItem?.dispose() },
    vscode.commands.registerCommand('factcheck.showOutput', () => output?.show(true)),
    vscode.commands.registerCommand('factcheck.restartServer', () => restart(context)),
    vscode.window.onDidChangeActiveTextEditor(() => showStatus()),
    // The document selector is built from factcheck.languages: a change needs a new client.
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${SETTINGS_SECTION}.languages`)) void restart(context);
    }),
  );
  await restart(context);
}

export async function deactivate(): Promise<void> {
  await stopClient();
}
