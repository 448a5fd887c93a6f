// The rule ids factcheck knows about, with a one-line description and the default severity: the
// source of the `factcheck.rules` properties in package.json (test/server/manifest.test.ts keeps the
// two in step, and checks that every rule the engine reports is listed here). Pure data.
import type { Severity } from '../engine/types';

export interface RuleInfo {
  id: string;
  description: string;
  severity: Severity;
}

export const KNOWN_RULES: readonly RuleInfo[] = Object.freeze([
  { id: 'unattributed-quote', severity: 'warning', description: 'A quotation with no speaker.' },
  { id: 'secondhand', severity: 'warning', description: 'A quote or claim that reached the article through another outlet, not first hand.' },
  { id: 'invalid-directive', severity: 'warning', description: 'A factcheck-… ignore comment that factcheck cannot read (unknown name or bad rule list).' },
]);

export const isKnownRule = (id: string): boolean => KNOWN_RULES.some((r) => r.id === id);
