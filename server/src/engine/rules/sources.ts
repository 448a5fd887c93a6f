// How a rule reads an attribution's source: anonymous, vague, a report without an outlet. Reads the
// engine's analysis (sourceKind, sourceHead, speaker); the head-noun lists are data (lexicon.ts).
import { getLexicon } from '../lexicon/index';
import type { AnalyzeOptions, Attribution, Span } from '../types';
import { ANONYMITY_MARKERS, ANONYMOUS_HEADS, dataSet, REPORT_HEADS } from './lexicon';

let anonymousHeads: Set<string> | undefined;
let reportHeads: Set<string> | undefined;

/** The source's head noun, lowercased ("officials"), or "". */
export function headWord(text: string, a: Attribution): string {
  return a.sourceHead ? text.slice(a.sourceHead.start, a.sourceHead.end).toLowerCase().replace(/\u2019/g, "'") : '';
}

/** A report with no outlet as the source ("reports say", "local media reported", "a report in the local press"). */
export function isOutletlessReport(text: string, a: Attribution): boolean {
  // "reports that ...", "amid rumours that ..." with no owner: an agentless reporting noun
  if (a.cueKind === 'agentless' && !a.source && a.cueLemma) {
    reportHeads ??= dataSet(REPORT_HEADS);
    return reportHeads.has(a.cueLemma.toLowerCase());
  }
  if (!a.source || !a.sourceHead || a.sourceKind === 'outlet' || a.sourceKind === 'pronoun' || a.sourceKind === 'agentless') return false;
  reportHeads ??= dataSet(REPORT_HEADS);
  if (!reportHeads.has(headWord(text, a))) return false;
  const before = text.slice(a.source.start, a.sourceHead.start).trim().toLowerCase();
  const after = text.slice(a.sourceHead.end, a.source.end);
  // "the report" / "this report": a document the article has introduced; "a report by the GAO": named
  if (/^(the|this|that|its|his|her|their)\b/.test(before) && !/s$/.test(headWord(text, a))) return false;
  if (/\p{Lu}/u.test(after)) return false;
  return true;
}

let markers: Set<string> | undefined;

/**
 * An unnamed person or people who could be named: "a source", "officials", "his aides", "people
 * familiar with the matter", "a spokesman". Not an unnamed role the text names in apposition ("a
 * lawyer for the company, Ann Lee"), and "people" only with a marker of anonymity.
 */
export function isAnonymousSource(text: string, a: Attribution): boolean {
  if (!a.source || (a.sourceKind !== 'anonymous' && a.sourceKind !== 'vague') || isOutletlessReport(text, a)) return false;
  anonymousHeads ??= dataSet(ANONYMOUS_HEADS);
  markers ??= dataSet(ANONYMITY_MARKERS);
  const src = text.slice(a.source.start, a.source.end);
  const words = src.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  if (words.some((w) => markers!.has(w))) return true;
  const head = headWord(text, a);
  if (!anonymousHeads.has(head) || head === 'people' || head === 'person') return false;
  // "a spokesman for the company, Ann Lee": named in apposition
  if (a.sourceHead && /,\s*(\p{Lu}[\p{L}.'’-]*\s+){1,3}/u.test(text.slice(a.sourceHead.end, a.source.end) + ' ')) return false;
  return true;
}

const QUANTIFIERS = new Set(['some', 'many', 'several', 'few', 'most', 'other', 'others', 'numerous', 'various', 'multiple', 'dozens', 'hundreds', 'thousands', 'countless']);
const QUANTIFIER_NOUNS = new Set(['few', 'dozen', 'number', 'handful', 'couple', 'group', 'host', 'lot']);
const DEFINITE = new Set(['the', 'this', 'these', 'those', 'that']);

/**
 * An unnamed group or a school of thought as the source: "critics", "some", "experts", "many
 * lawmakers", "a handful of residents". Not anonymous people (anonymous-source), not reports
 * (unsourced-report), and not a group the article has already introduced ("the researchers"); other
 * plural heads count only with a quantifier ("some polls" yes, "recent polls" no).
 */
export function isVagueSource(text: string, a: Attribution, options?: AnalyzeOptions): boolean {
  if (!a.source || a.sourceKind !== 'vague' || isAnonymousSource(text, a) || isOutletlessReport(text, a)) return false;
  const words = text.slice(a.source.start, a.source.end).toLowerCase().replace(/\u2019/g, "'").match(/[\p{L}']+/gu) ?? [];
  const w0 = words[0] ?? '';
  if (!w0 || DEFINITE.has(w0)) return false;
  // "other unions, including the AFT": the group is named by example
  if (/\b(including|such as|among them)\s+(the\s+)?\p{Lu}/u.test(text.slice(a.source.start, a.source.end))) return false;
  const lex = getLexicon(options?.lexicon);
  const head = headWord(text, a);
  if (lex.vague.has(head)) return true;
  const quantified = QUANTIFIERS.has(w0) || ((w0 === 'a' || w0 === 'an') && QUANTIFIER_NOUNS.has(words[1] ?? ''));
  return quantified && !lex.timeWords.has(head);
}

export type AnonymityReason = { kind: 'reason'; span: Span } | { kind: 'granted'; span: Span } | { kind: 'none' };

/** Whether the text says why the source is anonymous ("because ...", "to discuss ..."), only that it is, or neither. */
export function anonymityOf(text: string, a: Attribution): AnonymityReason {
  const r = a.anonymityReason;
  if (!r) return { kind: 'none' };
  const t = text.slice(r.start, r.end).trim().toLowerCase();
  if (/^(because|to|as|since)\b/.test(t) && t.split(/\s+/).length > 1) return { kind: 'reason', span: r };
  return { kind: 'granted', span: r };
}
