// Lexicons: the data files under ./data compiled once into lookup tables. Options may extend them
// (options.lexicon); an extended lexicon is compiled once per distinct extension and cached.
import type { ChainRelation, LexiconExtras } from '../types';
import { VERBS } from './data/verbs';
import { PHRASES } from './data/phrases';
import { PREP_VERBS } from './data/prepverbs';
import { LIGHT_VERBS, NOUN_PREPS } from './data/nounpreps';
import { REPORTING_ADJECTIVES, REPORTING_NOUNS } from './data/nouns';
import { ANONYMOUS_MARKERS, OUTLETS, TITLES, VAGUE_SOURCES } from './data/sources';
import * as W from './data/words';

/** Frames a reporting verb takes (see data/verbs.ts). */
export const F = {
  CLAUSE: 1,
  BEFORE: 2,
  ADDR: 4,
  TO: 8,
  OBJ: 16,
  WH: 32,
} as const;

export type VerbForm = 'base' | 's' | 'ed' | 'ing';

export interface VerbInfo {
  lemma: string;
  frames: number;
  form: VerbForm;
}

export type PhraseKind = 'source-after' | 'relay-after' | 'medium' | 'verb' | 'agentless' | 'report';

export interface PhraseInfo {
  words: string[];
  kind: PhraseKind;
  relation?: ChainRelation;
  frames: number;
  /** Text as written in the data file. */
  text: string;
}

/** A prepositional reporting verb form: "talked" -> talk about/of. */
export interface PrepVerbInfo {
  lemma: string;
  form: VerbForm;
  preps: Set<string>;
}

export interface Lexicon {
  verbs: Map<string, VerbInfo>;
  /** Prepositional reporting verbs by word form (data/prepverbs.ts). */
  prepVerbs: Map<string, PrepVerbInfo>;
  /** Reporting nouns and the prepositions of their content (data/nounpreps.ts). */
  nounPreps: Map<string, Set<string>>;
  /** Verbs that carry a reporting noun ("made comments about"). */
  lightVerbs: Set<string>;
  /** Phrases by first word, longest first. */
  phrases: Map<string, PhraseInfo[]>;
  nouns: Set<string>;
  adjectives: Set<string>;
  /** Outlet names as lowercased token sequences, by first token, longest first; value = canonical name. */
  outlets: Map<string, { words: string[]; name: string }[]>;
  /** Titles/roles as lowercased token sequences by first token, longest first. */
  titles: Map<string, string[][]>;
  titleWords: Set<string>;
  vague: Set<string>;
  anonymous: Set<string>;
  determiners: Set<string>;
  pronouns: Set<string>;
  subjectPronouns: Map<string, string>;
  relatives: Set<string>;
  prepositions: Set<string>;
  conjunctions: Set<string>;
  auxiliaries: Set<string>;
  verbAdverbs: Set<string>;
  abbreviations: Set<string>;
  timeWords: Set<string>;
  clauseOpeners: Set<string>;
  commonVerbs: Set<string>;
  nonNominal: Set<string>;
  irregularPast: Set<string>;
}

/** Whitespace-separated words of a data block as a set (lowercased, apostrophes normalised). */
export function words(block: string): Set<string> {
  const out = new Set<string>();
  for (const w of block.split(/\s+/)) if (w) out.add(normWord(w));
  return out;
}

export function normWord(w: string): string {
  return w.toLowerCase().replace(/\u2019/g, "'");
}

function lines(block: string): string[] {
  const out: string[] = [];
  for (const raw of block.split('\n')) {
    const l = raw.trim();
    if (l && !l.startsWith('#')) out.push(l);
  }
  return out;
}

