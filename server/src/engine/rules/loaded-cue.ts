// loaded-cue: an attribution verb that editorialises ("claimed", "admitted", "insisted", "conceded",
// "confessed", "boasted", "revealed") where "said" would be neutral. Only verbs that introduce
// speech (a quote, a that-clause, a clause before or after the cue) are flagged: "claimed
// responsibility" or "admitted the mistake" take an object, and "said" cannot replace them.
// neutralCue() is the quick fix: the same tense of "say".
import { explainStatement } from '../checkworthy/index';
import { F, getLexicon } from '../lexicon/index';
import type { Attribution } from '../types';
import type { Rule } from './types';
import { dataSet, LOADED_CUES } from './lexicon';

let loaded: Set<string> | undefined;

const FINITE = /(?:^|\s)(is|are|was|were|be|been|has|have|had|will|would|could|can|should|may|might|must|did|does|do|'s|’s|isn't|wasn't|weren't|hasn't|haven't|hadn't|won't|wouldn't|couldn't|can't|didn't|doesn't|don't)(?=\s|$)/i;

/** The neutral replacement for a loaded verb form, keeping tense and capitals ("Claimed" -> "Said"), or null. */
export function neutralCue(word: string): string | null {
  const w = word.toLowerCase().replace(/\u2019/g, "'");
  const v = getLexicon().verbs.get(w);
  loaded ??= dataSet(LOADED_CUES);
  if (!v || !loaded.has(v.lemma)) return null;
  const say = v.form === 'ed' ? 'said' : v.form === 's' ? 'says' : v.form === 'ing' ? 'saying' : 'say';
  if (word === word.toUpperCase() && word.length > 1) return say.toUpperCase();
  return word[0] !== word[0].toLowerCase() ? say[0].toUpperCase() + say.slice(1) : say;
}

/** The loaded verb inside the cue ("claimed" in "has also claimed"), as document offsets, or null. */
export function loadedVerb(text: string, a: Attribution): { start: number; end: number; lemma: string; frames: number } | null {
  if (!a.cue || a.cueKind !== 'verb') return null;
  loaded ??= dataSet(LOADED_CUES);
  const lex = getLexicon();
  const cue = text.slice(a.cue.start, a.cue.end);
  const re = /[\p{L}'’]+/gu;
  for (let m = re.exec(cue); m; m = re.exec(cue)) {
    const v = lex.verbs.get(m[0].toLowerCase().replace(/\u2019/g, "'"));
    if (!v || !loaded.has(v.lemma)) continue;
    // a multi-word cue ("boasted of") takes what its phrase takes
    const phrase = a.cueLemma && a.cueLemma.includes(' ') ? lex.phrases.get(a.cueLemma.split(/\s+/)[0].toLowerCase())?.find((p) => p.text === a.cueLemma) : undefined;
    return { start: a.cue.start + m.index, end: a.cue.start + m.index + m[0].length, lemma: v.lemma, frames: phrase ? phrase.frames : v.frames };
  }
  return null;
}

const PREPOSITIONS = /^(on|upon|in|of|about|for|to|with|at|from|into|over|under|by|as)\b/i;
const OWNER_BEFORE = /(?:'s|’s|s'|s’|\b(?:his|her|their|its|our|my|your|the|a|an|this|that|these|those))\s*$/i;
const PREPOSITION_BEFORE = /\b(of|to|for|about|on|with|from|in|by|at|among|between)\s*$/i;

/** True when the word is used as a noun ("Trump's claim that", "22% of Democratic claims"), not a verb. */
function nounUse(text: string, a: Attribution, v: { start: number }): boolean {
  const before = text.slice(Math.max(0, v.start - 40), v.start);
  if (OWNER_BEFORE.test(before)) return true;
  // the "source" is the object of a preposition: it cannot be the verb's subject
  if (a.source && a.source.end <= v.start) return PREPOSITION_BEFORE.test(text.slice(Math.max(0, a.source.start - 20), a.source.start));
  return false;
}

/** True when the content is speech the verb reports: a quote, a that-clause, or a clause (not an object). */
function reportsSpeech(text: string, a: Attribution, v: { end: number; frames: number }): boolean {
  if (!a.cue) return false;
  const first = a.content[0];
  if (a.kind === 'direct') return true;
  const t = text.slice(first.start, Math.min(first.end, first.start + 400)).trimStart();
  if (first.start > a.cue.start && (/^(that|whether|if|how|why|what|when|where|who)\b/i.test(t) || /^["“«]/.test(t))) return true;
  // "insist on being ...", "admitted using ...": the verb takes a phrase, whatever the engine made of it
  const next = text.slice(v.end, v.end + 40).trimStart();
  if (PREPOSITIONS.test(next) || /^\p{L}+ing\b/u.test(next)) return false;
  if (first.end <= a.cue.start) return true; // "..., she insisted."
  if (PREPOSITIONS.test(t) || /^\p{L}+ing\b/u.test(t)) return false;
  // a bare clause: verbs that take no object always report one; the others need a finite or
  // past-tense verb among the first words, before any comma ("claimed the deal had collapsed",
  // "admitted he lied"; not "revealed a gulf in the way ...")
  if (!(v.frames & F.OBJ)) return true;
  const head = t.split(/[,;:—–]/)[0].split(/\s+/).slice(0, 6).join(' ');
  if (FINITE.test(' ' + head + ' ')) return true;
  return explainStatement(head).contributions.some((c) => c.id === 'past');
}

export const loadedCue: Rule = {
  id: 'loaded-cue',
  defaultSeverity: 'information',
  description: 'Attribution verbs that editorialise ("claimed", "admitted", "insisted", "revealed") where "said" is neutral.',
  check(ctx) {
    const out = [];
    for (const a of ctx.analysis.attributions) {
      const v = loadedVerb(ctx.text, a);
      if (!v || nounUse(ctx.text, a, v) || !reportsSpeech(ctx.text, a, v)) continue;
      const word = ctx.text.slice(v.start, v.end);
      const say = neutralCue(word) ?? 'said';
      out.push({
        start: v.start,
        end: v.end,
        attribution: a.id,
        message: `"${word}" judges the statement for the reader (${ASIDE[v.lemma] ?? 'it is not neutral'}). Use "${say}", unless that judgement is itself the news and sourced.`,
      });
    }
    return out;
  },
};

const ASIDE: Record<string, string> = {
  claim: 'it suggests the statement is doubtful',
  admit: 'it suggests a fault was owned up to',
  insist: 'it suggests stubbornness against the facts',
  concede: 'it suggests a point was lost',
  confess: 'it suggests guilt',
  boast: 'it suggests vanity',
  reveal: 'it suggests a hidden truth came out',
};
