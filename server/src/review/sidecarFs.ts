// Node file operations for the sidecar: read with a typed result, and an atomic write that refuses to
// replace a file it could not read. (The pure parts live in sidecar.ts; a browser build would put a
// workspace.fs-backed implementation of the same two functions beside this one.)
//
// Write protocol: temp file in the same directory (same file system, so rename is atomic) ->
// write -> fsync -> rename over the target -> fsync the directory (best effort). A crash leaves either
// the old file or the new one, never half of one; the temp file is removed on any failure.
import { randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { sidecarPathFor, type Sidecar } from './model';
import { parseSidecar, serializeSidecar, type SidecarError } from './sidecar';

/** A sidecar larger than this is refused (a sidecar holds claims, not articles). */
export const MAX_SIDECAR_BYTES = 32 * 1024 * 1024;

export type ReadSidecarResult =
  | { kind: 'missing'; path: string }
  | { kind: 'ok'; path: string; sidecar: Sidecar; warnings: string[]; /** The file's text, for conflict checks on write. */ raw: string }
  | { kind: 'error'; path: string; error: SidecarError };

/** Reads and validates a sidecar file. Never throws; never modifies the file. */
export async function readSidecar(sidecarPath: string): Promise<ReadSidecarResult> {
  let raw: string;
  try {
    const st = await fsp.stat(sidecarPath);
    if (!st.isFile()) return { kind: 'error', path: sidecarPath, error: { kind: 'io', message: 'not a regular file' } };
    if (st.size > MAX_SIDECAR_BYTES) {
      return { kind: 'error', path: sidecarPath, error: { kind: 'io', message: `too large (${st.size} bytes, the limit is ${MAX_SIDECAR_BYTES}); the file was left untouched` } };
    }
    raw = await fsp.readFile(sidecarPath, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'missing', path: sidecarPath };
    return { kind: 'error', path: sidecarPath, error: { kind: 'io', message: `cannot read it (${code ?? (e as Error).message})` } };
  }
  const r = parseSidecar(raw);
  if (!r.ok) return { kind: 'error', path: sidecarPath, error: r.error };
  return { kind: 'ok', path: sidecarPath, sidecar: r.sidecar, warnings: r.warnings, raw };
}

/** Reads `<article>.factcheck.json`. */
export function readSidecarForArticle(articlePath: string): Promise<ReadSidecarResult> {
  return readSidecar(sidecarPathFor(articlePath));
}

/** One line for the user: "<file>: <what is wrong>". */
export function formatReadError(r: Extract<ReadSidecarResult, { kind: 'error' }>): string {
  return `${r.path}: ${r.error.message}`;
}

export type WriteRefusal = 'unreadable-existing' | 'conflict' | 'io';

export class SidecarWriteError extends Error {
  override name = 'SidecarWriteError';
  constructor(readonly code: WriteRefusal, message: string) {
    super(message);
  }
}

export interface WriteOptions {
  /**
   * What the caller last read from the file (`raw` of readSidecar), or null if it found no file. When
   * given, the write is refused with code `conflict` if the file changed on disk since (someone pulled or
   * edited it): the caller should reload rather than overwrite.
   */
  expected?: string | null;
}

/**
 * Writes a sidecar atomically. Refuses (SidecarWriteError, the file untouched) when the existing file
 * does not parse as a sidecar this version can read (corrupt, wrong shape, newer format), or when it
 * changed since `expected`. Returns the text written.
 */
export async function writeSidecarAtomic(sidecarPath: string, sidecar: Sidecar, opts: WriteOptions = {}): Promise<string> {
  const data = serializeSidecar(sidecar);
  let target = sidecarPath;
  let mode: number | undefined;
  // Follow a symlink so that the link stays a link and its target is replaced.
  try {
    const l = await fsp.lstat(sidecarPath);
    if (l.isSymbolicLink()) target = await fsp.realpath(sidecarPath);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new SidecarWriteError('io', `${sidecarPath}: cannot check the file (${(e as NodeJS.ErrnoException).code})`);
  }
  let existing: string | null = null;
  try {
    const st = await fsp.stat(target);
    if (!st.isFile()) throw new SidecarWriteError('io', `${sidecarPath}: not a regular file; not written`);
    mode = st.mode & 0o777;
    existing = await fsp.readFile(target, 'utf8');
  } catch (e) {
    if (e instanceof SidecarWriteError) throw e;
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new SidecarWriteError('io', `${sidecarPath}: cannot read the existing file (${(e as NodeJS.ErrnoException).code}); not written`);
  }
  if (existing !== null) {
    const r = parseSidecar(existing);
    if (!r.ok) throw new SidecarWriteError('unreadable-existing', `${sidecarPath}: refusing to overwrite: ${r.error.message}`);
  }
  if (opts.expected !== undefined && opts.expected !== existing) {
    throw new SidecarWriteError('conflict', existing === null
      ? `${sidecarPath}: the file was deleted since it was read; not written`
      : `${sidecarPath}: the file changed on disk since it was read; reload before saving claims`);
  }
  const dir = path.dirname(target);
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let created = false;
  try {
    const fh = await fsp.open(tmp, 'wx', mode ?? 0o666);
    created = true;
    try {
      await fh.writeFile(data, 'utf8');
      await fh.sync();
    } finally {
      await fh.close();
    }
    if (mode !== undefined) await fsp.chmod(tmp, mode).catch(() => undefined);
    await fsp.rename(tmp, target);
    created = false;
  } catch (e) {
    if (created) await fsp.unlink(tmp).catch(() => undefined);
    throw new SidecarWriteError('io', `${sidecarPath}: cannot write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); the previous file is unchanged`);
  }
  // Make the rename itself durable. Not possible on every platform (Windows): best effort.
  try {
    const dh = await fsp.open(dir, 'r');
    try {
      await dh.sync();
    } finally {
      await dh.close();
    }
  } catch {
    /* directory fsync unsupported */
  }
  return data;
}
