// A verb right after a modal or a form of "do" ("would vote for", "did not mention", "can support",
// "will discuss") is a verb, not a noun: no determiner or noun reading fits "would vote" / "did not
// mention". Used to let nouny verbs ("vote", "mention", "support") stand as cues in that position.
import { K, type Token } from '../text/tokens';

const MODALS = new Set([
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', "'ll", 'do', 'does', 'did',
  "won't", "wouldn't", "can't", 'cannot', "couldn't", "shouldn't", "mustn't", "doesn't", "don't", "didn't",
]);
/** Words that may stand between the modal and the verb. */
const BETWEEN = new Set(['not', "n't", 'never', 'also', 'still', 'only', 'even', 'probably', 'likely', 'certainly', 'surely', 'again', 'immediately', 'ever', 'just', 'all', 'both']);

/**
 * True when the base-form verb at `i` follows a modal or "do" in its verb group (`vg0`..`i`), with
 * only negation or adverbs between: "would not vote", "did not immediately mention".
 */
export function afterModal(tokens: Token[], vg0: number, i: number): boolean {
  for (let j = i - 1; j >= vg0 && j >= i - 4; j--) {
    const t = tokens[j];
    if (t.k !== K.Word) return false;
    if (MODALS.has(t.w)) return true;
    if (!BETWEEN.has(t.w) && !(t.w.endsWith('ly') && t.w.length > 4)) return false;
  }
  return false;
}

/** Adverbs that put a word in the verb slot: "the group also views", "the ad then mentions". */
const VERB_SLOT_ADVERBS = new Set(['also', 'then', 'still', 'never', 'now', 'already', 'often', 'always', 'again', 'even', 'later', 'first', 'once', 'just', 'only', 'too']);

/**
 * True when the tokens vg0..i-1 are all such adverbs (or -ly adverbs): "also", "then", "repeatedly".
 */
export function onlyAdverbs(tokens: Token[], vg0: number, i: number): boolean {
  if (vg0 >= i) return false;
  for (let j = vg0; j < i; j++) {
    const t = tokens[j];
    if (t.k !== K.Word || !(VERB_SLOT_ADVERBS.has(t.w) || (t.w.endsWith('ly') && t.w.length > 4))) return false;
  }
  return true;
}
