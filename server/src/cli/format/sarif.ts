// `scan --format sarif`: SARIF 2.1.0 (one run). Columns are 1-based UTF-16 code units, which is SARIF's
// default columnKind (utf16CodeUnits); charOffset/charLength are the same UTF-16 offsets as the JSON.
import type * as Sarif from 'sarif';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { truncationMessage } from '../../check';
import type { Analysis, Severity } from '../../engine/types';
import { MAX_FILE_SIZE_CODE } from '../../shared/protocol';
import { cliRule } from '../rules';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export type SarifInput =
  | { path: string; text: string; analysis: Analysis; error?: undefined }
  | { path: string; error: string };

const LEVEL: Record<Severity, Sarif.Result.level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** A relative URI reference for a file path ("seeds/a b.txt" -> "seeds/a%20b.txt"). */
export function pathUri(p: string): string {
  const posix = p.replace(/\\/g, '/');
  return posix.split('/').map((seg, i) => (i === 0 && /^[A-Za-z]:$/.test(seg) ? seg : encodeURIComponent(seg))).join('/');
}

export function sarifLog(files: SarifInput[], toolVersion: string): Sarif.Log {
  const rules = new Map<string, Sarif.ReportingDescriptor>();
  const results: Sarif.Result[] = [];
  const notifications: Sarif.Notification[] = [];
  // Rules as they occur, with the rule list's description and default level (a finding's own level
  // may differ when a setting overrides it).
  const ruleIndex = (id: string) => {
    if (!rules.has(id)) {
      const r = cliRule(id);
      rules.set(id, { id, shortDescription: { text: r.description }, defaultConfiguration: { level: LEVEL[r.severity] ?? 'warning' } });
    }
    return [...rules.keys()].indexOf(id);
  };
  for (const f of files) {
    const uri = pathUri(f.path);
    if (f.error !== undefined) {
      notifications.push({ level: 'error', message: { text: `${f.path}: ${f.error}` }, locations: [{ physicalLocation: { artifactLocation: { uri } } }] });
      continue;
    }
    const doc = TextDocument.create('file:///x', 'plaintext', 0, f.text);
    const region = (start: number, end: number): Sarif.Region => {
      const s = doc.positionAt(start);
      const e = doc.positionAt(Math.max(start, end));
      return {
        startLine: s.line + 1, startColumn: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1,
        charOffset: start, charLength: Math.max(0, end - start),
      };
    };
    const add = (rule: string, severity: Severity, start: number, end: number, message: string) =>
      results.push({
        ruleId: rule, ruleIndex: ruleIndex(rule), level: LEVEL[severity] ?? 'warning', message: { text: message },
        locations: [{ physicalLocation: { artifactLocation: { uri }, region: region(start, end) } }],
      });
    for (const fd of f.analysis.findings) add(fd.rule, fd.severity, fd.start, fd.end, fd.message);
    const t = f.analysis.truncated;
    if (t) add(MAX_FILE_SIZE_CODE, 'information', t.at, t.at, truncationMessage(t.at, f.text.length).replace('factcheck.maxFileSize', '--max-file-size'));
  }
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'factcheck', version: toolVersion, semanticVersion: toolVersion, rules: [...rules.values()] } },
      columnKind: 'utf16CodeUnits',
      invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
      results,
    }],
  };
}
