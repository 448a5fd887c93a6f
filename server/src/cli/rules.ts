// Rule metadata for the CLI's SARIF output (tool.driver.rules), from the one rule list
// (shared/rules.ts, which reads the engine's registry). `max-file-size` is not a rule but a notice
// the CLI reports like one, so it is described here.
import { MAX_FILE_SIZE_CODE } from '../shared/protocol';
import { ruleInfo } from '../shared/rules';
import type { Severity } from '../engine/types';

export interface CliRuleInfo {
  id: string;
  description: string;
  severity: Severity;
}

const MAX_FILE_SIZE: CliRuleInfo = {
  id: MAX_FILE_SIZE_CODE,
  description: 'The file is longer than the size limit; only its beginning was checked.',
  severity: 'information',
};

/** Description and default severity of a rule id; an unknown id (never expected) gets a generic line. */
export function cliRule(id: string): CliRuleInfo {
  if (id === MAX_FILE_SIZE_CODE) return MAX_FILE_SIZE;
  const r = ruleInfo(id);
  return r ? { id, description: r.description, severity: r.severity } : { id, description: `factcheck rule ${id}.`, severity: 'warning' };
}