/** Splits a phrase into the words the tokenizer would produce ("Obama's" -> obama 's). */
export function phraseWords(text: string): string[] {
  const out: string[] = [];
  for (const part of normWord(text).split(/\s+/)) {
    if (!part) continue;
    const m = /^(.+?)('s)$/.exec(part);
    if (m && m[1].length > 0) out.push(m[1], m[2]);
    else if (part.length > 1 && part.endsWith('.') && !part.slice(0, -1).includes('.')) out.push(part.slice(0, -1), '.');
    else out.push(part);
  }
  return out;
}

function frameBits(flags: string): number {
  let f = 0;
  for (const ch of flags) {
    if (ch === 'c') f |= F.CLAUSE;
    else if (ch === 'b') f |= F.BEFORE;
    else if (ch === 'a') f |= F.ADDR;
    else if (ch === 't') f |= F.TO;
    else if (ch === 'o') f |= F.OBJ;
    else if (ch === 'w') f |= F.WH;
  }
  return f;
}

const VOWELS = 'aeiou';

function inflect(lemma: string): [string, VerbForm][] {
  const out: [string, VerbForm][] = [[lemma, 'base']];
  const last = lemma[lemma.length - 1];
  const prev = lemma[lemma.length - 2] ?? '';
  if (/(s|sh|ch|x|z|o)$/.test(lemma)) out.push([lemma + 'es', 's']);
  else if (last === 'y' && !VOWELS.includes(prev)) out.push([lemma.slice(0, -1) + 'ies', 's']);
  else out.push([lemma + 's', 's']);
  if (last === 'e') out.push([lemma + 'd', 'ed']);
  else if (last === 'y' && !VOWELS.includes(prev)) out.push([lemma.slice(0, -1) + 'ied', 'ed']);
  else out.push([lemma + 'ed', 'ed']);
  if (lemma.endsWith('ie')) out.push([lemma.slice(0, -2) + 'ying', 'ing']);
  else if (last === 'e' && !/(ee|ye|oe)$/.test(lemma)) out.push([lemma.slice(0, -1) + 'ing', 'ing']);
  else out.push([lemma + 'ing', 'ing']);
  return out;
}

function formOf(word: string, lemma: string): VerbForm {
  if (word === lemma) return 'base';
  if (word.endsWith('ing')) return 'ing';
  if (word.endsWith('s') && !word.endsWith('ss')) return 's';
  return 'ed';
}

function addVerb(verbs: Map<string, VerbInfo>, lemma: string, frames: number, extra: string[], onlyListed = false): void {
  const forms: [string, VerbForm][] = onlyListed ? [] : inflect(lemma);
  for (const x of extra) forms.push([x, formOf(x, lemma)]);
  for (const [w, form] of forms) {
    const old = verbs.get(w);
    if (old && old.lemma === lemma) old.frames |= frames;
    else if (!old) verbs.set(w, { lemma, frames, form });
  }
}

function byFirst<T extends { words: string[] }>(items: T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const k = it.words[0];
    let l = m.get(k);
    if (!l) m.set(k, (l = []));
    l.push(it);
  }
  for (const l of m.values()) l.sort((a, b) => b.words.length - a.words.length);
  return m;
}

