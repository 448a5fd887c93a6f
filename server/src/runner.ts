// Where the language server's analyses run. The server core asks a runner for "the analysis of this
// text for document uri, request id"; the Node entry hands it a worker-thread runner (runner.node.ts)
// so a large document never blocks the message loop, the browser entry the in-thread runner below.
// Pure: no Node or browser APIs, so both entries can share it.
import { check, type CheckSettings } from './check';
import { AnalysisStopped, EngineCache } from './engine';
import type { Analysis } from './engine/types';

export interface AnalysisRequest {
  uri: string;
  text: string;
  languageId: string;
  settings: CheckSettings;
}

export interface AnalysisRunner {
  /**
   * Analyses `req.text`. Resolves undefined when the request was superseded (a newer run or a cancel
   * for the same uri came first); rejects when the analysis could not run (the worker died).
   */
  run(req: AnalysisRequest): Promise<Analysis | undefined>;
  /** Drops the run in flight for `uri`, if any (it resolves undefined). */
  cancel(uri: string): void;
  /** Forgets what is kept for `uri` (the document closed). */
  forget(uri: string): void;
  dispose(): void;
}

/** The settings the engine run depends on (a copy that survives structured cloning). */
export function checkSettingsOf(s: CheckSettings): CheckSettings {
  return { rules: s.rules, lexicon: s.lexicon, maxFileSize: s.maxFileSize };
}

/**
 * Per-document analysis state kept between runs. `shouldStop` is polled between pieces of work; when
 * it returns true the analysis is abandoned and `analyse` returns undefined.
 */
export interface DocumentChecker {
  analyse(text: string, languageId: string, settings: CheckSettings, shouldStop: () => boolean): Analysis | undefined;
}

const PARAGRAPHS_KEPT = 20_000;
const MAX_CACHED_CHARS = 2_000_000;

/** A checker that keeps an EngineCache for its document: an edit re-analyses only what changed (paragraph work, statement scores). */
export function createChecker(): DocumentChecker {
  const cache = new EngineCache();
  return {
    analyse(text, languageId, settings, shouldStop) {
      if (shouldStop()) return undefined;
      cache.shouldStop = shouldStop;
      // Paragraph work of a very large document costs more memory than it saves time: keep none.
      cache.paragraphs.max = Math.min(text.length, settings.maxFileSize) > MAX_CACHED_CHARS ? 0 : PARAGRAPHS_KEPT;
      if (cache.paragraphs.max === 0) cache.paragraphs.clear();
      try {
        return check(text, languageId, settings, { cache });
      } catch (e) {
        if (e instanceof AnalysisStopped) return undefined;
        throw e;
      } finally {
        cache.shouldStop = () => false;
      }
    },
  };
}

/**
 * Runs analyses on the calling thread, one macrotask after the request (so queued messages are read
 * first and a newer request for the same uri supersedes an older one that has not started). Used by
 * the browser server, which is itself a worker: a long analysis delays its other requests but never
 * VS Code's UI.
 */
export function inThreadRunner(): AnalysisRunner {
  const checkers = new Map<string, DocumentChecker>();
  const latest = new Map<string, number>();
  let next = 0;
  return {
    run(req) {
      const id = ++next;
      latest.set(req.uri, id);
      return new Promise<Analysis | undefined>((resolve, reject) => {
        setTimeout(() => {
          const stale = () => latest.get(req.uri) !== id;
          try {
            let c = checkers.get(req.uri);
            if (!c) checkers.set(req.uri, (c = createChecker()));
            resolve(c.analyse(req.text, req.languageId, req.settings, stale));
          } catch (e) {
            reject(e);
          }
        }, 0);
      });
    },
    cancel(uri) {
      if (latest.has(uri)) latest.set(uri, ++next);
    },
    forget(uri) {
      checkers.delete(uri);
      latest.delete(uri);
    },
    dispose() {
      checkers.clear();
    },
  };
}

/**
 * Small documents on `small` (in-thread: no copy to a worker, lowest latency), the others on `large`
 * (a worker: the message loop stays free). Size = the characters that will be analysed.
 */
export function splitRunner(maxSmall: number, small: AnalysisRunner, large: AnalysisRunner): AnalysisRunner {
  return {
    run(req) {
      const isSmall = Math.min(req.text.length, req.settings.maxFileSize) <= maxSmall;
      (isSmall ? large : small).cancel(req.uri); // a document that crossed the line: its old run is stale
      return (isSmall ? small : large).run(req);
    },
    cancel(uri) {
      small.cancel(uri);
      large.cancel(uri);
    },
    forget(uri) {
      small.forget(uri);
      large.forget(uri);
    },
    dispose() {
      small.dispose();
      large.dispose();
    },
  };
}
