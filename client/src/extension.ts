// VS Code desktop entry: the language server runs in a Node process (dist/server.js over IPC).
// Everything else (status, Sources view, commands) is shared with the web entry in activate.ts.
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateClient, deactivateClient } from './activate';

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  await activateClient(context, (options) => new LanguageClient('factcheck', 'factcheck', serverOptions, options));
}

export async function deactivate(): Promise<void> {
  await deactivateClient();
}
