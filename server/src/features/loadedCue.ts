// Quick fix for loaded-cue: replace the loaded verb ("claimed") with the same tense of "say"
// ("said"). The replacement comes from the rule's neutralCue() (pure); this module only turns the
// diagnostic's range into an edit.
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { neutralCue } from '../engine/rules/loaded-cue';
import { DIAGNOSTIC_SOURCE } from '../shared/protocol';
import { wantsQuickFix } from './codeActions';
import type { Feature, ServerContext } from './types';

export const LOADED_CUE_RULE = 'loaded-cue';

/** "Replace “claimed” with “said”" for every loaded-cue diagnostic whose text is still a loaded verb. */
export function loadedCueFixes(doc: TextDocument, diagnostics: readonly Diagnostic[], documentChanges: boolean): CodeAction[] {
  const out: CodeAction[] = [];
  for (const d of diagnostics) {
    if (d.source !== DIAGNOSTIC_SOURCE || d.code !== LOADED_CUE_RULE) continue;
    const word = doc.getText(d.range);
    const say = neutralCue(word);
    if (!say) continue; // the text changed since the diagnostic
    const edit = { range: d.range, newText: say };
    out.push({
      title: `Replace “${word}” with “${say}”`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      isPreferred: true,
      edit: documentChanges
        ? { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: [edit] }] }
        : { changes: { [doc.uri]: [edit] } },
    });
  }
  return out;
}

export const loadedCueFeature: Feature = {
  capabilities: () => ({}),
  register(ctx: ServerContext) {
    ctx.registerCodeActions(
      ctx.guard('codeAction loaded-cue', [] as CodeAction[], (params) => {
        const doc = ctx.documents.get(params.textDocument.uri);
        if (!doc || !wantsQuickFix(params.context.only)) return [];
        return loadedCueFixes(doc, params.context.diagnostics, !!ctx.clientCapabilities().workspace?.workspaceEdit?.documentChanges);
      }),
    );
  },
};
