// `factcheck scan [--format text|json|sarif] [--max-file-size N] PATH...`
import { check } from '../check';
import { DEFAULT_SETTINGS } from '../shared/settings';
import type { CliIO } from './claims';
import { collectTargets, languageOf, readText } from './files';
import { fileJson, scanJson, type ScanJsonFile } from './format/json';
import { sarifLog, type SarifInput } from './format/sarif';
import { textLines } from './format/text';
import { combineSummaries, summarize, summaryLine, type DocumentSummary } from '../summary';

export const SCAN_USAGE = `Usage: factcheck scan [options] PATH...

Finds quotes, claims and their sources in .txt and .md files (folders are searched recursively)
and reports sourcing problems.

Options:
  -f, --format text|json|sarif   output format (default text)
      --max-file-size N          check at most N characters of each file (default: no limit)
  -h, --help                     show this help

Text output: path:line:col severity rule message (1-based; col counts UTF-16 code units); the
last line counts findings and files, then sums up claims, sources and the secondhand share.
Exit status: 0 when every file was scanned (findings are not errors); 2 on bad usage or when a file
could not be read (missing, unreadable, not a regular file, binary, not UTF-8 or over 64 MB); the
other files are still scanned. Files over 750,000 characters are analysed in pieces of about
500,000, cut at paragraph breaks (bounded memory; context does not carry across a cut).
`;

export class UsageError extends Error {}

/** Files longer than 1.5 times this are analysed in pieces of about this many characters (check.ts), to bound memory. */
export const PIECE_CHARS = 500_000;

interface ScanArgs {
  format: 'text' | 'json' | 'sarif';
  maxFileSize: number;
  paths: string[];
  help: boolean;
}

export function parseScanArgs(argv: string[]): ScanArgs {
  const out: ScanArgs = { format: 'text', maxFileSize: Infinity, paths: [], help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (name: string) => {
      const eq = a.indexOf('=');
      if (eq >= 0) return a.slice(eq + 1);
      if (i + 1 >= argv.length) throw new UsageError(`${name} needs a value`);
      return argv[++i];
    };
    if (a === '--') {
      out.paths.push(...argv.slice(i + 1));
      break;
    } else if (a === '-h' || a === '--help') out.help = true;
    else if (a === '-f' || a === '--format' || a.startsWith('--format=')) {
      const v = value('--format');
      if (v !== 'text' && v !== 'json' && v !== 'sarif') throw new UsageError(`unknown format "${v}" (use text, json or sarif)`);
      out.format = v;
    } else if (a === '--max-file-size' || a.startsWith('--max-file-size=')) {
      const v = value('--max-file-size');
      const n = Number(v);
      if (!/^\d+$/.test(v) || n < 1) throw new UsageError(`--max-file-size needs a positive whole number, got "${v}"`);
      out.maxFileSize = n;
    } else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else out.paths.push(a);
  }
  if (!out.help && out.paths.length === 0) throw new UsageError('no PATH given');
  return out;
}

export async function scanCommand(argv: string[], io: CliIO, version: string): Promise<number> {
  const args = parseScanArgs(argv);
  if (args.help) {
    io.stdout(SCAN_USAGE);
    return 0;
  }
  const settings = { ...DEFAULT_SETTINGS, maxFileSize: args.maxFileSize };
  // Each file's output is made as soon as it is analysed and its text and analysis dropped (SARIF,
  // one document, keeps them to the end), so memory is bounded by the largest file, not the folder.
  const sarifInputs: SarifInput[] = [];
  const jsonFiles: ScanJsonFile[] = [];
  let failed = 0;
  let findings = 0;
  let scanned = 0;
  const summaries: DocumentSummary[] = [];
  for (const target of collectTargets(args.paths)) {
    const read = target.error === undefined ? readText(target.path) : { error: target.error };
    if (read.error !== undefined) {
      failed++;
      io.stderr(`factcheck: ${target.path}: ${read.error}\n`);
      if (args.format === 'json') jsonFiles.push({ path: target.path, error: read.error });
      if (args.format === 'sarif') sarifInputs.push({ path: target.path, error: read.error });
      continue;
    }
    const analysis = check(read.text, languageOf(target.path), settings, { pieceChars: PIECE_CHARS, lean: args.format === 'text' });
    for (const e of analysis.errors) io.stderr(`factcheck: ${target.path}: engine stage ${e.stage} failed: ${e.message}\n`);
    scanned++;
    findings += analysis.findings.length;
    if (args.format === 'json') jsonFiles.push(fileJson(target.path, analysis, read.text));
    else if (args.format === 'sarif') sarifInputs.push({ path: target.path, text: read.text, analysis });
    else {
      summaries.push(summarize(read.text, analysis));
      const lines = textLines(target.path, read.text, analysis);
      if (lines.length) io.stdout(lines.join('\n') + '\n');
    }
  }
  if (args.format === 'json') io.stdout(scanJson(jsonFiles));
  else if (args.format === 'sarif') io.stdout(JSON.stringify(sarifLog(sarifInputs, version), null, 2) + '\n');
  else {
    const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
    const summary = scanned ? ` · ${summaryLine(combineSummaries(summaries))}` : '';
    io.stdout(`${plural(findings, 'finding')} in ${plural(scanned, 'file')}${failed ? `; ${failed} could not be read` : ''}${summary}\n`);
  }
  return failed ? 2 : 0;
}
