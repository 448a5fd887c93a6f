// Node file access for the claim store (features/claims.ts ClaimFiles): the sidecar next to a
// file: URI's article, read and written with the review core's sidecarFs (typed read result; atomic,
// conflict-checked write that never replaces a file it cannot read). Only the Node server entry
// imports this; a browser server runs without it (claims in memory) or with a client-backed one.
import { fileURLToPath } from 'node:url';
import { sidecarPathFor } from '../review/model';
import { formatReadError, readSidecar, writeSidecarAtomic } from '../review/sidecarFs';
import type { ClaimFiles, SidecarReadResult } from './claims';

export const nodeClaimFiles: ClaimFiles = {
  sidecarPath(uri: string): string | null {
    if (!/^file:/i.test(uri)) return null;
    try {
      return sidecarPathFor(fileURLToPath(uri));
    } catch {
      return null;
    }
  },
  async read(sidecarPath: string): Promise<SidecarReadResult> {
    const r = await readSidecar(sidecarPath);
    if (r.kind === 'error') return { kind: 'error', error: r.error, message: formatReadError(r) };
    return r;
  },
  write(sidecarPath, sidecar, expected) {
    return writeSidecarAtomic(sidecarPath, sidecar, { expected });
  },
};
