// Paragraphs: blocks of prose separated by blank lines. A single line break also ends a paragraph
// (news copy puts one paragraph on a line) unless it is a soft wrap: the next line starts with a
// lowercase letter, or, in Markdown, the next line does not start a block.
import type { Span } from '../types';
import { isLower, isSpace } from './chars';

function startsBlock(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 0x23 || c === 0x3e || c === 0x2d || c === 0x2a || c === 0x2b || c === 0x7c || (c >= 0x30 && c <= 0x39);
}

export function splitParagraphs(text: string, markdown = false): Span[] {
  const out: Span[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    let end = i;
    for (;;) {
      const nl = text.indexOf('\n', i);
      const lineEnd = nl < 0 ? n : nl;
      // last non-space of this line
      let le = lineEnd;
      while (le > i && isSpace(text.charCodeAt(le - 1))) le--;
      if (le > i) end = le;
      if (nl < 0) {
        i = n;
        break;
      }
      // look at the next line
      let j = nl + 1;
      let blankLine = false;
      while (j < n && isSpace(text.charCodeAt(j))) {
        if (text.charCodeAt(j) === 0x0a) blankLine = true;
        j++;
      }
      if (j >= n || blankLine) {
        i = j;
        break;
      }
      const soft = markdown ? !startsBlock(text, j) : isLower(text.charCodeAt(j));
      if (!soft || le === i) {
        i = j;
        break;
      }
      i = j;
    }
    if (end > start) out.push({ start, end });
  }
  return out;
}
