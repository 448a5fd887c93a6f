// Every rule id factcheck reports, with its default severity and a one-line description. The single
// source of truth is the engine's rule registry (server/src/engine/rules/, RULES); the server adds
// only `invalid-directive` (unreadable ignore comments, directives.ts). Everything else derives from
// this list: the `factcheck.rules` properties in package.json (test/server/manifest.test.ts compares
// them with `ruleSettingSchema`), the CLI's SARIF rule metadata (cli/rules.ts) and the README's
// rules table (test/server/rules.test.ts checks it). Pure data, no editor imports.
import { INVALID_DIRECTIVE_RULE } from '../directives';
import { RULES } from '../engine/rules/index';
import type { Severity } from '../engine/types';
import { RULE_LEVELS } from './settings';

export interface RuleInfo {
  id: string;
  description: string;
  /** The default severity (a `factcheck.rules` setting overrides it). */
  severity: Severity;
  /** engine: a rule of the engine's registry; server: reported by check.ts (ignore comments). */
  origin: 'engine' | 'server';
}

/** Severity of `invalid-directive` findings unless `factcheck.rules` says otherwise. */
export const INVALID_DIRECTIVE_SEVERITY: Severity = 'warning';

export const KNOWN_RULES: readonly RuleInfo[] = Object.freeze([
  ...RULES.map((r): RuleInfo => ({ id: r.id, description: r.description, severity: r.defaultSeverity, origin: 'engine' })),
  {
    id: INVALID_DIRECTIVE_RULE,
    description: 'factcheck-… ignore comments that factcheck cannot read (unknown name or bad rule list).',
    severity: INVALID_DIRECTIVE_SEVERITY,
    origin: 'server',
  },
]);

export const isKnownRule = (id: string): boolean => KNOWN_RULES.some((r) => r.id === id);

export function ruleInfo(id: string): RuleInfo | undefined {
  return KNOWN_RULES.find((r) => r.id === id);
}

/** enumDescriptions for RULE_LEVELS, in the same order. */
export const RULE_LEVEL_DESCRIPTIONS: readonly string[] = [
  'Turn the rule off',
  'Report as an error',
  'Report as a warning',
  'Report as information',
  'Report as a hint (faint underline)',
];

/** The JSON schema of `factcheck.rules.<id>` in package.json for one rule. */
export function ruleSettingSchema(r: RuleInfo): Record<string, unknown> {
  return {
    type: 'string',
    enum: [...RULE_LEVELS],
    enumDescriptions: [...RULE_LEVEL_DESCRIPTIONS],
    default: r.severity,
    markdownDescription: `${r.description} Default: \`${r.severity}\`.`,
  };
}
