// What a rule sees and returns. A rule is a small module: an id, a default severity, a one-line
// description and a check that returns findings (without rule id and severity: the runner adds them).
import type { Analysis, AnalyzeOptions, Attribution, Finding, Severity, Span } from '../types';
import { firstIndex } from '../spans';

export interface RuleContext {
  /** The analysed text (original, not masked). */
  text: string;
  /**
   * The same text with everything that is not prose (Markdown code, comments, URLs) blanked to
   * spaces, offsets unchanged: what a rule that looks at words (hedges) should scan.
   */
  prose?: string;
  analysis: Analysis;
  /** Hearsay phrases with no source ("previously reported", "reportedly"). */
  reports: Span[];
  /** Content, cue and source spans of every attribution, merged: sorted and disjoint. */
  cover: Span[];
  /** Cue spans of every attribution, sorted and disjoint. */
  cues: Span[];
  /** The analysis options (the runner fills this in): e.g. options.lexicon extends the vague-source heads. */
  options?: AnalyzeOptions;
}

/** The parts of `cover` (sorted, disjoint) that overlap [start, end). */
export function coverIn(cover: Span[], start: number, end: number): Span[] {
  const lo = firstIndex(cover.length, (mid) => cover[mid].end <= start);
  const out: Span[] = [];
  for (let i = lo; i < cover.length && cover[i].start < end; i++) out.push(cover[i]);
  return out;
}

export type RuleFinding = Omit<Finding, 'rule' | 'severity'>;

export interface Rule {
  id: string;
  defaultSeverity: Severity;
  /** What the rule looks for, for settings UIs and docs. */
  description: string;
  check(ctx: RuleContext): RuleFinding[];
}

/** "content start .. content end" of an attribution. */
export function contentExtent(a: Attribution): Span {
  let start = Infinity;
  let end = -1;
  for (const c of a.content) {
    start = Math.min(start, c.start);
    end = Math.max(end, c.end);
  }
  return { start, end };
}

export function excerpt(text: string, s: Span, max = 40): string {
  const t = text.slice(s.start, s.end).replace(/\s+/g, ' ').trim();
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
}
