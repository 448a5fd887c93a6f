// Coordinated reports: "Smith said the plan was fair, but Jones said it was rushed." The first
// frame's content runs on into the second clause, which has its own subject and reporting verb; the
// content ends before the conjunction and both frames stay (instead of the second being dropped as
// nested inside the first).
import type { Doc } from './document';
import type { Frame } from '../cues/frame';
import { K } from '../text/tokens';

/** Conjunctions that join two clauses each with its own subject. */
const CLAUSE_CONJ = new Set(['and', 'but', 'though', 'although', 'while', 'whereas', 'yet']);

/**
 * Where `inner`'s clause starts when it is coordinated inside `outer`'s content (the document offset
 * of the conjunction, or of the comma before it), else -1.
 */
function coordinationPoint(doc: Doc, outer: Frame, inner: Frame): number {
  if (inner.p !== outer.p || inner.si !== outer.si || outer.before || inner.before) return -1;
  if (inner.type !== 'verb' || !inner.src) return -1;
  if (outer.type === 'colon' || outer.type === 'continuation' || outer.type === 'unattributed') return -1;
  const tokens = doc.paragraphs[inner.p].tokens;
  if (inner.src.shape === 'relative') {
    // "endorses Trump, who says he is honored": an object with a relative clause of its own report
    const t = inner.src.t0;
    if (outer.how !== 'object' || tokens[t].w !== 'who' || tokens[t - 1]?.w !== ',' || t - 1 <= outer.c1) return -1;
    const pos = tokens[t - 1].s;
    const c = outer.content.find((x) => x.start < pos && pos < x.end);
    return c ? pos : -1;
  }
  if (inner.inherit) {
    // "..., comparing him to X": a participle after a comma shares the subject and starts its own report
    // (a comma inside a closing quote mark: "as a “good start,” urging ...": the cut is after the mark)
    const p = tokens[inner.c0 - 1];
    const quoted = !!p && p.k === K.Quote && tokens[inner.c0 - 2]?.w === ',';
    if (!p || (p.w !== ',' && p.w !== '—' && p.w !== '–' && !quoted) || !tokens[inner.c0].w.endsWith('ing') || inner.c0 - 1 <= outer.c1) return -1;
    const pos = quoted ? p.e : p.s;
    const c = outer.content.find((x) => x.start < pos && pos < x.end);
    return c && pos - c.start >= 8 ? pos : -1;
  }
  const t0 = inner.src.t0;
  const conj = tokens[t0 - 1];
  if (!conj || t0 - 1 <= outer.c1) return -1;
  let at: number;
  if (conj.k === K.Word && CLAUSE_CONJ.has(conj.w)) {
    at = tokens[t0 - 2]?.w === ',' ? t0 - 2 : t0 - 1;
  } else if (conj.w === ';') at = t0 - 1;
  else return -1;
  const pos = tokens[at].s;
  // the conjunction lies in the outer content, a few words after its start
  const c = outer.content.find((x) => x.start < pos && pos < x.end);
  if (!c || pos - c.start < 8) return -1;
  return pos;
}

/**
 * For each frame whose cue lies in another frame's content after a clause conjunction, cut the
 * other frame's content before the conjunction. `fs` are one sentence's frames (a handful).
 */
export function splitCoordinated(doc: Doc, fs: Frame[]): void {
  if (fs.length < 2) return;
  for (const inner of fs) {
    for (const outer of fs) {
      if (outer === inner) continue;
      const pos = coordinationPoint(doc, outer, inner);
      if (pos < 0) continue;
      const text = doc.text;
      // (a loop that pushes: packed arrays, as every frame's content is; see mkFrame)
      const cut: { start: number; end: number }[] = [];
      for (const x of outer.content) {
        if (x.start >= pos) continue;
        if (x.end <= pos) {
          cut.push(x);
          continue;
        }
        let e = pos;
        while (e > x.start && /[\s,;:—–-]/.test(text[e - 1])) e--;
        cut.push({ start: x.start, end: e });
      }
      outer.content = cut;
      outer.quotes = outer.quotes.filter((q) => doc.quotes[q].e <= pos);
    }
  }
}
