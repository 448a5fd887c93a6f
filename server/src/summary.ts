// The per-document summary: how many claims (checkable or not, attributed or not), how many sources
// and of what kind, how much came secondhand. Pure (text + analysis in, data or Markdown out); the
// hover on the first line, the factcheck.showSummary command and the CLI (text and JSON) all use it.
// Tested in test/server/summary.test.ts.
import type { Analysis, Attribution } from './engine/types';
import { isSecondhand } from './engine/rules/secondhand';
import { rootOf } from './engine/rules/single-source';
import { isAnonymousSource } from './engine/rules/sources';

export interface DocumentSummary {
  /** Check-worthy claims (own-voice and reported). */
  claims: number;
  checkable: number;
  /** Claims that are predictions, opinions or questions. */
  uncheckable: number;
  /** Claims that are the content of an attribution. */
  attributedClaims: number;
  attributions: number;
  /** Distinct sources, chains collapsed on their root: named (people, organisations, outlets, roles), anonymous, vague groups. */
  sources: { named: number; anonymous: number; vague: number };
  /** Attributions with no agent ("it is believed"). */
  agentless: number;
  /** Attributions that reached the article through another outlet (or are an outlet's own report). */
  secondhand: number;
  /** secondhand / attributions, 0 when there are none. */
  secondhandShare: number;
}

/** How one attribution names its source; pronouns and continuations take their speaker's type. */
function kindOf(text: string, a: Attribution): 'named' | 'anonymous' | 'vague' {
  if (a.sourceKind === 'anonymous' || isAnonymousSource(text, a)) return 'anonymous';
  if (a.sourceKind === 'vague') return 'vague';
  if (a.sourceKind === 'pronoun' || a.sourceKind === 'none') return a.speaker?.type === 'anonymous' ? 'anonymous' : a.speaker?.type === 'group' ? 'vague' : 'named';
  return 'named';
}

export function summarize(text: string, analysis: Analysis): DocumentSummary {
  const claims = analysis.claims;
  const kinds = new Map<string, 'named' | 'anonymous' | 'vague'>();
  let agentless = 0;
  let secondhand = 0;
  for (const a of analysis.attributions) {
    if (a.sourceKind === 'agentless') agentless++;
    if (isSecondhand(a)) secondhand++;
    const root = rootOf(a);
    if (!root) continue;
    // a source is as identified as its best mention: one named mention makes it named
    const kind = kindOf(text, a);
    if (!kinds.has(root) || kind === 'named') kinds.set(root, kind);
  }
  const sources = { named: 0, anonymous: 0, vague: 0 };
  for (const k of kinds.values()) sources[k]++;
  const n = analysis.attributions.length;
  return {
    claims: claims.length,
    checkable: claims.filter((c) => c.checkable).length,
    uncheckable: claims.filter((c) => !c.checkable).length,
    attributedClaims: claims.filter((c) => c.attribution).length,
    attributions: n,
    sources,
    agentless,
    secondhand,
    secondhandShare: n ? secondhand / n : 0,
  };
}

/** The sum of several documents' summaries (sources are added per document, not merged). */
export function combineSummaries(list: DocumentSummary[]): DocumentSummary {
  const out: DocumentSummary = { claims: 0, checkable: 0, uncheckable: 0, attributedClaims: 0, attributions: 0, sources: { named: 0, anonymous: 0, vague: 0 }, agentless: 0, secondhand: 0, secondhandShare: 0 };
  for (const s of list) {
    out.claims += s.claims;
    out.checkable += s.checkable;
    out.uncheckable += s.uncheckable;
    out.attributedClaims += s.attributedClaims;
    out.attributions += s.attributions;
    out.sources.named += s.sources.named;
    out.sources.anonymous += s.sources.anonymous;
    out.sources.vague += s.sources.vague;
    out.agentless += s.agentless;
    out.secondhand += s.secondhand;
  }
  out.secondhandShare = out.attributions ? out.secondhand / out.attributions : 0;
  return out;
}

const plural = (n: number, one: string, many = one + 's') => `${n} ${n === 1 ? one : many}`;
const percent = (x: number) => `${Math.round(x * 100)}%`;

/** "3 named, 1 anonymous, 2 vague" (zeros left out; "none" when there are no sources). */
function sourcesText(s: DocumentSummary): string {
  const parts: string[] = [];
  if (s.sources.named) parts.push(`${s.sources.named} named`);
  if (s.sources.anonymous) parts.push(`${s.sources.anonymous} anonymous`);
  if (s.sources.vague) parts.push(`${s.sources.vague} vague`);
  return parts.length ? parts.join(', ') : 'none';
}

/** The summary as Markdown (a hover, or the factcheck.showSummary result). */
export function summaryMarkdown(s: DocumentSummary): string {
  const lines = ['**Document summary** · factcheck', ''];
  lines.push(`- **Claims:** ${s.claims}${s.claims ? ` (${s.checkable} checkable, ${s.uncheckable} not checkable)` : ''}`);
  lines.push(`- **Attributed claims:** ${s.attributedClaims} of ${s.claims}`);
  lines.push(`- **Attributions:** ${s.attributions}${s.agentless ? ` (${s.agentless} with no agent)` : ''}`);
  lines.push(`- **Sources:** ${sourcesText(s)}`);
  lines.push(`- **Secondhand:** ${s.secondhand} of ${plural(s.attributions, 'attribution')}${s.attributions ? ` (${percent(s.secondhandShare)})` : ''}`);
  return lines.join('\n');
}

/** One line for the CLI: "12 claims (9 checkable), 7 attributed; sources: 4 named, 1 anonymous; 2 of 10 attributions secondhand (20%)". */
export function summaryLine(s: DocumentSummary): string {
  const claims = `${plural(s.claims, 'claim')} (${s.checkable} checkable), ${s.attributedClaims} attributed`;
  const second = `${s.secondhand} of ${plural(s.attributions, 'attribution')} secondhand${s.attributions ? ` (${percent(s.secondhandShare)})` : ''}`;
  return `${claims}; sources: ${sourcesText(s)}; ${second}`;
}
