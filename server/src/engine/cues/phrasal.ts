// Phrasal reporting verbs with a particle and a preposition (FrameNet Judgment_communication,
// Attack (verbal), Response): "lashed out at X", "fired back at X", "pushed back against X",
// "took aim at X", "took issue with X", "sounded off on X", "laid into X", "called out X",
// "singled out X". The cue runs to the preposition (or particle); what follows is the content.
import { F } from '../lexicon/index';
import { K } from '../text/tokens';
import type { Frame } from './frame';
import { inQuote, verbFrame, verbGroupStart, type SentenceCtx, type SentenceCues } from './detect';

interface Phrasal { lemma: string; particle: string; preps: string[] }

const TABLE: [string[], string, string, string[]][] = [
  // forms, lemma, particle, prepositions ([] = the object follows the particle)
  [['lash', 'lashes', 'lashed', 'lashing'], 'lash', 'out', ['at', 'against']],
  [['fire', 'fires', 'fired', 'firing'], 'fire', 'back', ['at']],
  [['hit', 'hits', 'hitting'], 'hit', 'back', ['at']],
  [['shoot', 'shoots', 'shot', 'shooting'], 'shoot', 'back', ['at']],
  [['push', 'pushes', 'pushed', 'pushing'], 'push', 'back', ['on', 'against', 'at']],
  [['sound', 'sounds', 'sounded', 'sounding'], 'sound', 'off', ['on', 'about', 'against']],
  [['take', 'takes', 'took', 'taken', 'taking'], 'take', 'aim', ['at']],
  [['take', 'takes', 'took', 'taken', 'taking'], 'take', 'issue', ['with']],
  [['lay', 'lays', 'laid', 'laying'], 'lay', 'into', []],
  [['tear', 'tears', 'tore', 'torn', 'tearing'], 'tear', 'into', []],
  [['call', 'calls', 'called', 'calling'], 'call', 'out', []],
  [['single', 'singles', 'singled', 'singling'], 'single', 'out', []],
];

const BY_FORM = new Map<string, { form: 'base' | 's' | 'ed' | 'ing'; entries: Phrasal[] }>();
for (const [forms, lemma, particle, preps] of TABLE) {
  forms.forEach((w) => {
    const form = w === lemma ? 'base' : w.endsWith('ing') ? 'ing' : w.endsWith('s') && !w.endsWith('ss') ? 's' : 'ed';
    let e = BY_FORM.get(w);
    if (!e) BY_FORM.set(w, (e = { form, entries: [] }));
    e.entries.push({ lemma, particle, preps });
  });
}

const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** A frame for the phrasal verb at token i, or null. */
export function phrasalFrame(ctx: SentenceCtx, i: number, out: SentenceCues): Frame | null {
  const { tokens } = ctx;
  const t = tokens[i];
  if (t.k !== K.Word || t.cap) return null;
  const e = BY_FORM.get(t.w);
  if (!e) return null;
  const p = tokens[i + 1];
  if (!p || p.k !== K.Word || inQuote(ctx, i + 1)) return null;
  for (const ph of e.entries) {
    if (p.w !== ph.particle) continue;
    let j = i + 2;
    if (ph.preps.length) {
      const q = tokens[j];
      if (!q || q.k !== K.Word || !ph.preps.includes(q.w)) continue;
      j++;
    }
    const n = tokens[j];
    if (!n || j >= ctx.b || (n.k === K.Punct && n.w !== '$')) continue;
    // "was called out": a passive, no report of the subject
    const vg0 = verbGroupStart(ctx, i);
    let passive = false;
    for (let x = vg0; x < i; x++) if (BE_FORMS.has(tokens[x].w)) passive = true;
    if (passive) return null;
    const lemma = [ph.lemma, ph.particle, ...(ph.preps.length ? [tokens[j - 1].w] : [])].join(' ');
    const f = verbFrame(ctx, i, j, lemma, F.OBJ, e.form, out);
    if (f && !f.variant) f.variant = 'prep';
    return f;
  }
  return null;
}
