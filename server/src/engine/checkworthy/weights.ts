// Weights of the check-worthiness model: one per named feature (see features.ts).
// FITTED weights come from `npm run eval:claims -- --fit` (L2 logistic regression on the TRAINING part of
// ClaimBuster; see README.md). Only these numbers are committed, never data.
// FIXED weights are hand-set for news-prose features that spoken debate never contains.
import type { FeatureId } from './features';

export const BIAS = -2.037;

export const WEIGHTS: Record<FeatureId, number> = {
  number: 2.057, percent: 2.131, money: 1.372, date: 0.959, statistic: 0.838, topic: 0.471, comparison: 1.026, superlative: 0.925, change: 0.678, causal: 0.039,
  record: 1.328, named: 1.21, sweeping: -0.267, past: 0.791, ownRecord: 0.419, theirRecord: 0.401, thirdPerson: 0.357, reported: 0.902, existential: 0.336,
  opinion: -0.522, prescriptive: -1.091, evaluative: -0.869, prediction: -0.959, intention: -0.32, possibility: -1.11, conditional: -0.883, hedge: -0.988,
  firstSingular: -1.097, firstPlural: 0.027, secondPerson: -0.126, question: -1.669, procedural: -0.937, short: -0.252, length: 0.134,
  // FIXED (not fitted), for news prose: a flat sweeping generalisation is a claim an editor must check,
  // page furniture and headline fragments are not claims (see README.md).
  voiceSweeping: 1, headline: -3, chrome: -6,
};

/** Features whose weight is hand-set and excluded from fitting. */
export const FIXED: ReadonlySet<FeatureId> = new Set<FeatureId>(['voiceSweeping', 'headline', 'chrome']);
