// "“WALLACE: Let's start with ...": a turn of a quoted transcript is said by its label (the source),
// the colon is the cue and the rest of the turn, to its closing mark or the paragraph end, the
// content (quotes/transcript.ts keeps each turn a quote of its own).
import type { Frame } from './frame';
import { mkFrame, type SentenceCtx } from './detect';
import { mkNP } from '../sources/np';
import { opensQuotedTurn, turnLabelColon } from '../quotes/transcript';
import { K } from '../text/tokens';

export function quotedTurnFrame(ctx: SentenceCtx): Frame | null {
  const { para, doc } = ctx;
  const tokens = para.tokens;
  if (ctx.a !== 0 || !opensQuotedTurn(tokens)) return null;
  const colon = turnLabelColon(tokens, 1);
  const q = para.qid[0];
  if (q < 0) return null;
  const Q = doc.quotes[q];
  let e = tokens.length;
  while (e > colon + 1 && tokens[e - 1].s >= Q.e) e--;
  // the closing mark (when the turn has one) is not content
  while (e > colon + 1 && tokens[e - 1].k === K.Quote) e--;
  if (e - (colon + 1) < 2) return null;
  const content = [{ start: tokens[colon + 1].s, end: tokens[e - 1].e }];
  // a turn running over several paragraphs (each opening with a mark, no label): one span each
  for (let p = para.index + 1; p < doc.paragraphs.length && doc.paragraphs[p].start < Q.e; p++) {
    const pt = doc.paragraphs[p].tokens;
    let a = 0;
    while (a < pt.length && pt[a].k === K.Quote) a++;
    let b = pt.length;
    while (b > a && pt[b - 1].s >= Q.e) b--;
    while (b > a && pt[b - 1].k === K.Quote) b--;
    // ("(CROSSTALK.)", "[inaudible]": stage directions are no words of the speaker)
    if (b > a && (pt[a].w === '(' || pt[a].w === '[')) continue;
    if (b > a) content.push({ start: pt[a].s, end: pt[b - 1].e });
  }
  return mkFrame(ctx, {
    c0: colon, c1: colon + 1, src: mkNP(1, colon, 1, colon, 'name'), type: 'colon', lemma: ':', content, quotes: [q], kind: 'direct', how: 'colon', conf: 0.9,
  });
}
