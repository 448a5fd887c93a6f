// Noun phrases found by walking tokens left or right from a cue, with closed-class word lists and
// capitalisation instead of a tagger. Returns token ranges [t0, t1) inside one sentence.
import type { Lexicon } from '../lexicon/index';
import { K, Q, type Token } from '../text/tokens';

export interface NP {
  t0: number;
  t1: number;
  /** Token range of the head noun phrase (without appositive or relative clause). */
  h0: number;
  h1: number;
  /** How the phrase is built. */
  shape: 'pronoun' | 'relative' | 'name' | 'common' | 'possessive';
}

/**
 * A noun phrase. Every NP of the engine is made here (not with literals or spread copies at each
 * site): one allocation site, so V8 gives them all one hidden class and the code reading them stays
 * monomorphic.
 */
export function mkNP(t0: number, t1: number, h0: number, h1: number, shape: NP['shape']): NP {
  return { t0, t1, h0, h1, shape };
}

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const MONTHS = new Set(['january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** Tokens [t0, t1) are only a time expression ("Monday", "last week", "March"), never a source. */
function onlyTime(tokens: Token[], t0: number, t1: number, lex: Lexicon): boolean {
  let word = false;
  for (let i = t0; i < t1; i++) {
    if (!isTimeToken(tokens[i], lex)) return false;
    if (tokens[i].k === K.Word) word = true;
  }
  // a bare number or percentage is a quantity ("42% say"), not a time
  return word;
}

/** A word of a time expression: "Monday", "March", "last", "week", a number (not "Week" in "The Week"). */
function isTimeToken(t: Token, lex: Lexicon): boolean {
  if (t.k === K.Num || t.w === ',') return true;
  if (t.k !== K.Word) return false;
  if (!t.cap && (t.w === 'late' || t.w === 'early' || t.w === 'mid')) return true;
  if (!lex.timeWords.has(t.w)) return false;
  return !t.cap || WEEKDAYS.has(t.w) || MONTHS.has(t.w) || lex.determiners.has(t.w);
}
const QUANTIFIER_HEADS = new Set(['some', 'many', 'others', 'most', 'few', 'several', 'both', 'all', 'everyone', 'nobody', 'someone', 'somebody', 'everybody', 'none', 'another']);
const NUMBER_HEADS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'half', 'most', 'many', 'some', 'all', 'none', 'each', 'both', 'several', 'few']);
const CONNECTORS = new Set(['of', 'for', 'at', 'from', 'with', 'in', 'on']);
const MAX_NP = 14;
/** Nouns (and "close") that take a person with "to": "aides to the mayor", "people close to him". */
export const RELATIONAL_TO = new Set(['aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'spokesman', 'spokeswoman', 'spokesperson', 'spokesmen', 'counsel', 'counselor', 'ambassador', 'ambassadors', 'envoy', 'envoys', 'assistant', 'assistants', 'deputy', 'deputies', 'consultant', 'consultants', 'heir', 'successor', 'predecessor', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'liaison', 'close', 'closest', 'secretary', 'strategist', 'strategists', 'confidant', 'confidants']);

/** A token that may be part of a noun phrase (not a determiner). */
export function isNominal(t: Token, lex: Lexicon, next?: Token): boolean {
  if (t.k === K.Num) return true;
  if (t.k !== K.Word) {
    return t.w === '.' || t.w === '&';
  }
  const w = t.w;
  if (w === "'s") return true;
  if (lex.nonNominal.has(w)) return false;
  if (t.cap) {
    // an initial ("James A. Lewis", "I. M. Pei"), not the article or pronoun
    if (w.length === 1 && next && next.w === '.' && next.s === t.e) return true;
    // capitalised function words and adverbs at sentence start are not names
    // (a name when another capitalised word follows: "Kelly Ayotte")
    if (w.endsWith('ly') && w.length > 5) return !!next && next.k === K.Word && next.cap && !lex.pronouns.has(next.w);
    // ... except a modal that is a first name ("Will Doyle", "May Lee")
    if (lex.auxiliaries.has(w) && next && next.cap && next.k === K.Word && next.s === t.e + 1) return true;
    return !(lex.determiners.has(w) || lex.prepositions.has(w) || lex.conjunctions.has(w) || lex.pronouns.has(w) || lex.auxiliaries.has(w));
  }
  if (lex.determiners.has(w) || lex.prepositions.has(w) || lex.conjunctions.has(w) || lex.auxiliaries.has(w)) return false;
  if (lex.pronouns.has(w) || lex.relatives.has(w) || lex.clauseOpeners.has(w) || lex.commonVerbs.has(w)) return false;
  if (lex.verbAdverbs.has(w)) return false;
  const v = lex.verbs.get(w);
  if (v && (v.form === 'ed' || v.form === 'ing' || v.form === 's')) return false;
  if (w.endsWith('ly') && w.length > 4 && w !== 'family' && w !== 'ally' && w !== 'rally' && w !== 'italy') return false;
  return true;
}

/**
 * An -s or -ing form right before a cue, after a determiner, a possessive or a noun, is the head noun
 * of the subject, not a verb: "the advocates hailed", "people familiar with the planning confirmed".
 */
function nounyVerbForm(t: Token, prev: Token | undefined, lex: Lexicon): boolean {
  if (t.k !== K.Word || t.cap || !prev || prev.k !== K.Word) return false;
  const v = lex.verbs.get(t.w);
  if (!v || (v.form !== 's' && v.form !== 'ing')) return false;
  if (lex.auxiliaries.has(prev.w) || lex.pronouns.has(prev.w) || lex.relatives.has(prev.w)) return false;
  return lex.determiners.has(prev.w) || prev.w === "'s" || prev.cap || isNominal(prev, lex);
}

/** A capitalised -ly word after a title or a first name is a surname: "Mrs. Schlafly", "Megyn Kelly". */
function capLyName(tokens: Token[], i: number, min: number): boolean {
  const t = tokens[i];
  if (t.k !== K.Word || !t.cap || !t.w.endsWith('ly') || i - 1 < min) return false;
  const p = tokens[i - 1];
  return (p.w === '.' && isDot(p, tokens[i - 2])) || (p.k === K.Word && p.cap && p.e + 1 === t.s);
}

/** A capitalised modal after a first name is a surname: "Theresa May", "Jo Will". */
function capModalName(tokens: Token[], i: number, min: number, lex: Lexicon): boolean {
  const t = tokens[i];
  if (t.k !== K.Word || !t.cap || !lex.auxiliaries.has(t.w) || i - 1 < min) return false;
  const p = tokens[i - 1];
  return p.k === K.Word && p.cap && p.e + 1 === t.s && !lex.determiners.has(p.w) && !lex.pronouns.has(p.w) && !lex.prepositions.has(p.w) && !lex.conjunctions.has(p.w) && !lex.auxiliaries.has(p.w);
}

function isDot(t: Token, prev: Token | undefined): boolean {
  // "Mr." "Sen." "J." : a period glued to a short word
  return t.w === '.' && !!prev && prev.k === K.Word && prev.e === t.s && prev.w.length <= 5;
}

/**
 * The noun phrase that ends just before token `end` (exclusive), not reaching before `min`.
 * Handles pronouns, relative pronouns ("who"), possessives, "of"-attachments ("critics of Trump")
 * and appositives ("Jane Doe, a spokeswoman for the ministry,").
 */
export function npBefore(tokens: Token[], end: number, min: number, lex: Lexicon, allowAppositive = true): NP | null {
  let j = end - 1;
  if (j < min) return null;
  // a time between the subject and the cue: "Officials on Monday said", "Doe last week said" -> the subject
  if (tokens[j].k === K.Word && isTimeToken(tokens[j], lex) && !lex.determiners.has(tokens[j].w) && tokens[j].w !== 'last' && tokens[j].w !== 'next') {
    let k = end;
    while (k - 1 >= min && isTimeToken(tokens[k - 1], lex) && tokens[k - 1].w !== ',') k--;
    if (k - 1 >= min && (tokens[k - 1].w === 'on' || tokens[k - 1].w === 'in' || tokens[k - 1].w === 'at')) k--;
    if (k > min) {
      const np = npBefore(tokens, k, min, lex, allowAppositive);
      if (np) return np;
    }
  }
  // a restrictive relative clause between the subject and the cue: "A senior official who spoke on
  // condition of anonymity said", "People who attended the meeting said"
  if (allowAppositive) {
    const rel = relativeSubject(tokens, end, min, lex);
    if (rel) return rel;
  }
  const last = tokens[j];
  // appositive or relative clause between commas: "Smith, a spokesman, said" / "Smith, who ..., said"
  if (isDash(last, tokens[j + 1]) && allowAppositive) {
    // "Jason Sims — a teacher from Mount Pleasant — says" (also a spaced hyphen: "Jo Roe - a teacher - says")
    let c = j - 1;
    while (c >= min && j - c < 30 && !(tokens[c].w === last.w && isDash(tokens[c], tokens[c + 1])) && tokens[c].k !== K.Quote) c--;
    if (c >= min && tokens[c].w === last.w) {
      const np = appositiveHead(tokens, c, j, min, lex);
      if (np) return np;
    }
    return null;
  }
  if (last.w === ',' && allowAppositive) {
    // "Several leaders, including A, B and C, said": a list after "including" / "such as"
    for (let c = j - 1; c > min && j - c < 40; c--) {
      const t = tokens[c];
      if (t.k === K.Quote || t.w === ';' || t.w === ':') break;
      if (t.w === ',' && (tokens[c + 1]?.w === 'including' || (tokens[c + 1]?.w === 'such' && tokens[c + 2]?.w === 'as'))) {
        const np = appositiveHead(tokens, c, j, min, lex);
        if (np) return np;
        break;
      }
    }
    // try the commas to the left in turn: the appositive may itself contain commas
    // ("Jane Doe, a strategist whose agency, Acme, made the ads, said")
    let c = j - 1;
    let depth = 0;
    let tries = 0;
    while (c >= min && j - c < 60 && tries < 3) {
      const t = tokens[c];
      if (t.k === K.Quote && t.q === Q.Close) {
        // a short quoted name inside the appositive: "wearing “Ted Cruz” pins"
        let o = c - 1;
        while (o > min && c - o <= 6 && !(tokens[o].k === K.Quote && tokens[o].q === Q.Open)) o--;
        if (o > min && tokens[o].k === K.Quote && tokens[o].q === Q.Open) {
          c = o - 1;
          continue;
        }
      }
      if (t.k === K.Quote || t.w === ';' || t.w === ':') return null;
      if (t.w === ')') depth++;
      else if (t.w === '(') depth--;
      else if (t.w === ',' && depth <= 0) {
        tries++;
        const np = appositiveHead(tokens, c, j, min, lex);
        if (np) return np;
      }
      c--;
    }
    return null;
  }
  if (last.w === ')') {
    // "Sen. Jane Doe (D-Vt.) said": skip a short parenthetical
    let c = j - 1;
    while (c >= min && j - c < 8 && tokens[c].w !== '(') c--;
    if (c >= min && tokens[c].w === '(') {
      const head = npBefore(tokens, c, min, lex, false);
      if (head) return mkNP(head.t0, end, head.h0, head.h1, head.shape);
    }
    return null;
  }
  if (last.k === K.Word) {
    if (lex.subjectPronouns.has(last.w) || last.w === 'him' || last.w === 'them' || last.w === 'me' || last.w === 'us') {
      return mkNP(j, end, j, end, 'pronoun');
    }
    // "most of whom", "some of which": a partitive relative
    if ((last.w === 'whom' || last.w === 'which') && j - 2 >= min && tokens[j - 1].w === 'of' && (QUANTIFIER_HEADS.has(tokens[j - 2].w) || NUMBER_HEADS.has(tokens[j - 2].w))) {
      return mkNP(j - 2, end, j, end, 'relative');
    }
    if (last.w === 'who' || last.w === 'which' || last.w === 'that') {
      return mkNP(j, end, j, end, 'relative');
    }
    if (NUMBER_HEADS.has(last.w) && last.k === K.Word) {
      // a number word as the head: "the two said", "One says", "Two in three said"
      let s0 = j;
      const p = tokens[j - 1];
      if (p && j - 1 >= min && p.k === K.Word && (p.w === 'the' || p.w === 'these' || p.w === 'those' || p.w === 'all' || (p.w === 'no' && last.w === 'one'))) s0 = j - 1;
      else if (p && j - 2 >= min && (p.w === 'in' || p.w === 'of') && NUMBER_HEADS.has(tokens[j - 2].w)) s0 = j - 2;
      const pp = tokens[s0 - 1];
      if (s0 === min || !pp || !(pp.k === K.Word && (lex.determiners.has(pp.w) || isNominal(pp, lex) || lex.prepositions.has(pp.w)))) {
        return mkNP(s0, end, s0, end, tokens[s0].cap && s0 === j ? 'common' : 'common');
      }
    }
    if (QUANTIFIER_HEADS.has(last.w)) {
      // "some", "many", "others" standing alone as the subject
      const p = tokens[j - 1];
      if (!p || !(p.k === K.Word && (lex.determiners.has(p.w) || isNominal(p, lex)))) return mkNP(j, end, j, end, 'common');
    }
  }
  let i = j;
  let start = -1;
  let connectors = 0;
  let sawName = false;
  while (i >= min && end - i <= MAX_NP) {
    const t = tokens[i];
    if (isNominal(t, lex, tokens[i + 1]) || isDot(t, tokens[i - 1]) || (i === end - 1 && nounyVerbForm(t, tokens[i - 1], lex)) || capLyName(tokens, i, min) || capModalName(tokens, i, min, lex)) {
      if (t.w === '.' && !isDot(t, tokens[i - 1])) break;
      if (t.cap) sawName = true;
      // a time word ends the phrase: "this week Trump said" -> "Trump"
      if (lex.timeWords.has(t.w) && start >= 0 && (!t.cap || WEEKDAYS.has(t.w) || MONTHS.has(t.w))) break;
      start = i;
      i--;
      continue;
    }
    if (t.k === K.Word && lex.determiners.has(t.w) && start >= 0) {
      start = i;
      // "critics of the plan" : a determiner may follow a connector
      const p = tokens[i - 1];
      if (p && p.k === K.Word && (CONNECTORS.has(p.w) || (p.w === 'to' && i - 2 >= min && RELATIONAL_TO.has(tokens[i - 2].w))) && connectors < 2 && i - 2 >= min && (isNominal(tokens[i - 2], lex) || RELATIONAL_TO.has(tokens[i - 2].w))) {
        connectors++;
        i -= 2;
        continue;
      }
      // "the three scholars", "all five members": an article before a number
      if (p && i - 1 >= min && p.k === K.Word && (p.w === 'the' || p.w === 'all' || p.w === 'these' || p.w === 'those') && (NUMBER_WORDS.has(t.w) || NUMBER_HEADS.has(t.w))) {
        start = i - 1;
        break;
      }
      // "one of his advisers", "some of the critics"
      if (p && p.w === 'of' && i - 2 >= min && QUANTIFIER_HEADS.has(tokens[i - 2].w) || p && p.w === 'of' && i - 2 >= min && ['one', 'two', 'three', 'each', 'none', 'any', 'either', 'neither'].includes(tokens[i - 2].w)) {
        start = i - 2;
      }
      break;
    }
    // "aides to the mayor", "a spokesman to the governor", "people close to the campaign"
    if (t.k === K.Word && t.w === 'to' && start >= 0 && connectors < 2 && i - 1 >= min && RELATIONAL_TO.has(tokens[i - 1].w)) {
      connectors++;
      i--;
      continue;
    }
    if (t.k === K.Word && CONNECTORS.has(t.w) && start >= 0 && connectors < 2 && i - 1 >= min && (isNominal(tokens[i - 1], lex) || (NUMBER_WORDS.has(tokens[i - 1].w) && (t.w === 'in' || t.w === 'of'))) && tokens[i - 1].w !== "'s") {
      connectors++;
      i--;
      continue;
    }
    if (t.k === K.Word && (t.w === 'and' || t.w === '&') && start >= 0 && tokens[start].cap && i - 1 >= min && tokens[i - 1].cap && isNominal(tokens[i - 1], lex)) {
      // "Smith and Jones said"
      i--;
      continue;
    }
    break;
  }
  if (start < 0) return null;
  // do not end on a connector or start on a possessive marker
  while (start < end && (tokens[start].w === "'s" || tokens[start].w === '.' || CONNECTORS.has(tokens[start].w))) start++;
  if (start >= end) return null;
  if (onlyTime(tokens, start, end, lex)) return null;
  const possessive = tokens[end - 1].w === "'s";
  return mkNP(start, end, start, end, possessive ? 'possessive' : sawName || (tokens[start].cap && !lex.determiners.has(tokens[start].w)) ? 'name' : 'common');
}

/** "HEAD who VERB ... [end]": the head with its relative clause, when no punctuation comes between. */
function relativeSubject(tokens: Token[], end: number, min: number, lex: Lexicon): NP | null {
  for (let w = end - 2; w >= min && end - w <= 16; w--) {
    const t = tokens[w];
    if (t.k !== K.Word) return null;
    if (t.w !== 'who') continue;
    const n = tokens[w + 1];
    if (!n || n.k !== K.Word || n.cap || lex.pronouns.has(n.w)) return null;
    const head = npBefore(tokens, w, min, lex, false);
    if (!head || head.shape === 'relative' || head.shape === 'pronoun' && !['those', 'some', 'others'].includes(tokens[head.t0].w)) return null;
    return mkNP(head.t0, end, head.h0, head.h1, head.shape);
  }
  return null;
}

/** A dash between phrases: an em or en dash, "--", or a hyphen with a space on each side. */
function isDash(t: Token, next: Token | undefined): boolean {
  if (t.w === '—' || t.w === '–' || t.w === '--' || t.w === '―') return true;
  return t.w === '-' && t.sp && !!next && next.sp;
}

/** "HEAD , APPOSITIVE ," with the comma before the appositive at c and the final comma at j. */
function appositiveHead(tokens: Token[], c: number, j: number, min: number, lex: Lexicon): NP | null {
  const head = npBefore(tokens, c, min, lex, false);
  if (!head || head.shape === 'relative') return null;
  if (head.shape === 'pronoun' && tokens[head.t0].w !== 'i') return null;
  // the appositive must start like a noun phrase, a relative clause or a short inserted phrase
  // ("Mr. Trump, in a brief interview on Saturday, said")
  const a = tokens[c + 1];
  if (!a || a.k !== K.Word && a.k !== K.Num) return null;
  const inserted = a.k === K.Word && (INSERTED.has(a.w) || (a.w.endsWith('ly') && a.w.length > 4) || (!a.cap && a.w.endsWith('ing') && a.w.length > 5)) && j - c <= 16;
  if (!(lex.determiners.has(a.w) || a.w === 'who' || a.w === 'whose' || a.w === 'which' || a.cap || a.k === K.Num || isNominal(a, lex) || inserted)) return null;
  // the head must begin its clause: nothing but a boundary before it
  const before = head.t0 > min ? tokens[head.t0 - 1] : undefined;
  if (before && !(before.w === ',' || before.k === K.Quote || lex.conjunctions.has(before.w) || before.w === ':' || before.w === ';' || isDash(before, tokens[head.t0]) || before.w === '(')) {
    return null;
  }
  if (inserted) return mkNP(head.t0, head.t1, head.h0, head.h1, head.shape);
  return mkNP(head.t0, j, head.h0, head.h1, head.shape);
}

const INSERTED = new Set(['of', 'in', 'at', 'during', 'on', 'after', 'before', 'speaking', 'asked', 'when', 'while', 'however', 'meanwhile', 'too', 'also', 'though', 'for', 'like', 'unlike', 'as', 'through', 'via', 'by']);

/** The noun phrase that starts at token `start`, not reaching `max` (exclusive). */
export function npAfter(tokens: Token[], start: number, max: number, lex: Lexicon): NP | null {
  let i = start;
  if (i >= max) return null;
  const first = tokens[i];
  if (first.k === K.Word && (lex.subjectPronouns.has(first.w) || first.w === 'him' || first.w === 'them' || first.w === 'me' || first.w === 'us' || first.w === 'her')) {
    return mkNP(i, i + 1, i, i + 1, 'pronoun');
  }
  if (first.k === K.Word && lex.determiners.has(first.w)) i++;
  // "tweeted another", "said one": a quantifier standing alone
  if (i === start + 1 && QUANTIFIER_HEADS.has(first.w) && !(tokens[i] && i < max && tokens[i].k === K.Word && isNominal(tokens[i], lex, tokens[i + 1]))) {
    return mkNP(start, start + 1, start, start + 1, 'common');
  }
  let sawName = false;
  let connectors = 0;
  let last = -1;
  while (i < max && i - start < MAX_NP) {
    const t = tokens[i];
    // a past-tense verb after the head ends the phrase: "The Post intervened"
    if (last >= 0 && t.k === K.Word && !t.cap && ((t.w.length > 3 && t.w.endsWith('ed')) || lex.irregularPast.has(t.w))) break;
    if (isNominal(t, lex, tokens[i + 1]) || isDot(t, tokens[i - 1])) {
      // a period after an abbreviation continues only into a capitalised word
      if (t.w === '.' && (!isDot(t, tokens[i - 1]) || !(i + 1 < max && tokens[i + 1] && tokens[i + 1].cap))) break;
      // a time expression ends the phrase: "AP last week", "Jane Doe Monday" (not "Morning Post")
      if (last >= 0 && last === i - 1 && t.k === K.Word && lex.timeWords.has(t.w) && (!t.cap || WEEKDAYS.has(t.w))) break;
      if (t.cap) sawName = true;
      last = i;
      i++;
      continue;
    }
    if (t.k === K.Word && CONNECTORS.has(t.w) && last >= 0 && connectors < 1 && i + 1 < max) {
      const n = tokens[i + 1];
      // "Reuters on Monday", "the BBC in March", "AP in the morning": a time, not part of the name
      const n2 = lex.determiners.has(n.w) ? tokens[i + 2] : n;
      if ((t.w === 'on' || t.w === 'in' || t.w === 'at') && n2 && n2.k === K.Word && isTimeToken(n2, lex)) break;
      if (n.k === K.Word && (lex.determiners.has(n.w) || n.cap)) {
        connectors++;
        i++;
        if (lex.determiners.has(tokens[i].w)) i++;
        continue;
      }
    }
    break;
  }
  if (last < 0) return null;
  const end = last + 1;
  if (onlyTime(tokens, start, end, lex)) return null;
  return mkNP(start, end, start, end, sawName ? 'name' : 'common');
}

/** Extends an inverted source with its appositive: "said Jane Doe, a spokeswoman for X," */
export function withAppositiveAfter(tokens: Token[], np: NP, max: number, lex: Lexicon): NP {
  const c = tokens[np.t1];
  // a restrictive relative clause: "said a senior official who spoke on condition of anonymity."
  if (c && c.w === 'who' && np.t1 + 1 < max && np.shape !== 'pronoun') {
    let i = np.t1 + 1;
    while (i < max && i - np.t1 < 40) {
      const t = tokens[i];
      if (t.w === ',' || t.k === K.Quote || t.w === ';' || t.w === ':' || (t.k === K.Punct && (t.w === '.' || t.w === '?' || t.w === '!'))) break;
      i++;
    }
    return mkNP(np.t0, i, np.h0, np.h1, np.shape);
  }
  if (!c || c.w !== ',' || np.t1 + 1 >= max) return np;
  const a = tokens[np.t1 + 1];
  if (!(a.k === K.Word && (lex.determiners.has(a.w) || a.w === 'who'))) return np;
  let i = np.t1 + 1;
  while (i < max && i - np.t1 < 40) {
    const t = tokens[i];
    // (a short word's period is an abbreviation's, unless it ends the sentence: "who served as mayor.")
    if (t.w === ',' || t.k === K.Quote || t.w === ';' || t.w === ':' || (t.k === K.Punct && (t.w === '.' || t.w === '?' || t.w === '!') && (!isDot(t, tokens[i - 1]) || i === max - 1 || tokens[i + 1]?.k === K.Quote))) break;
    i++;
  }
  return mkNP(np.t0, i, np.h0, np.h1, np.shape);
}
