// Weights of the check-worthiness model: one per named feature (see features.ts).
// FITTED weights come from `npm run eval:claims -- --fit` (L2 logistic regression on the TRAINING part of
// ClaimBuster; see README.md). Only these numbers are committed, never data.
// FIXED weights are hand-set for news-prose features that spoken debate never contains.
import type { FeatureId } from './features';

export const BIAS = -2.037;

export const WEIGHTS: Record<FeatureId, number> = {
  number: 2.055, percent: 2.134, money: 1.374, date: 0.96, statistic: 0.841, topic: 0.471, comparison: 1.024, superlative: 0.925, change: 0.68, causal: 0.039,
  record: 1.325, named: 1.209, sweeping: -0.269, past: 0.794, ownRecord: 0.418, theirRecord: 0.4, thirdPerson: 0.362, reported: 0.899, existential: 0.333,
  opinion: -0.525, prescriptive: -1.092, evaluative: -0.87, prediction: -0.961, intention: -0.316, possibility: -1.113, conditional: -0.883, hedge: -0.985,
  firstSingular: -1.089, firstPlural: 0.033, secondPerson: -0.123, question: -1.667, procedural: -0.938, short: -0.251, length: 0.14,
  // FIXED (not fitted), for news prose: a flat sweeping generalisation is a claim an editor must check,
  // page furniture and headline fragments are not claims (see README.md).
  voiceSweeping: 1, headline: -3, chrome: -6,
};

/** Features whose weight is hand-set and excluded from fitting. */
export const FIXED: ReadonlySet<FeatureId> = new Set<FeatureId>(['voiceSweeping', 'headline', 'chrome']);
