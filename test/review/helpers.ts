// Shared helpers for the claim-review tests.
import { ClaimDocument, type ClaimDocumentOptions } from '../../server/src/review/store';

let seq = 0;
/** Deterministic options: a fixed clock that ticks one minute per call, sequential ids. */
export function fixedOpts(extra: ClaimDocumentOptions = {}): ClaimDocumentOptions {
  let t = Date.parse('2025-03-01T09:00:00Z');
  return {
    now: () => new Date((t += 60_000)),
    newId: () => `urn:uuid:00000000-0000-4000-8000-${String(++seq).padStart(12, '0')}`,
    user: 'Test Checker',
    ...extra,
  };
}

/** Offsets of the n-th (0-based) occurrence of `quote` in `text`; throws when absent (a broken fixture). */
export function find(text: string, quote: string, nth = 0): { start: number; end: number } {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(quote, i + 1);
    if (i < 0) throw new Error(`fixture: "${quote}" occurrence ${nth} not in text`);
  }
  return { start: i, end: i + quote.length };
}

/** A document with one claim marked on `quote`; returns the document and the claim id. */
export function withClaim(text: string, quote: string, nth = 0): { doc: ClaimDocument; id: string } {
  const doc = new ClaimDocument(text, undefined, fixedOpts());
  const id = doc.add(find(text, quote, nth)).id;
  return { doc, id };
}

/** The text a claim currently covers. */
export function covered(doc: ClaimDocument, id: string): string {
  const c = doc.get(id)!;
  return doc.text.slice(c.anchor.start, c.anchor.end);
}
