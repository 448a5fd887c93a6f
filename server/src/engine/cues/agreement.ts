// Number agreement between a common-noun subject and a present-tense verb that is also a noun:
// "the reports show" (a verb), "a fundraising call came" (a noun: no agreement).
import type { VerbInfo } from '../lexicon/index';
import type { NP } from '../sources/np';
import { K, type Token } from '../text/tokens';

const PLURAL_DETS = new Set(['several', 'many', 'few', 'both', 'these', 'those', 'two', 'three', 'four', 'five', 'some', 'all']);
const PLURAL_HEADS = new Set(['people', 'police', 'men', 'women', 'children', 'staff', 'media', 'public', 'clergy', 'majority', 'minority', 'plurality']);
/** A common-noun subject head agrees with a present-tense verb: "the reports show", "the report shows". */
export function agrees(head: Token | undefined, form: VerbInfo['form'], det?: Token): boolean {
  if (!head || head.k !== K.Word) return head?.k === K.Num;
  // (a plural determiner makes the phrase plural whatever its last word: "several negative")
  const plural = PLURAL_HEADS.has(head.w) || (head.w.endsWith('s') && !head.w.endsWith('ss') && !head.w.endsWith('us') && !head.w.endsWith('is')) || (!!det && PLURAL_DETS.has(det.w));
  if (form === 's') return !plural;
  if (form === 'base') return plural;
  return true;
}

/** The head word of a common noun phrase: the last word before an of/in/across attachment. */
export function headOf(tokens: Token[], np: NP): number {
  for (let j = np.h0 + 1; j < np.h1; j++) if (tokens[j].k === K.Word && HEAD_ENDERS.has(tokens[j].w)) return j - 1;
  return np.h1 - 1;
}
const HEAD_ENDERS = new Set(['of', 'in', 'on', 'at', 'for', 'from', 'with', 'across', 'around', 'among']);

