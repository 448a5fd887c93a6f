// Passive reporting verbs: "X was endorsed by Y", "the plan was criticized as reckless", "Z is
// considered a moderate". The subject is what the attribution is about (the content, with any
// complement after the verb); the by-agent is the source, and without one the attribution has no
// source (agentless). For verbs that take an addressee ("was told", "was asked") the subject is the
// addressee: only the complement is content.
import type { Span } from '../types';
import { F } from '../lexicon/index';
import { npAfter, npBefore, withAppositiveAfter, type NP } from '../sources/np';
import { K } from '../text/tokens';
import type { Frame } from './frame';
import { clauseEnd, inQuote, mkFrame, mixedOrIndirect, objectEnd, span, type SentenceCtx } from './detect';

/** Verbs whose passive is an attribution: judging, naming, reporting, stance ("was seen as", "is expected to"). */
const PASSIVE_LEMMAS = new Set([
  'see', 'consider', 'regard', 'view', 'describe', 'call', 'dub', 'label', 'brand', 'characterize', 'portray', 'depict',
  'deem', 'expect', 'think', 'believe', 'say', 'report', 'rumor', 'allege', 'accuse', 'criticize', 'criticise', 'praise',
  'blame', 'condemn', 'denounce', 'endorse', 'back', 'support', 'oppose', 'reject', 'dismiss', 'question', 'ask', 'tell',
  'urge', 'quote', 'cite', 'declare', 'project', 'predict', 'estimate', 'tout', 'hail', 'laud', 'attack', 'slam', 'blast',
  'mock', 'ridicule', 'welcome', 'recommend', 'credit', 'echo', 'champion', 'announce', 'reveal', 'disclose', 'claim',
  'tweet', 'assess', 'rate', 'rank', 'poll', 'survey', 'identify', 'warn', 'advise', 'deride', 'lambaste', 'chastise',
  'rebuke', 'fault', 'applaud', 'commend', 'nickname', 'suspect', 'presume', 'assume', 'know', 'understand', 'forecast',
]);

/** Words that may sit between the participle and what follows it: "was first reported", "is widely seen". */
function skipAdverbs(ctx: SentenceCtx, j: number): number {
  const { tokens, lex } = ctx;
  while (j < ctx.b && tokens[j].k === K.Word && !tokens[j].cap && (lex.verbAdverbs.has(tokens[j].w) || (tokens[j].w.endsWith('ly') && tokens[j].w.length > 4))) j++;
  return j;
}

/** The by-agent after the participle, within its clause: "by The Associated Press", "by some". */
function agentAfter(ctx: SentenceCtx, from: number, to: number): { by: number; np: NP } | null {
  const { tokens, lex } = ctx;
  for (let j = from; j < to && j - from < 12; j++) {
    const t = tokens[j];
    if (inQuote(ctx, j)) continue;
    if (t.k === K.Punct && t.w !== '.' && t.w !== '-') return null;
    if (t.k === K.Word && t.w === 'by') {
      const np0 = npAfter(tokens, j + 1, ctx.b, lex);
      if (!np0) return null;
      // "by saying", "by 10 points": no agent
      const h = tokens[np0.t0];
      if (h.k === K.Num || (h.k === K.Word && !h.cap && h.w.endsWith('ing'))) return null;
      return { by: j, np: withAppositiveAfter(tokens, np0, ctx.b, lex) };
    }
  }
  return null;
}

/**
 * A passive frame for the participle at i with its verb group starting at vg0 ("was first
 * reported"), or null when the sentence gives no subject and no complement to attribute.
 */
export function passiveFrame(ctx: SentenceCtx, vg0: number, i: number, lemma: string, frames: number): Frame | null {
  const { tokens, lex } = ctx;
  if (!(frames & (F.OBJ | F.CLAUSE | F.ADDR)) || !PASSIVE_LEMMAS.has(lemma)) return null;
  const subj = npBefore(tokens, vg0, ctx.a, lex);
  let k = skipAdverbs(ctx, i + 1);
  const end = clauseEnd(ctx, k);
  const agent = agentAfter(ctx, k, end);
  // the complement: "as reckless", "to be a cash machine", "the winner", "that ...", "whether ..."
  const parts: Span[] = [];
  if (agent && agent.by === k) k = agent.np.t1;
  const t = tokens[k];
  if (t && k < end && !(t.k === K.Punct) && !(t.k === K.Word && (t.w === 'by' || lex.timeWords.has(t.w) || (lex.prepositions.has(t.w) && t.w !== 'as' && t.w !== 'to' && t.w !== 'about' && t.w !== 'of' && t.w !== 'for')))) {
    let e = frames & F.ADDR || t.w === 'that' ? end : objectEnd(ctx, k, true);
    if (agent && agent.by > k && agent.by < e) e = agent.by;
    while (e > k && tokens[e - 1].k === K.Punct) e--;
    if (e > k) parts.push(span(tokens, k, e));
  }
  const addressee = !!(frames & F.ADDR) && !(frames & F.OBJ);
  if (!addressee) {
    if (!subj || subj.shape === 'pronoun' && tokens[subj.t0].w === 'it' && !parts.length) return null;
    if (!(subj.shape === 'pronoun' && tokens[subj.t0].w === 'it' && parts.length)) parts.unshift(span(tokens, subj.t0, subj.t1));
  }
  if (!parts.length) return null;
  const whole = { start: parts[0].start, end: parts[parts.length - 1].end };
  return mkFrame(ctx, {
    c0: vg0, c1: i + 1, src: agent ? agent.np : null, type: agent ? 'verb' : 'agentless', lemma, content: parts,
    ...mixedOrIndirect(ctx, whole), how: 'object', variant: 'passive', conf: 0.5,
  });
}
