// The factcheck.showSummary result (Markdown from the server) as an information message: a one-line
// message and a plain-text detail. Pure (no vscode import) so it is unit-tested.

/** Markdown emphasis and backslash escapes removed; list markers kept as "•". */
export function plainText(md: string): string {
  return md
    .replace(/\*\*(.*?)\*\*/g, '$1')
    .replace(/\\([\\`*_{}[\]()<>#+!|~-])/g, '$1')
    .replace(/^- /gm, '• ');
}

/** { message: "factcheck: document summary", detail: the summary lines } for showInformationMessage. */
export function summaryMessage(md: string): { message: string; detail: string } {
  const lines = plainText(md).split('\n');
  const title = (lines.shift() ?? '').replace(/\s*·\s*factcheck\s*$/, '').trim();
  return { message: `factcheck: ${title ? title[0].toLowerCase() + title.slice(1) : 'document summary'}`, detail: lines.join('\n').trim() };
}
