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
    case 'ELOOP': return 'too many symbolic links';
    case 'EMFILE': case 'ENFILE': return 'too many open files';
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
    else out.push({ path: given });
  }
  return out;
}

export type ReadResult = { text: string; error?: undefined } | { text?: undefined; error: string };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }); // ignoreBOM false = strip a leading BOM

/** Reads a file as UTF-8 text without its BOM; binary (NUL bytes) and invalid UTF-8 are errors. */
export function readText(file: string): ReadResult {
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file);
  } catch (e) {
    return { error: errorText(e) };
  }
  if (buf.includes(0)) return { error: 'binary file (contains NUL bytes), skipped' };
  try {
    return { text: decoder.decode(buf) };
  } catch {
    return { error: 'not valid UTF-8 text, skipped' };
  }
}