function compile(extra: LexiconExtras = {}): Lexicon {
  const verbs = new Map<string, VerbInfo>();
  for (const l of lines(VERBS)) {
    const [lemma, flags, ...forms] = l.split(/\s+/);
    addVerb(verbs, lemma, frameBits(flags ?? ''), forms, (flags ?? '').includes('!'));
  }
  for (const v of extra.speechVerbs ?? []) {
    const lemma = normWord(v.trim());
    if (lemma && /^[a-z'-]+$/.test(lemma)) addVerb(verbs, lemma, F.CLAUSE | F.BEFORE, []);
  }
  const prepVerbs = new Map<string, PrepVerbInfo>();
  for (const l of lines(PREP_VERBS)) {
    const [left, right = ''] = l.split('|');
    const [lemma, ...preps] = left.trim().split(/\s+/);
    const forms: [string, VerbForm][] = inflect(lemma);
    for (const x of right.trim().split(/\s+/)) if (x) forms.push([x, formOf(x, lemma)]);
    for (const [w, form] of forms) {
      const old = prepVerbs.get(w);
      if (old && old.lemma === lemma) for (const p of preps) old.preps.add(p);
      else if (!old) prepVerbs.set(w, { lemma, form, preps: new Set(preps) });
    }
  }
  const phraseList: PhraseInfo[] = [];
  for (const l of lines(PHRASES)) {
    const [left, right = ''] = l.split('|');
    const [kind, arg] = right.trim().split(/\s+/);
    const info: PhraseInfo = { words: phraseWords(left.trim()), kind: kind as PhraseKind, frames: 0, text: left.trim() };
    if (kind === 'verb') info.frames = frameBits(arg ?? 'cb');
    else if (arg) info.relation = arg as ChainRelation;
    phraseList.push(info);
  }
  const outletList: { words: string[]; name: string }[] = [];
  for (const name of [...lines(OUTLETS), ...(extra.outlets ?? []).map((s) => s.trim()).filter(Boolean)]) {
    outletList.push({ words: phraseWords(name), name });
  }
  const titleList = lines(TITLES).map((t) => ({ words: phraseWords(t) }));
  const titles = new Map<string, string[][]>();
  for (const [k, l] of byFirst(titleList)) titles.set(k, l.map((x) => x.words));
  const vague = new Set<string>();
  for (const v of [...lines(VAGUE_SOURCES), ...(extra.vagueSources ?? [])]) if (v.trim()) vague.add(normWord(v.trim()));
  const subjectPronouns = new Map<string, string>();
  for (const pair of W.SUBJECT_PRONOUNS.split(/\s+/)) {
    if (!pair) continue;
    const [w, t] = pair.split(':');
    subjectPronouns.set(w, t);
  }
  const titleWords = new Set<string>();
  for (const t of titleList) for (const w of t.words) if (w !== '.') titleWords.add(w);
  return {
    verbs,
    prepVerbs,
    nounPreps: new Map(lines(NOUN_PREPS).map((l) => {
      const [noun, ...preps] = l.split(/\s+/);
      return [noun, new Set(preps)] as [string, Set<string>];
    })),
    lightVerbs: words(LIGHT_VERBS),
    phrases: byFirst(phraseList),
    nouns: words(REPORTING_NOUNS),
    adjectives: words(REPORTING_ADJECTIVES),
    outlets: byFirst(outletList),
    titles,
    titleWords,
    vague,
    anonymous: words(ANONYMOUS_MARKERS),
    determiners: words(W.DETERMINERS),
    pronouns: words(W.PERSONAL_PRONOUNS),
    subjectPronouns,
    relatives: words(W.RELATIVE_PRONOUNS),
    prepositions: words(W.PREPOSITIONS),
    conjunctions: words(W.CONJUNCTIONS),
    auxiliaries: words(W.AUXILIARIES),
    verbAdverbs: words(W.VERB_ADVERBS),
    abbreviations: words(W.ABBREVIATIONS),
    timeWords: words(W.TIME_WORDS),
    clauseOpeners: words(W.CLAUSE_OPENERS),
    commonVerbs: words(W.COMMON_VERBS),
    nonNominal: words(W.NON_NOMINAL),
    irregularPast: words(W.IRREGULAR_PAST),
  };
}

let base: Lexicon | undefined;
const extended = new Map<string, Lexicon>();

/** The compiled lexicon for these extras (compiled once, then cached). */
export function getLexicon(extra?: LexiconExtras): Lexicon {
  const hasExtra = !!extra && !!((extra.outlets?.length ?? 0) + (extra.speechVerbs?.length ?? 0) + (extra.vagueSources?.length ?? 0));
  if (!hasExtra) return (base ??= compile());
  const key = JSON.stringify([extra!.outlets ?? [], extra!.speechVerbs ?? [], extra!.vagueSources ?? []]);
  let lex = extended.get(key);
  if (!lex) {
    if (extended.size > 16) extended.clear();
    extended.set(key, (lex = compile(extra)));
  }
  return lex;
}
