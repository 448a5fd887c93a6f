// Weights of the check-worthiness model: one per named feature (see features.ts).
// FITTED weights come from `npm run eval:claims -- --fit` (L2 logistic regression on the TRAINING part of
// ClaimBuster; see README.md). Only these numbers are committed, never data.
// FIXED weights are hand-set for news-prose features that spoken debate never contains.
import type { FeatureId } from './features';

export const BIAS = -1.964;

export const WEIGHTS: Record<FeatureId, number> = {
  number: 2.016, percent: 1.866, money: 1.27, date: 0.889, statistic: 0.818, topic: 0.469, comparison: 0.97, superlative: 0.876, change: 0.655, causal: 0.061,
  record: 1.272, named: 1.207, sweeping: -0.254, past: 0.892, ownRecord: 0.426, thirdPerson: 0.434, reported: 0.853, existential: 0.274,
  opinion: -0.528, prescriptive: -1.057, evaluative: -0.822, prediction: -0.929, intention: -0.31, possibility: -1.076, conditional: -0.833, hedge: -0.837,
  firstSingular: -1.024, firstPlural: -0.01, secondPerson: -0.151, question: -1.386, procedural: -0.868, short: -0.1, length: 0.16,
  // FIXED (not fitted), for news prose: a flat sweeping generalisation is a claim an editor must check,
  // page furniture and headline fragments are not claims (see README.md).
  voiceSweeping: 1, headline: -3, chrome: -6,
};

/** Features whose weight is hand-set and excluded from fitting. */
export const FIXED: ReadonlySet<FeatureId> = new Set<FeatureId>(['voiceSweeping', 'headline', 'chrome']);
