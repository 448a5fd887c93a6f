// Prepositional reporting verbs (lexicon/data/prepverbs.ts): "talked about the plan", "voted
// against the bill". The cue runs to the preposition; what it governs is the content.
import { F, type PrepVerbInfo } from '../lexicon/index';
import { K } from '../text/tokens';
import type { Frame } from './frame';
import { inQuote, verbFrame, verbGroupStart, type SentenceCtx, type SentenceCues } from './detect';
import { passiveFrame } from './passive';

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'again']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/**
 * A prepositional reporting verb followed (after at most two adverbs or "at length") by one of its
 * prepositions and a noun phrase or clause: the cue runs to the preposition, the content follows it.
 */
export function prepVerbFrame(ctx: SentenceCtx, i: number, pv: PrepVerbInfo, out: SentenceCues): Frame | null {
  const { tokens, lex } = ctx;
  let j = i + 1;
  for (let n = 0; n < 2 && j < ctx.b; n++) {
    const t = tokens[j];
    if (t.k === K.Word && !t.cap && (lex.verbAdverbs.has(t.w) || (t.w.endsWith('ly') && t.w.length > 4))) j++;
    else if (t.w === 'at' && tokens[j + 1]?.w === 'length') j += 2;
    else if (t.w === 'out' || t.w === 'up') j++;
    // "called Friday for X", "argued today against Y"
    else if (t.k === K.Word && WEEKDAYS.has(t.w)) j++;
    else break;
  }
  const p = tokens[j];
  if (!p || p.k !== K.Word || !pv.preps.has(p.w) || inQuote(ctx, j)) return null;
  const n = tokens[j + 1];
  if (!n || (n.k === K.Punct && n.w !== '$') || (n.k === K.Word && lex.timeWords.has(n.w) && !lex.determiners.has(n.w))) return null;
  // "was criticized for X": a passive, the subject is not the source
  if (pv.form === 'ed') {
    const vg0 = verbGroupStart(ctx, i);
    for (let x = vg0; x < i; x++) if (BE_FORMS.has(tokens[x].w)) return passiveFrame(ctx, vg0, i, pv.lemma, F.OBJ);
  }
  const f = verbFrame(ctx, i, j + 1, pv.lemma + ' ' + p.w, F.OBJ, pv.form, out);
  if (f && !f.variant) f.variant = 'prep';
  return f;
}

