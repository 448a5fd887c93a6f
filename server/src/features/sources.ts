// Request factcheck/sources: who is quoted in a document (sources.ts summarises, this maps offsets to ranges).
import { summarizeSources } from '../sources';
import { SOURCES_REQUEST, type SourcesParams, type SourcesResult } from '../shared/protocol';
import type { Feature, ServerContext } from './types';

export const sourcesFeature: Feature = {
  capabilities: () => ({}),
  register(ctx: ServerContext) {
    ctx.connection.onRequest(
      SOURCES_REQUEST,
      ctx.guard('sources', null as SourcesResult | null, async (params: SourcesParams): Promise<SourcesResult | null> => {
        const uri = params?.textDocument?.uri;
        if (typeof uri !== 'string') return null;
        const a = await ctx.analysisOf(uri);
        if (!a) return null;
        const { doc } = a;
        const sources = summarizeSources(doc.getText(), a.analysis).map((s) => ({
          ...s,
          attributions: s.attributions.map((q) => ({
            ...q,
            location: { start: doc.positionAt(q.location.start), end: doc.positionAt(q.location.end) },
          })),
        }));
        return { uri, version: doc.version, sources };
      }),
    );
  },
};
