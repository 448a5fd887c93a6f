// Transcript turns: a paragraph that opens with a speaker label and a colon ("WALLACE: Let's start
// ...", "SEN. LEE: Thank you"), quoted or not. In a quoted transcript every turn opens with a
// quotation mark and none closes (the multi-paragraph convention): each turn is its own quote,
// said by its label, not one long quote.
import { K, type Token } from '../text/tokens';

/** Words that label a paragraph without naming a speaker ("UPDATE:", "Q:", "Note:"). */
const NOT_LABELS = new Set([
  'update', 'updated', 'note', 'editor', "editor's", 'correction', 'clarification', 'disclosure', 'related', 'read', 'watch', 'video',
  'photo', 'photos', 'source', 'sources', 'see', 'also', 'more', 'q', 'a', 'question', 'answer', 'warning', 'breaking', 'exclusive',
  'live', 'opinion', 'analysis', 'transcript', 'translation', 'text', 'email', 'byline', 'previously', 'here', 'this', 'the', 'it',
  'that', 'what', 'why', 'how', 'when', 'where', 'who', 'and', 'but', 'or', 'so', 'yes', 'no', 'well', 'now', 'then', 'first',
  'second', 'third', 'finally', 'example', 'advertisement', 'credit', 'image', 'caption', 'location', 'date', 'time', 'topics', 'tags',
]);

/**
 * Token index of the colon ending a speaker label that starts at token i: one to three
 * capitalised words (a title abbreviation may keep its period: "SEN. LEE"), then ":". -1 if none.
 */
export function turnLabelColon(tokens: Token[], i: number): number {
  let words = 0;
  let k = i;
  while (k < tokens.length && k - i < 6) {
    const t = tokens[k];
    if (t.k === K.Word && t.cap) {
      if (words === 0 && NOT_LABELS.has(t.w)) return -1;
      words++;
      k++;
      // "SEN." "MR.": a period glued to a short word
      if (tokens[k]?.w === '.' && tokens[k].s === t.e && t.w.length <= 4) k++;
      continue;
    }
    break;
  }
  if (words === 0 || words > 3) return -1;
  const c = tokens[k];
  if (!c || c.w !== ':' || c.s !== tokens[k - 1].e) return -1;
  // something must follow on the same line
  return k + 1 < tokens.length ? k : -1;
}

/** The paragraph opens with a quotation mark and a speaker label: a turn of a quoted transcript. */
export function opensQuotedTurn(tokens: Token[]): boolean {
  const first = tokens[0];
  return !!first && first.k === K.Quote && turnLabelColon(tokens, 1) > 0;
}
