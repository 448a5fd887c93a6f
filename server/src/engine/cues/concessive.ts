// A concessive or contrasting clause after the reported clause is the writer's, not the source's:
// "said the plan would pass, even though the votes were not there", "argued that X – although Y".
// After a comma or dash: "even though/as/if/when/while/after/before", "although", "though" (not
// the adverb ", though,"), "despite", "regardless of".
import { F } from '../lexicon/index';
import { K } from '../text/tokens';
import type { SentenceCtx } from './detect';

const EVEN_NEXT = new Set(['though', 'as', 'if', 'when', 'while', 'after', 'before', 'so']);

/** Whether the tokens from k (right after a comma or dash outside quotes) open a concessive clause. */
export function concessiveAt(ctx: SentenceCtx, k: number): boolean {
  const { tokens } = ctx;
  const t = tokens[k];
  if (!t || t.k !== K.Word) return false;
  const n = tokens[k + 1];
  if (!n || n.k === K.Punct && (n.w === ',' || n.w === '.')) return false;
  let ok = false;
  if (t.w === 'even') ok = n.k === K.Word && EVEN_NEXT.has(n.w);
  else if (t.w === 'although' || t.w === 'though') ok = n.k === K.Word || n.k === K.Num;
  return ok && !shortInsertion(ctx, k);
}

/** "a crucial, although brief, opportunity", "X, even as a candidate, had ...": a short insertion closed by a comma. */
function shortInsertion(ctx: SentenceCtx, k: number): boolean {
  for (let j = k + 1; j < ctx.b && j < k + 6; j++) if (ctx.tokens[j].w === ',') return true;
  return false;
}

const PERFECT = new Set(['has', 'have', 'had']);
const REPORTED_SUBJECTS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'there']);
const NOT_SUBJECT_END = new Set(['to', 'will', 'would', 'could', 'should', 'might', 'may', 'must', 'can', 'did', 'do', 'does']);

/**
 * A second report after a comma inside a reported clause, which ends the first content: a perfect
 * ("..., 39 have said they ...") or a plain present verb with "that" after a subject ("..., others
 * argue that ..."). j is the verb (or auxiliary) token.
 */
export function secondReportAt(ctx: SentenceCtx, comma: number, j: number, end: number): boolean {
  const { tokens, lex } = ctx;
  const t = tokens[j];
  // the subject between the comma and the verb: no relative ("which some have argued") and no
  // list ("Tapper, Bash and Blitzer had mentioned")
  for (let x = comma + 1; x < j; x++) {
    const w = tokens[x].w;
    if (lex.relatives.has(w) || w === 'whose' || ((w === 'and' || w === 'or') && x > comma + 1)) return false;
  }
  if (PERFECT.has(t.w)) {
    const n = tokens[j + 1];
    const v = n && n.k === K.Word && !n.cap && j + 1 < end ? lex.verbs.get(n.w) : undefined;
    const c = tokens[j + 2];
    return !!v && v.form === 'ed' && (v.frames & F.CLAUSE) !== 0 && !!c && j + 2 < end && (c.w === 'that' || REPORTED_SUBJECTS.has(c.w));
  }
  const v = lex.verbs.get(t.w);
  if (!v || v.form !== 'base' || !(v.frames & F.CLAUSE)) return false;
  const p = tokens[j - 1];
  return !!p && p.k === K.Word && !NOT_SUBJECT_END.has(p.w) && !lex.auxiliaries.has(p.w) && tokens[j + 1]?.w === 'that' && j + 1 < end;
}

/**
 * ", a claim that the mayor denies", ", a charge his office rejected": an indefinite noun phrase after
 * the reported clause with a relative clause of its own, which comments on the whole clause.
 */
export function clauseAppositiveAt(ctx: SentenceCtx, from: number, k: number, end: number): boolean {
  const { tokens, lex } = ctx;
  const t = tokens[k];
  if (!t || (t.w !== 'a' && t.w !== 'an') || t.cap) return false;
  let rel = false;
  for (let j = k + 1; j < end && j <= k + 4 && !rel; j++) {
    const w = tokens[j];
    if (w.k !== K.Word || w.cap) return false;
    if ((w.w === 'that' || w.w === 'which') && j > k + 1) rel = true;
    else if (lex.auxiliaries.has(w.w) || lex.prepositions.has(w.w)) return false;
  }
  // the clause before the comma is complete (it has its verb): "the clinic, a building that ..., had closed" is not
  if (!rel) return false;
  for (let j = from; j < k - 1; j++) {
    const w = tokens[j];
    if (w.k !== K.Word || w.cap) continue;
    const v = lex.verbs.get(w.w);
    if (lex.auxiliaries.has(w.w) || lex.commonVerbs.has(w.w) || lex.irregularPast.has(w.w) || (w.w.endsWith('ed') && w.w.length > 4) || (v && (v.form === 's' || v.form === 'ed'))) return true;
  }
  return false;
}
