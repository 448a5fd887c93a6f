// `scan --format text`: one line per finding, like a compiler:
//   path:line:col severity rule message
// line and col are 1-based; col counts UTF-16 code units (what JavaScript, VS Code and LSP count).
import { TextDocument } from 'vscode-languageserver-textdocument';
import { truncationMessage } from '../../check';
import type { Analysis } from '../../engine/types';
import { MAX_FILE_SIZE_CODE } from '../../shared/protocol';

export function textLines(path: string, text: string, analysis: Analysis): string[] {
  const doc = TextDocument.create('file:///x', 'plaintext', 0, text);
  const at = (offset: number) => {
    const p = doc.positionAt(offset);
    return `${p.line + 1}:${p.character + 1}`;
  };
  const lines = analysis.findings.map((f) => `${path}:${at(f.start)} ${f.severity} ${f.rule} ${f.message.replace(/\s+/g, ' ')}`);
  if (analysis.truncated)
    lines.push(`${path}:${at(analysis.truncated.at)} information ${MAX_FILE_SIZE_CODE} ${truncationMessage(analysis.truncated.at, text.length).replace('factcheck.maxFileSize', '--max-file-size')}`);
  return lines;
}
