// The rule registry: every rule the engine runs, and the runner that applies options.rules
// ({ [id]: { enabled?, severity? } }) and keeps one rule's failure from stopping the others.
import type { AnalyzeOptions, Finding } from '../types';
import type { Rule, RuleContext } from './types';
import { secondhand } from './secondhand';
import { unattributedQuote } from './unattributed-quote';
import { inferredAttribution } from './inferred-attribution';
import { vagueSource } from './vague-source';
import { unsourcedReport } from './unsourced-report';
import { unattributedClaim } from './unattributed-claim';
import { anonymousSource } from './anonymous-source';
import { agentless } from './agentless';
import { hedge } from './hedge';
import { loadedCue } from './loaded-cue';
import { singleSource } from './single-source';

export const RULES: readonly Rule[] = [
  secondhand,
  unattributedQuote,
  inferredAttribution,
  anonymousSource,
  vagueSource,
  agentless,
  unsourcedReport,
  hedge,
  loadedCue,
  unattributedClaim,
  singleSource,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}

export function runRules(ctx: RuleContext, options: AnalyzeOptions, errors: { stage: string; message: string }[]): Finding[] {
  const out: Finding[] = [];
  if (!ctx.options) ctx = { ...ctx, options };
  for (const rule of RULES) {
    const setting = options.rules?.[rule.id];
    if (setting?.enabled === false) continue;
    const severity = setting?.severity ?? rule.defaultSeverity;
    try {
      for (const f of rule.check(ctx)) out.push({ rule: rule.id, severity, ...f });
    } catch (e) {
      errors.push({ stage: `rule ${rule.id}`, message: e instanceof Error ? e.message : String(e) });
    }
  }
  out.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
  return out;
}

export type { Rule, RuleContext, RuleFinding } from './types';
