// Check-worthiness: how checkable and consequential a statement is. (v0 placeholder)
// Contract: pure, fast (called for every sentence), explainable (features are shown in hovers).

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

/** Scores one sentence (or attribution content) given as plain text. */
export function scoreStatement(text: string): CheckWorthiness {
  const features: string[] = [];
  if (/\d/.test(text)) features.push('number');
  const score = features.length ? 0.6 : 0.1;
  return { score, checkable: true, features };
}
