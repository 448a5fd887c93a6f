// Naming and labelling verbs: "called the plan a disaster", "called Trump “unhinged.”", "labeled
// the bill a giveaway". What is named belongs to the content with the name given to it; the
// engine first reads it as an addressee ("told reporters ...").
import type { Span } from '../types';
import type { NP } from '../sources/np';
import type { SentenceCtx } from './detect';

const NAMING_VERBS = new Set(['call', 'label', 'dub', 'brand', 'nickname', 'term', 'deem']);

/** The content widened to start at the named thing, or null when the verb names nothing. */
export function namedContent(ctx: SentenceCtx, lemma: string, addressee: NP | undefined, content: Span[]): Span[] | null {
  if (!addressee || !content.length || !NAMING_VERBS.has(lemma)) return null;
  const start = ctx.tokens[addressee.t0].s;
  if (start >= content[0].start) return null;
  // ("called him on Tuesday to say ...": only right before the name given)
  const between = ctx.tokens[addressee.t1 - 1].e;
  if (content[0].start - between > 3) return null;
  return [{ start, end: content[0].end }, ...content.slice(1)];
}
