// Quick fixes on factcheck diagnostics: "Ignore <rule> on this line" and "Disable <rule> in this
// file". The edits come from directives.ts (pure); this module only maps offsets to LSP positions.
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { disableFileEdit, ignoreLineEdit, INVALID_DIRECTIVE_RULE, type EditPlan } from '../directives';
import { DIAGNOSTIC_SOURCE, MAX_FILE_SIZE_CODE } from '../shared/protocol';
import { canonicalLanguage } from '../shared/settings';
import type { Feature, ServerContext } from './types';

/** True when a client asking only for `only` kinds wants quick fixes. */
export function wantsQuickFix(only: readonly string[] | undefined): boolean {
  return !only || only.some((k) => k === '' || k === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(k + '.'));
}

function toEdit(doc: TextDocument, e: EditPlan): TextEdit {
  return { range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.newText };
}

export function quickFixes(doc: TextDocument, diagnostics: readonly Diagnostic[], documentChanges: boolean): CodeAction[] {
  const text = doc.getText();
  const languageId = canonicalLanguage(doc.languageId);
  const mine = diagnostics.filter(
    (d) => d.source === DIAGNOSTIC_SOURCE && typeof d.code === 'string' && d.code !== MAX_FILE_SIZE_CODE && d.code !== INVALID_DIRECTIVE_RULE,
  );
  const workspaceEdit = (e: EditPlan): WorkspaceEdit =>
    documentChanges
      ? { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: [toEdit(doc, e)] }] }
      : { changes: { [doc.uri]: [toEdit(doc, e)] } };
  const lineActions: CodeAction[] = [];
  const fileActions: CodeAction[] = [];
  const seenLine = new Set<string>();
  const seenFile = new Set<string>();
  for (const d of mine) {
    const rule = d.code as string;
    const lineKey = `${rule}@${d.range.start.line}`;
    if (!seenLine.has(lineKey)) {
      seenLine.add(lineKey);
      const e = ignoreLineEdit(text, languageId, doc.offsetAt(d.range.start), rule);
      if (e.newText !== '' || e.end !== e.start)
        lineActions.push({ title: `Ignore "${rule}" on this line`, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: workspaceEdit(e) });
    }
    if (!seenFile.has(rule)) {
      seenFile.add(rule);
      const e = disableFileEdit(text, languageId, rule);
      if (e.newText !== '' || e.end !== e.start)
        fileActions.push({ title: `Disable "${rule}" in this file`, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: workspaceEdit(e) });
    }
  }
  return [...lineActions, ...fileActions];
}

export const codeActionsFeature: Feature = {
  capabilities: () => ({ codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] } }),
  register(ctx: ServerContext) {
    ctx.registerCodeActions(
      ctx.guard('codeAction', [] as CodeAction[], (params) => {
        const doc = ctx.documents.get(params.textDocument.uri);
        if (!doc || !wantsQuickFix(params.context.only)) return [];
        const documentChanges = !!ctx.clientCapabilities().workspace?.workspaceEdit?.documentChanges;
        return quickFixes(doc, params.context.diagnostics, documentChanges);
      }),
    );
  },
};
