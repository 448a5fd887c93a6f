// VS Code for the web entry (package.json "browser"): the language server runs in a Web Worker
// (dist/browserServer.js, built from server/src/browser.ts). Same client as the desktop otherwise.
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateClient, deactivateClient } from './activate';

// The web extension host is a worker with the DOM Worker constructor; this project compiles without the DOM lib.
declare const Worker: new (url: string, options?: { name?: string }) => ConstructorParameters<typeof LanguageClient>[3];

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist', 'browserServer.js');
  await activateClient(context, (options) => {
    const worker = new Worker(serverMain.toString(true), { name: 'factcheck language server' });
    return new LanguageClient('factcheck', 'factcheck', options, worker);
  });
}

export async function deactivate(): Promise<void> {
  await deactivateClient();
}
