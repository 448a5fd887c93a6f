// One call from every face (language server, CLI, tests) into the engine: settings in, an Analysis
// whose findings already honour the per-rule settings out, plus its LSP diagnostics. Pure: no
// connection, no fs, so a browser server can reuse it.
import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { applyDirectives, INVALID_DIRECTIVE_RULE } from './directives';
import { analyze } from './engine';
import type { Analysis, Finding, Severity } from './engine/types';
import { DIAGNOSTIC_SOURCE, MAX_FILE_SIZE_CODE } from './shared/protocol';
import { INVALID_DIRECTIVE_SEVERITY } from './shared/rules';
import { DEFAULT_SETTINGS, engineRules, type FactcheckSettings, type RuleLevel } from './shared/settings';

export type CheckSettings = Pick<FactcheckSettings, 'rules' | 'lexicon' | 'maxFileSize'>;

/** LSP DiagnosticSeverity numbers (Error 1 .. Hint 4). */
export const SEVERITY_NUMBER: Record<Severity, 1 | 2 | 3 | 4> = { error: 1, warning: 2, information: 3, hint: 4 };

/** Applies "off" / severity overrides to findings (the engine may honour options.rules too; this is idempotent). */
export function applyRuleLevels(findings: Finding[], rules: Record<string, RuleLevel>): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const level = Object.prototype.hasOwnProperty.call(rules, f.rule) ? rules[f.rule] : undefined;
    if (level === 'off') continue;
    out.push(level ? { ...f, severity: level } : f);
  }
  return out;
}

/**
 * Runs the engine on `text` with the settings; findings are filtered by inline ignore comments
 * (directives.ts) and re-levelled per `settings.rules`.
 */
export function check(text: string, languageId: string, settings: CheckSettings = DEFAULT_SETTINGS): Analysis {
  const analysis = analyze(text, {
    languageId,
    rules: engineRules(settings.rules),
    lexicon: settings.lexicon,
    maxLength: settings.maxFileSize,
  });
  // The engine contract says it cuts at maxLength; enforce it here too so the notice is never lost.
  if (!analysis.truncated && text.length > settings.maxFileSize)
    analysis.truncated = { at: settings.maxFileSize, reason: `text longer than ${settings.maxFileSize} characters` };
  // Inline ignore comments (directives.ts) in the analysed part of the text; unreadable ones are findings.
  const analysed = analysis.truncated ? text.slice(0, analysis.truncated.at) : text;
  const findings = applyDirectives(analysis.findings, analysed, languageId, (p): Finding => ({
    rule: INVALID_DIRECTIVE_RULE, severity: INVALID_DIRECTIVE_SEVERITY, start: p.start, end: p.end, message: p.message,
  }));
  return { ...analysis, findings: applyRuleLevels(findings, settings.rules) };
}

/** The message shown when only a prefix was analysed. */
export function truncationMessage(at: number, length: number): string {
  const n = (x: number) => x.toLocaleString('en-US');
  return `factcheck checked only the first ${n(at)} of ${n(length)} characters (factcheck.maxFileSize); nothing after this point was checked.`;
}

/** Findings as LSP diagnostics (UTF-16 positions via the document), plus the large-file notice. */
export function toDiagnostics(doc: TextDocument, analysis: Analysis): Diagnostic[] {
  const length = doc.getText().length;
  const clamp = (x: number) => Math.max(0, Math.min(length, Number.isFinite(x) ? x : 0));
  const diagnostics: Diagnostic[] = analysis.findings.map((f) => {
    const start = clamp(f.start);
    const end = Math.max(start, clamp(f.end));
    return {
      range: { start: doc.positionAt(start), end: doc.positionAt(end) },
      severity: SEVERITY_NUMBER[f.severity] ?? 2,
      source: DIAGNOSTIC_SOURCE,
      code: f.rule,
      message: f.message,
    };
  });
  if (analysis.truncated) {
    const at = clamp(analysis.truncated.at);
    const text = doc.getText();
    const eol = text.slice(at).search(/[\r\n]/);
    diagnostics.push({
      range: { start: doc.positionAt(at), end: doc.positionAt(eol < 0 ? length : at + eol) },
      severity: 3,
      source: DIAGNOSTIC_SOURCE,
      code: MAX_FILE_SIZE_CODE,
      message: truncationMessage(at, length),
    });
  }
  return diagnostics;
}
