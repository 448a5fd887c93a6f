// "'s" after a word is a possessive ("Obama's plan") or a contracted "is"/"has" ("he's running",
// "Trump's been clear"). The tokenizer cannot tell them apart; this looks at the neighbours.
import { K, type Token } from './tokens';

/** Pronouns and wh-words whose "'s" is always "is"/"has": "he's", "that's", "what's". */
const CONTRACTING = new Set(['he', 'she', 'it', 'that', 'there', 'here', 'what', 'who', 'where', 'when', 'how', 'why', 'this', 'everyone', 'nobody', 'somebody', 'someone', 'everything', 'nothing', 'let']);
/** Words that follow a contracted "is"/"has" but never a possessive "'s". */
const AFTER_CONTRACTION = new Set(['been', 'not', 'never', 'going', 'got', 'gotten', 'done', 'had', 'a', 'an', 'about', 'also', 'just', 'still', 'already', 'no', 'now', 'always', 'only', 'very', 'too', 'so', 'more', 'less', 'likely', 'unlikely', 'expected', 'said', 'made', 'become', 'ready', 'right', 'wrong', 'in', 'on', 'at', 'out', 'up', 'off', 'over', 'back', 'to', 'that', 'the', 'all', 'clear']);

/** Whether the "'s" token at j is a possessive. */
export function isPossessiveS(tokens: Token[], j: number): boolean {
  const prev = tokens[j - 1];
  const next = tokens[j + 1];
  if (!prev || prev.k !== K.Word || CONTRACTING.has(prev.w)) return false;
  if (!next || next.k !== K.Word) return false;
  if (AFTER_CONTRACTION.has(next.w)) return false;
  return true;
}
