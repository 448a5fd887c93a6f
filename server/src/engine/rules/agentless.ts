// agentless: an attribution with no agent at all ("it is believed", "is expected to", "it is not
// clear", "is seen as"): the reader cannot tell whose belief, expectation, doubt or judgement it is.
// Not flagged: "seems to" / "appears to" (mostly the writer describing what someone did) and
// reporting nouns with no owner ("amid concerns that"); "reports that" is unsourced-report's.
import type { Attribution } from '../types';
import type { Rule } from './types';
import { excerpt } from './types';
import { AGENTLESS_GROUPS, dataLines } from './lexicon';

type Group = 'belief' | 'expectation' | 'unclear' | 'judgement' | 'appearance' | 'other';

let groups: { group: Group; words: string[] }[] | undefined;

function groupOf(lemma: string): Group {
  groups ??= dataLines(AGENTLESS_GROUPS).flatMap((l) => {
    const [group, ...rest] = l.split(/\s+/);
    return rest.join(' ').split('|').map((p) => ({ group: group as Group, words: p.trim().split(/\s+/) }));
  });
  const w = lemma.toLowerCase().replace(/\u2019/g, "'").split(/\s+/);
  for (const g of groups) {
    for (let i = 0; i + g.words.length <= w.length; i++) if (g.words.every((x, k) => w[i + k] === x)) return g.group;
  }
  return 'other';
}

const ASK: Record<Group, string> = {
  belief: 'believed by whom? Name who believes or says it, or check it and state it with the evidence.',
  expectation: 'expected by whom? Say who expects it (officials, a schedule, a forecast).',
  unclear: 'unclear to whom? Say who could not or would not confirm it ("the ministry did not say whether …").',
  judgement: 'by whom? Name who sees it that way, or attribute the judgement.',
  appearance: 'on what evidence? Say who concludes it or what shows it.',
  other: 'whose? Say who holds it, or attribute it.',
};

const FLAGGED = new Set<Group>(['belief', 'expectation', 'unclear', 'judgement']);

export function agentlessMessage(text: string, a: Attribution): string {
  const cue = a.cue ? excerpt(text, a.cue) : 'this';
  return `No agent: "${cue}" — ${ASK[groupOf(a.cueLemma ?? cue)]}`;
}

export const agentless: Rule = {
  id: 'agentless',
  defaultSeverity: 'information',
  description: 'Attributions with no agent ("it is believed", "is expected to", "it is not clear").',
  check(ctx) {
    const out = [];
    for (const a of ctx.analysis.attributions) {
      if (a.sourceKind !== 'agentless' || !a.cue || a.cueKind !== 'agentless') continue;
      const group = groupOf(a.cueLemma ?? '');
      // "seems to", "appears to" usually describe what someone did ("appeared to blame"); a noun
      // with no owner ("amid concerns that") is not a claim of knowledge; reports are unsourced-report's
      if (!FLAGGED.has(group)) continue;
      out.push({ start: a.cue.start, end: a.cue.end, attribution: a.id, message: agentlessMessage(ctx.text, a) });
    }
    return out;
  },
};
