// Finding and reading the files `factcheck scan` checks. Every failure becomes one readable line,
// never an exception.
import fs from 'node:fs';
import path from 'node:path';

/** Extensions scanned when a folder is given (a file named explicitly is scanned whatever its name). */
export const SCANNED_EXTENSIONS = ['.txt', '.md', '.markdown'];
const SKIPPED_FOLDERS = new Set(['node_modules']);

export function languageOf(file: string): 'markdown' | 'plaintext' {
  return /\.(md|markdown|mdown|mkd)$/i.test(file) ? 'markdown' : 'plaintext';
}

export function errorText(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or folder';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a folder';
    case 'ELOOP': return 'too many symbolic links (a link loop?)';
    case 'EMFILE': case 'ENFILE': return 'too many open files';
    case 'ENOTDIR': return 'a part of the path is not a folder';
    case 'ENXIO': case 'ENODEV': return 'not a regular file (a socket or device), skipped';
    case 'EIO': return 'input/output error';
    case 'ENAMETOOLONG': return 'path too long';
    default: return e instanceof Error ? e.message.split('\n')[0] : String(e);
  }
}

export type Target = { path: string; error?: undefined } | { path: string; error: string };

/** Expands the command-line paths into files (folders recursively, sorted, skipping dot folders and node_modules). */
export function collectTargets(paths: string[]): Target[] {
  const out: Target[] = [];
  const seenDirs = new Set<string>();
  const walk = (dir: string) => {
    let real: string;
    try {
      real = fs.realpathSync(dir);
    } catch (e) {
      out.push({ path: dir, error: errorText(e) });
      return;
    }
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      out.push({ path: dir, error: errorText(e) });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const ent of entries) {
      const p = path.join(dir, ent.name);
      let isDir = ent.isDirectory();
      let isFile = ent.isFile();
      if (ent.isSymbolicLink()) {
        try {
          const st = fs.statSync(p);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          continue; // dangling link inside a folder: not something the user asked for
        }
      }
      if (isDir) {
        if (!ent.name.startsWith('.') && !SKIPPED_FOLDERS.has(ent.name)) walk(p);
      } else if (isFile && SCANNED_EXTENSIONS.includes(path.extname(ent.name).toLowerCase())) {
        out.push({ path: p });
      }
    }
  };
  for (const given of paths) {
    let st: fs.Stats;
    try {
      st = fs.statSync(given);
    } catch (e) {
      out.push({ path: given, error: errorText(e) });
      continue;
    }
    if (st.isDirectory()) walk(given);
    else if (st.isFile()) out.push({ path: given });
    else out.push({ path: given, error: `not a regular file (${kindOf(st)}), skipped` });
  }
  return out;
}

function kindOf(st: fs.Stats): string {
  return st.isFIFO() ? 'a named pipe' : st.isSocket() ? 'a socket' : st.isCharacterDevice() || st.isBlockDevice() ? 'a device' : 'not a file';
}

export type ReadResult = { text: string; error?: undefined } | { text?: undefined; error: string };

/** Files larger than this are refused (one line), never read into memory. */
export const MAX_READ_BYTES = 64 * 1024 * 1024;

/**
 * Reads a file as UTF-8 text without its BOM; binary (NUL bytes) and invalid UTF-8 are errors.
 * Never blocks on a named pipe and never reads a device (the file is opened non-blocking and must be
 * a regular file); a file over MAX_READ_BYTES is an error, not read.
 */
export function readText(file: string, maxBytes = MAX_READ_BYTES): ReadResult {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    const st = fs.fstatSync(fd);
    if (!st.isFile()) return { error: `not a regular file (${kindOf(st)}), skipped` };
    if (st.size > maxBytes) {
      const mb = (n: number) => `${(n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MB`;
      return { error: `too large (${mb(st.size)}; factcheck reads files up to ${mb(maxBytes)}), skipped` };
    }
    // Read what fstat promised (a file growing meanwhile is read up to that size).
    const want = st.size;
    const buf = Buffer.alloc(want);
    let got = 0;
    while (got < want) {
      const n = fs.readSync(fd, buf, got, want - got, null);
      if (n === 0) break;
      got += n;
    }
    const bytes = got < want ? buf.subarray(0, got) : buf;
    if (bytes.includes(0)) return { error: 'binary file (contains NUL bytes), skipped' };
    try {
      // ignoreBOM false = strip a leading BOM
      return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
    } catch {
      return { error: 'not valid UTF-8 text, skipped' };
    }
  } catch (e) {
    return { error: errorText(e) };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
