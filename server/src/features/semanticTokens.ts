// textDocument/semanticTokens/full: quotes, cues and sources with their attribution status
// (semantic.ts encodes). Asks the client to refresh when the settings change.
import type { SemanticTokens } from 'vscode-languageserver';
import { LEGEND, semanticTokens } from '../semantic';
import type { Feature, ServerContext } from './types';

export const semanticTokensFeature: Feature = {
  capabilities: () => ({ semanticTokensProvider: { legend: LEGEND, full: true, range: false } }),
  register(ctx: ServerContext) {
    ctx.connection.languages.semanticTokens.on(
      ctx.guard('semanticTokens', { data: [] } as SemanticTokens, async (params): Promise<SemanticTokens> => {
        const a = await ctx.analysisOf(params.textDocument.uri);
        return { data: a ? semanticTokens(a.doc.getText(), a.analysis) : [] };
      }),
    );
    ctx.onDidChangeSettings(() => {
      if (ctx.clientCapabilities().workspace?.semanticTokens?.refreshSupport)
        // Typed void, but it is a request: a client error must not become an unhandled rejection.
        void Promise.resolve(ctx.connection.languages.semanticTokens.refresh() as unknown).catch(() => undefined);
    });
  },
};
