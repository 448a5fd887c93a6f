// `factcheck claims ...`: read an article's claim sidecar (`<FILE>.factcheck.json`), re-anchor the
// claims against the article as it is now, and print an export or a list. Read-only: never writes
// the sidecar.
//
// Exit codes: 0 done; 1 `export --format claimreview` left out claims that are not complete
// (each reason on stderr, the complete ones still on stdout); 2 bad usage, unreadable FILE, or a
// missing/corrupt/newer sidecar (one line on stderr).
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, exportClaims, formatIssue, type ExportFormat, type ExportOptions } from '../review/claimreview';
import { sidecarPathFor } from '../review/model';
import { formatReadError, readSidecar } from '../review/sidecarFs';
import { ClaimDocument } from '../review/store';

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

const USAGE = `usage: factcheck claims export --format claimreview|markdown|annotations [--org-name NAME] [--org-url URL] [--url ARTICLE_URL] [--include-unchecked] FILE
       factcheck claims list FILE
Reads FILE's claims from FILE${'.factcheck.json'} (written by the editor's "Mark claim").
`;

const FORMATS = EXPORT_FORMATS;
type Format = ExportFormat;
/** An article larger than this is refused (matches nothing a newsroom writes; protects memory). */
const MAX_ARTICLE_BYTES = 64 * 1024 * 1024;

class UsageError extends Error {}

/** Runs `factcheck claims <argv...>`; returns the exit code. */
export async function claimsCommand(argv: string[], io: CliIO): Promise<number> {
  try {
    return await run(argv, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`factcheck claims: ${e.message}\n`);
      return 2;
    }
    io.stderr(`factcheck claims: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}\n`);
    return 2;
  }
}

async function run(argv: string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
    (sub === undefined ? io.stderr : io.stdout)(USAGE);
    return sub === undefined ? 2 : 0;
  }
  if (sub !== 'export' && sub !== 'list') throw new UsageError(`unknown subcommand "${sub}" (expected export or list); see factcheck claims --help`);
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        'org-name': { type: 'string' },
        'org-url': { type: 'string' },
        url: { type: 'string' },
        'include-unchecked': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    throw new UsageError(`${(e as Error).message.split('\n')[0]}; see factcheck claims --help`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(positionals.length ? `expected one FILE, got ${positionals.length}` : 'missing FILE; see factcheck claims --help');
  const file = positionals[0];
  if (sub === 'list' && (values.format || values['org-name'] || values['org-url'] || values.url || values['include-unchecked'])) {
    throw new UsageError('list takes only FILE');
  }
  let format: Format = 'claimreview';
  if (sub === 'export') {
    if (!values.format) throw new UsageError(`missing --format (${FORMATS.join(', ')})`);
    if (!FORMATS.includes(values.format as Format)) throw new UsageError(`unknown format "${values.format}" (expected ${FORMATS.join(', ')})`);
    format = values.format as Format;
  }

  const text = await readArticle(file);
  const sc = await readSidecar(sidecarPathFor(file));
  if (sc.kind === 'missing') throw new UsageError(`${sc.path}: no claims file (mark claims in the editor first)`);
  if (sc.kind === 'error') throw new UsageError(formatReadError(sc));
  for (const w of sc.warnings) io.stderr(`warning: ${sc.path}: ${w}\n`);

  // Re-anchor in memory against the article as it is now (the sidecar is not written).
  const doc = new ClaimDocument(text, sc.sidecar);
  const sidecar = doc.toSidecar();
  if (!sidecar.document.path) sidecar.document.path = path.basename(file);

  if (sub === 'list') {
    io.stdout(listClaims(doc));
    return 0;
  }
  const opts: ExportOptions = { includeUnchecked: !!values['include-unchecked'] };
  if (values.url !== undefined) opts.articleUrl = values.url;
  if (values['org-name'] !== undefined || values['org-url'] !== undefined) opts.org = { name: values['org-name'] ?? '', ...(values['org-url'] !== undefined ? { url: values['org-url'] } : {}) };

  const r = exportClaims(format, sidecar, text, { ...opts, title: path.basename(file) });
  io.stdout(r.output);
  if (format !== 'claimreview') return 0;
  for (const i of r.issues) io.stderr(formatIssue(i, sidecar) + '\n');
  const total = sidecar.claims.length;
  io.stderr(`${r.exported} of ${total} claim${total === 1 ? '' : 's'} exported as ClaimReview${r.incomplete ? `, ${r.incomplete} incomplete (see errors above)` : ''}${total - r.exported - r.incomplete ? `, ${total - r.exported - r.incomplete} skipped by status` : ''}\n`);
  return r.incomplete ? 1 : 0;
}

async function readArticle(file: string): Promise<string> {
  try {
    const st = await fsp.stat(file);
    if (!st.isFile()) throw new UsageError(`${file}: not a file`);
    if (st.size > MAX_ARTICLE_BYTES) throw new UsageError(`${file}: too large (${st.size} bytes)`);
    const t = await fsp.readFile(file, 'utf8');
    // Editors drop a UTF-8 byte-order mark from the document text; offsets are counted without it.
    return t.charCodeAt(0) === 0xfeff ? t.slice(1) : t;
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

/** Line and column (1-based, UTF-16 columns) of an offset. */
function lineCol(text: string, offset: number): string {
  let line = 1, col = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) { line++; col = 1; } else if (c !== 13) col++;
  }
  return `${line}:${col}`;
}

function listClaims(doc: ClaimDocument): string {
  const views = doc.views();
  if (!views.length) return 'no claims\n';
  const out = views.map((v) => {
    const q = v.anchor.exact.replace(/\s+/g, ' ').trim();
    const quote = q.length > 60 ? q.slice(0, 59) + '…' : q;
    const where = v.anchor.state === 'orphan' ? 'orphan' : lineCol(doc.text, v.anchor.start);
    const state = v.anchor.state === 'anchored' || v.anchor.state === 'orphan' ? '' : ` [${v.anchor.state}]`;
    return `${where}\t${v.status}\t${v.verdict?.label ?? '-'}${state}\t"${quote}"`;
  });
  return out.join('\n') + '\n';
}
