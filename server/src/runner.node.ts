// The Node server's analysis runner: analyses run in a worker thread, so the language server's
// message loop stays free (hover, completion of other requests, cancellation) while a large document
// is analysed. The worker is the server bundle itself started with workerData { factcheck: 'analysis' }
// (node.ts dispatches on it), so no second bundle is needed.
//
// Cancellation: each request gets an id; a shared Int32Array holds, per document slot, the id of the
// newest request. The worker checks it before a run and between pieces of work (DocumentChecker's
// shouldStop), so a keystroke abandons the analysis of the previous version instead of queueing
// behind it. If the worker dies (a crash, out of memory), the requests in flight reject with one
// clear message and the next request starts a new worker.
import { deserialize, serialize } from 'node:v8';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Analysis } from './engine/types';
import { createChecker, type AnalysisRequest, type AnalysisRunner, type DocumentChecker } from './runner';

const SLOTS = 4096;
const WORKER_ROLE = 'analysis';

/**
 * The large parts of an Analysis travel from the worker as serialized bytes (v8.serialize: the same
 * structured clone postMessage does) and are deserialized on the server's thread only when something
 * reads them: publishing diagnostics reads the findings alone, so an edit of a large document does not
 * pay for rebuilding thousands of attributions and claims on the message loop (a 1 MB document's
 * analysis is ~5 MB serialized, ~60 ms to deserialize) unless a hover or the Sources view asks.
 */
const LAZY_PARTS = ['paragraphs', 'sentences', 'attributions', 'entities', 'claims', 'unattributedQuotes'] as const;
type Packed = { keys: string[]; head: Record<string, unknown>; parts: Record<string, Uint8Array> };

export function packAnalysis(a: Analysis): Packed {
  const keys = Object.keys(a);
  const head: Record<string, unknown> = {};
  const parts: Record<string, Uint8Array> = {};
  for (const k of keys) {
    const v = (a as unknown as Record<string, unknown>)[k];
    if ((LAZY_PARTS as readonly string[]).includes(k)) parts[k] = serialize(v);
    else head[k] = v;
  }
  return { keys, head, parts };
}

/** The Analysis of packAnalysis (same keys, same order): each large part is deserialized on first read, then a plain property. */
export function unpackAnalysis(p: Packed): Analysis {
  const a: Record<string, unknown> = {};
  for (const k of p.keys) {
    if (!Object.prototype.hasOwnProperty.call(p.parts, k)) {
      a[k] = p.head[k];
      continue;
    }
    const settle = (value: unknown) => {
      Object.defineProperty(a, k, { value, writable: true, enumerable: true, configurable: true });
      return value;
    };
    Object.defineProperty(a, k, { enumerable: true, configurable: true, get: () => settle(deserialize(p.parts[k])), set: settle });
  }
  return a as unknown as Analysis;
}

type ToWorker =
  | { type: 'run'; id: number; slot: number; req: AnalysisRequest }
  | { type: 'forget'; uri: string };
type FromWorker = { id: number; packed?: Packed; superseded?: boolean; error?: string };

/** True in the analysis worker (node.ts then runs `runAnalysisWorker` instead of the server). */
export function isAnalysisWorker(): boolean {
  return !isMainThread && (workerData as { factcheck?: string } | null)?.factcheck === WORKER_ROLE;
}

export function runAnalysisWorker(): void {
  const latest = new Int32Array((workerData as { latest: SharedArrayBuffer }).latest);
  const checkers = new Map<string, DocumentChecker>();
  parentPort!.on('message', (m: ToWorker) => {
    if (m.type === 'forget') {
      checkers.delete(m.uri);
      return;
    }
    const { id, slot, req } = m;
    const stale = () => slot >= 0 && Atomics.load(latest, slot) !== id;
    let reply: FromWorker;
    try {
      let c = checkers.get(req.uri);
      if (!c) checkers.set(req.uri, (c = createChecker()));
      const analysis = stale() ? undefined : c.analyse(req.text, req.languageId, req.settings, stale);
      reply = analysis ? { id, packed: packAnalysis(analysis) } : { id, superseded: true };
    } catch (e) {
      reply = { id, error: e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e) };
    }
    parentPort!.postMessage(reply);
  });
}

/**
 * A runner backed by one worker thread running `script` (the server bundle). `onLog` receives one
 * line when the worker dies.
 */
export function workerRunner(script: string, onLog: (msg: string) => void = () => undefined): AnalysisRunner {
  const latestBuffer = new SharedArrayBuffer(SLOTS * 4);
  const latest = new Int32Array(latestBuffer);
  const slots = new Map<string, number>();
  const free: number[] = [];
  for (let i = SLOTS - 1; i >= 0; i--) free.push(i);
  const pending = new Map<number, { uri: string; resolve: (a: Analysis | undefined) => void; reject: (e: Error) => void }>();
  let worker: Worker | undefined;
  let next = 0;
  let disposed = false;

  const slotOf = (uri: string) => {
    let s = slots.get(uri);
    if (s === undefined && free.length) slots.set(uri, (s = free.pop()!));
    return s ?? -1; // more documents than slots: such a document's runs are never cut short
  };

  const start = (): Worker => {
    const w = new Worker(script, { workerData: { factcheck: WORKER_ROLE, latest: latestBuffer } });
    w.unref(); // never keeps the server alive on its own
    w.on('message', (m: FromWorker) => {
      const p = pending.get(m.id);
      if (!p) return;
      pending.delete(m.id);
      if (m.error !== undefined) p.reject(new Error(m.error));
      else p.resolve(m.packed ? unpackAnalysis(m.packed) : undefined);
    });
    const died = (why: string) => {
      if (worker !== w) return;
      worker = undefined;
      if (!disposed) onLog(`factcheck: the analysis worker stopped (${why}); the next check starts a new one`);
      for (const [id, p] of pending) {
        pending.delete(id);
        p.reject(new Error(`the analysis worker stopped (${why})`));
      }
    };
    w.on('error', (e) => died(e instanceof Error ? e.message : String(e)));
    w.on('exit', (code) => died(`exit code ${code}`));
    return w;
  };

  return {
    run(req) {
      if (disposed) return Promise.resolve(undefined);
      worker ??= start();
      const id = (next = (next + 1) | 0) || (next = 1);
      const slot = slotOf(req.uri);
      if (slot >= 0) Atomics.store(latest, slot, id);
      return new Promise<Analysis | undefined>((resolve, reject) => {
        pending.set(id, { uri: req.uri, resolve, reject });
        const msg: ToWorker = { type: 'run', id, slot, req };
        worker!.postMessage(msg);
      });
    },
    cancel(uri) {
      const slot = slots.get(uri);
      if (slot !== undefined) Atomics.store(latest, slot, (next = (next + 1) | 0) || (next = 1));
    },
    forget(uri) {
      const slot = slots.get(uri);
      if (slot !== undefined) {
        Atomics.store(latest, slot, 0);
        slots.delete(uri);
        free.push(slot);
      }
      worker?.postMessage({ type: 'forget', uri } satisfies ToWorker);
    },
    dispose() {
      disposed = true;
      const w = worker;
      worker = undefined;
      for (const [id, p] of pending) {
        pending.delete(id);
        p.resolve(undefined);
      }
      void w?.terminate();
    },
  };
}
