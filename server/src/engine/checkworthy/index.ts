// Check-worthiness: how checkable and consequential a statement is.
// Contract: pure, fast (called for every sentence), explainable (features are shown in hovers).
// Model: a logistic model over a small set of hand-designed named features (features.ts) with
// weights in weights.ts. See README.md for how the weights were fitted and measured.
import { clearLexemes, extractFeatures, FEATURE_IDS, type FeatureId } from './features';
import { BIAS, WEIGHTS } from './weights';
import { Lru } from '../pipeline/cache';

export { FEATURE_IDS, type FeatureId } from './features';

export interface CheckWorthiness {
  /** 0..1 */
  score: number;
  /** False for opinions and predictions. */
  checkable: boolean;
  /** Human-readable reasons, e.g. "number", "comparison", "causal claim", "prediction". */
  features: string[];
}

/** Threshold above which a statement counts as a check-worthy claim. */
export const CLAIM_THRESHOLD = 0.5;

/** One feature's part in a score (for evaluation and debugging). */
export interface Contribution {
  id: FeatureId;
  value: number;
  weight: number;
  evidence: string;
}

// Above this many UTF-16 code units only the first part is scored: a "sentence" that long is not
// prose, and capping keeps the per-keystroke cost bounded.
const MAX_SCORED = 20_000;

const HARD_ANCHORS: FeatureId[] = ['number', 'percent', 'money', 'date', 'record', 'change'];

export type Explained = CheckWorthiness & { contributions: Contribution[] };

/** Where explainStatement keeps results by statement text (default: a shared LRU). */
export interface StatementMemo {
  get(text: string): Explained | undefined;
  set(text: string, value: Explained): void;
}
/**
 * Results by statement text: re-analysing a document after an edit scores the same sentences again.
 * Bounded (LRU); callers get their own arrays.
 */
const memo = new Lru<string, Explained>(10_000);

/** Forgets the memo and the scorer's table of token texts (benchmarks: every run must score from scratch). */
export function clearStatementMemo(): void {
  memo.clear();
  clearLexemes();
}

/**
 * Scores with the contributions of every feature that fired (score is the same as scoreStatement's).
 * `store`: where results are kept by text (an analysis cache's; default: a shared LRU).
 */
export function explainStatement(text: string, store: StatementMemo = memo): Explained {
  const r = explainShared(text, store);
  return { ...r, features: [...r.features], contributions: [...r.contributions] };
}

/** explainStatement's result as kept in `store`, not copied: the caller must not change it (claims.ts copies what it hands out). */
export function explainShared(text: string, store: StatementMemo = memo): Readonly<Explained> {
  const src = typeof text === 'string' ? (text.length > MAX_SCORED ? text.slice(0, MAX_SCORED) : text) : '';
  let r = store.get(src);
  if (!r) store.set(src, (r = explain(src, 0, src.length)));
  return r;
}

/**
 * explainShared(text.slice(from, to)) without a memo, read in place (no slice): for an analysis
 * without a cache, which scores each statement once. A fresh result: the caller may keep it.
 */
export function explainRange(text: string, from: number, to: number): Readonly<Explained> {
  return explain(text, from, to - from > MAX_SCORED ? from + MAX_SCORED : to);
}

const WEIGHT = FEATURE_IDS.map((id) => WEIGHTS[id]);
const K = Object.fromEntries(FEATURE_IDS.map((id, k) => [id, k])) as Record<FeatureId, number>;
const HARD_ANCHOR_K = HARD_ANCHORS.map((id) => K[id]);

/** Feature arrays reused by every explain() call (it reads them before the next call). */
const SCRATCH = { values: new Array<number>(FEATURE_IDS.length).fill(0), evidence: new Array<string | undefined>(FEATURE_IDS.length).fill(undefined) };

/** The result for the statement text[from, to). */
function explain(text: string, from: number, to: number): Explained {
  const { values, evidence } = extractFeatures(text, SCRATCH, from, to);
  let z = BIAS;
  const fired: number[] = [];
  for (let k = 0; k < FEATURE_IDS.length; k++) {
    if (values[k] === 0) continue;
    z += WEIGHT[k] * values[k];
    if (evidence[k] !== undefined) fired.push(k);
  }
  const score = 1 / (1 + Math.exp(-z));
  const on = (k: number) => values[k] > 0;
  let anchored = false;
  for (const k of HARD_ANCHOR_K) if (on(k)) anchored = true;
  // Predictions are claims about the future: not checkable unless the sentence also reports a past fact.
  // Opinions (belief, prescription, evaluation) are not checkable unless a hard factual anchor comes with them.
  // Questions assert nothing.
  const checkable = !(on(K.prediction) && !on(K.past))
    && !((on(K.opinion) || on(K.prescriptive) || on(K.evaluative)) && !anchored)
    && !on(K.question);
  // Strongest reasons first; ties keep the feature order (deterministic).
  // (an insertion sort in place: a handful of features, and Array.prototype.sort allocates per call;
  // the order is total, so the result is the same)
  for (let i = 1; i < fired.length; i++) {
    const k = fired[i];
    const w = Math.abs(WEIGHT[k] * values[k]);
    let j = i - 1;
    while (j >= 0 && (Math.abs(WEIGHT[fired[j]] * values[fired[j]]) < w || (Math.abs(WEIGHT[fired[j]] * values[fired[j]]) === w && fired[j] > k))) {
      fired[j + 1] = fired[j];
      j--;
    }
    fired[j + 1] = k;
  }
  const contributions: Contribution[] = [];
  const features: string[] = [];
  for (const k of fired) {
    const ev = evidence[k]!;
    contributions.push({ id: FEATURE_IDS[k], value: values[k], weight: WEIGHT[k], evidence: ev });
    if (!features.includes(ev)) features.push(ev);
  }
  return { score, checkable, features, contributions };
}

/** Scores one sentence (or attribution content) given as plain text. */
export function scoreStatement(text: string): CheckWorthiness {
  const { score, checkable, features } = explainStatement(text);
  return { score, checkable, features };
}
