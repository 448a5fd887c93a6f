// Command factcheck.showSummary: the document summary (summary.ts) as Markdown, for any LSP client.
import { SHOW_SUMMARY_COMMAND } from '../shared/protocol';
import { summarize, summaryMarkdown } from '../summary';
import type { Feature, ServerContext } from './types';

/** The URI in the command's arguments: [uri] or [{ uri }]. */
export function uriArgument(args: unknown[]): string | undefined {
  const arg = args[0] as unknown;
  if (typeof arg === 'string') return arg;
  const uri = (arg as { uri?: unknown } | null | undefined)?.uri;
  return typeof uri === 'string' ? uri : undefined;
}

export const summaryFeature: Feature = {
  capabilities: () => ({}),
  register(ctx: ServerContext) {
    ctx.registerCommand(SHOW_SUMMARY_COMMAND, async (args) => {
      const uri = uriArgument(args);
      if (!uri) return null;
      const a = await ctx.analysisOf(uri);
      if (!a) return null;
      return summaryMarkdown(summarize(a.doc.getText(), a.analysis));
    });
  },
};
