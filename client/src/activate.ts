// The client's activation, shared by the desktop entry (extension.ts: server in a Node process) and
// the web entry (browserExtension.ts: server in a Web Worker). Starts the factcheck language client
// for the languages in `factcheck.languages` (union over the workspace folders), and wires the
// status items, the Sources view and the commands. No workspace code runs: settings are data only,
// and no file is read here (documents reach the server through the LSP), so virtual workspaces work.
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { CHECK_DOCUMENT_COMMAND, SHOW_SUMMARY_COMMAND, STATUS_NOTIFICATION, type StatusParams } from '../../server/src/shared/protocol';
import { SETTINGS_SECTION } from '../../server/src/shared/settings';
import { ClaimsUi } from './claims/ui';
import { documentSelector, languageUnion } from './selector';
import { SourcesView } from './sourcesView';
import { Status } from './status';
import { summaryMessage } from './summaryText';

export type ClientFactory = (options: LanguageClientOptions) => BaseLanguageClient;

/** `factcheck.languages` of the window and of every workspace folder, merged. */
function languages(): string[] {
  const read = (scope?: vscode.Uri) => vscode.workspace.getConfiguration(SETTINGS_SECTION, scope).get<unknown>('languages');
  return languageUnion([read(), ...(vscode.workspace.workspaceFolders ?? []).map((f) => read(f.uri))]);
}

export async function activateClient(context: vscode.ExtensionContext, create: ClientFactory): Promise<void> {
  const output = vscode.window.createOutputChannel('factcheck');
  const status = new Status();
  let client: BaseLanguageClient | undefined;
  let started: string[] = [];
  const sources = new SourcesView(() => client);
  const claims = new ClaimsUi({ context, output, selector: () => documentSelector(started.length ? started : languages()) });

  async function stop(): Promise<void> {
    const c = client;
    client = undefined;
    if (c) await c.stop().catch((e) => output.appendLine(`factcheck: stopping the server failed: ${String(e)}`));
  }

  async function start(): Promise<void> {
    const langs = languages();
    const selector = documentSelector(langs);
    const options: LanguageClientOptions = {
      documentSelector: selector,
      outputChannel: output,
      traceOutputChannel: output,
      initializationOptions: { statusNotification: true, claimsNotification: true },
      middleware: {
        // "factcheck: Check Document" from the palette carries no argument: check the active editor.
        executeCommand: async (command, args, next) => {
          // "factcheck: Show Document Summary": the active editor's summary in a message.
          if (command === SHOW_SUMMARY_COMMAND) {
            const uri = args.length ? args : vscode.window.activeTextEditor ? [vscode.window.activeTextEditor.document.uri.toString()] : [];
            if (!uri.length) return void vscode.window.showInformationMessage('factcheck: open a document to see its summary.');
            const md = await next(command, uri);
            if (typeof md !== 'string') return void vscode.window.showInformationMessage('factcheck does not check this document (factcheck.languages).');
            const { message, detail } = summaryMessage(md);
            void vscode.window.showInformationMessage(message, { modal: true, detail });
            return md;
          }
          if (command !== CHECK_DOCUMENT_COMMAND || args.length) return next(command, args);
          const doc = vscode.window.activeTextEditor?.document;
          if (!doc) return void vscode.window.showInformationMessage('factcheck: open a document to check it.');
          const ok = await next(command, [doc.uri.toString()]);
          if (ok === false) void vscode.window.showInformationMessage(`factcheck does not check ${doc.languageId} documents (factcheck.languages).`);
          return ok;
        },
      },
    };
    const c = create(options);
    client = c;
    claims.attach(c);
    started = langs;
    status.setSelector(selector);
    c.onNotification(STATUS_NOTIFICATION, (p: StatusParams) => {
      status.update(p);
      sources.onStatus(p.uri);
    });
    await c.start();
    void sources.refresh();
  }

  async function restart(): Promise<void> {
    await stop();
    status.clear();
    try {
      await start();
    } catch (e) {
      const msg = `factcheck: the language server could not start: ${e instanceof Error ? e.message : String(e)}`;
      output.appendLine(msg);
      void vscode.window.showErrorMessage(msg, 'Show output').then((a) => a && output.show(true));
    }
  }

  const restartIfLanguagesChanged = () => {
    if (languages().join('\n') !== started.join('\n')) void restart();
  };

  context.subscriptions.push(
    output,
    status,
    sources,
    claims,
    { dispose: () => void stop() },
    vscode.commands.registerCommand('factcheck.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('factcheck.restartServer', () => restart()),
    vscode.commands.registerCommand('factcheck.sources.refresh', () => sources.refresh()),
    vscode.workspace.onDidCloseTextDocument((d) => status.forget(d.uri.toString())),
    // The document selector is built from factcheck.languages (any folder): a change needs a new client.
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${SETTINGS_SECTION}.languages`)) restartIfLanguagesChanged();
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => restartIfLanguagesChanged()),
  );
  await restart();
  deactivateHook = stop;
}

let deactivateHook: (() => Promise<void>) | undefined;

export async function deactivateClient(): Promise<void> {
  await deactivateHook?.();
  deactivateHook = undefined;
}
