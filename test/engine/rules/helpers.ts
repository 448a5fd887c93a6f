// Helpers for the rule tests: what a rule flags in a short text, as the flagged substrings.
import { analyze, type AnalyzeOptions, type Finding } from '../../../server/src/engine';

export function findings(text: string, rule: string, options: AnalyzeOptions = {}): Finding[] {
  return analyze(text, options).findings.filter((f) => f.rule === rule);
}

/** The flagged text of every finding of `rule`. */
export function flagged(text: string, rule: string, options: AnalyzeOptions = {}): string[] {
  return findings(text, rule, options).map((f) => text.slice(f.start, f.end));
}

/** The messages of every finding of `rule`. */
export function messages(text: string, rule: string): string[] {
  return findings(text, rule).map((f) => f.message);
}
