// VS Code client: starts the language server for plaintext and Markdown. (skeleton)
import type * as vscode from 'vscode';

export async function activate(_context: vscode.ExtensionContext): Promise<void> {}
export async function deactivate(): Promise<void> {}
