// Cues and their frames, one sentence at a time: find reporting verbs, phrases, nouns, adjectives
// and introducing colons, then read the source and the content around each one.
//
// Patterns (S = source, V = cue, C = content, Q = quote):
//   Q, S V.   Q, V S.   C, S V.   C, V S.   S V (that) C.   S V: Q   S V, Q   S V Q
//   S V ADDRESSEE (that) C.   S V (ADDRESSEE) to C.   S V OBJECT.   Q1, S V, Q2.
//   According to S, C.   C, according to S.   S be ADJ that C.   S's NOUN that C.
import { afterHelp, particleBack, particleObject } from './particle';
import { clauseAppositiveAt, concessiveAt, secondReportAt } from './concessive';
import type { ChainRelation, Span } from '../types';
import { F, type Lexicon, type PhraseInfo, type VerbInfo } from '../lexicon/index';
import { tokenAtOrAfter, type Doc, type Paragraph } from '../pipeline/document';
import { mkNP, npAfter, npBefore, withAppositiveAfter, isNominal, type NP } from '../sources/np';
import { opensQuotedTurn } from '../quotes/transcript';
import { quotedTurnFrame } from './transcript';
import { asClauseFrame } from './asclause';
import { headlineFrame } from './headline';
import { afterModal, onlyAdverbs } from './modal';
import { leadingParticiple, leadParticipleAt, leadParticipleFrame } from './leading';
import { thatAfterPlace } from './latethat';
import { isDocumentNoun } from './docnoun';
import { sourceToPhraseEnd } from './according';
import { afterTime, askedContentStart } from './timeskip';
import { verbAfterInsertion } from './insertion';
import { quoteBeforeSentence, saidFirstFrame } from './saidfirst';
import { AGENT_NOUNS, agentNounFrame } from './agentnoun';
import { stanceFrame } from './stance';
import { toAfterAddressee } from './addressee';
import { longSubject } from './subject';
import { HEARSAY_ADVERBS, hearsayFrame } from './hearsay';
import { K, Q, type Token } from '../text/tokens';
import { isPossessiveS } from '../text/possessive';
import { newFrame, type Frame, type Medium } from './frame';
import { passiveFrame } from './passive';
import { gapContent } from './relative';
import { carriesNoun, nounPrepFrame } from './nouns';
import { SEEM_WORDS, seemFrame } from './seem';
import { agrees, headOf } from './agreement';
import { dummyItInfinitive, infinitiveController, objectOfVerb } from './infinitive';
import { prepVerbFrame } from './prepverbs';
import { phrasalFrame } from './phrasal';
import { perceptionSmallClause } from './perception';
import { namedContent } from './naming';
import { whObjectGap } from './whgap';
import { auxiliaryFollows, pluralAfterNumber } from './nounsubject';
import { firstIndex, fit } from '../spans';

const TERMINAL = new Set(['.', '!', '?', ';', ':', ',', '…', '...', '—', '–', '-', '--']);
const BE = new Set(['is', 'are', 'was', 'were', "'s", "'re", 'been', 'be', 'remain', 'remains', 'remained', 'seem', 'seems', 'seemed', 'appear', 'appears', 'appeared', 'became', 'become', 'feel', 'feels', 'felt', 'sounded']);
const WH = new Set(['whether', 'if', 'why', 'how', 'what', 'when', 'where', 'who', 'which']);
const SUBJECTISH = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'there', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'no', 'nobody', 'none', 'everyone', 'everybody', 'someone', 'somebody', 'nothing', 'something', 'everything', 'anyone', 'all', 'both', 'each', 'many', 'most', 'some', 'several', 'few', 'more', 'only', 'not', 'neither', 'either', 'if', 'when', 'while', 'although', 'though', 'because', 'unless', 'once', 'as', 'since', 'after', 'before']);
/** Nouns naming how something was said (a Map: no prototype keys like "constructor"). */
const MEDIUM_NOUNS = new Map<string, ChainRelation>([['statement', 'statement'], ['statements', 'statement'], ['release', 'statement'], ['communique', 'statement'], ['interview', 'interview'], ['interviews', 'interview'], ['letter', 'letter'], ['email', 'letter'], ['e-mail', 'letter'], ['memo', 'document'], ['report', 'document'], ['filing', 'document'], ['op-ed', 'document'], ['tweet', 'post'], ['tweets', 'post'], ['post', 'post'], ['twitter', 'post'], ['facebook', 'post'], ['instagram', 'post'], ['blog', 'post'], ['speech', 'broadcast'], ['remarks', 'broadcast'], ['broadcast', 'broadcast'], ['video', 'broadcast'], ['conference', 'broadcast'], ['briefing', 'broadcast'], ['rally', 'broadcast'], ['debate', 'broadcast'], ['show', 'broadcast'], ['program', 'broadcast'], ['podcast', 'broadcast']]);
const MEDIUM_PREPS = new Set(['in', 'during', 'at', 'on', 'via', 'through']);

export interface SentenceCtx {
  doc: Doc;
  para: Paragraph;
  lex: Lexicon;
  si: number;
  /** Sentence token range. */
  a: number;
  b: number;
  tokens: Token[];
}

export function span(tokens: Token[], t0: number, t1: number): Span {
  return { start: tokens[t0].s, end: tokens[t1 - 1].e };
}

/** Token end of the sentence content: the sentence end without terminal punctuation. */
export function contentEnd(ctx: SentenceCtx, from: number, to = ctx.b): number {
  const { tokens } = ctx;
  let e = to;
  while (e > from && tokens[e - 1].k === K.Punct && TERMINAL.has(tokens[e - 1].w)) e--;
  return e;
}

export function inQuote(ctx: SentenceCtx, i: number): boolean {
  return ctx.para.qid[i] >= 0;
}

export function quotesIn(ctx: SentenceCtx, s: number, e: number): number[] {
  const out: number[] = [];
  const qs = ctx.doc.quotes;
  // quotes are sorted by start: binary search for the first one starting at or after s
  const lo = firstIndex(qs.length, (mid) => qs[mid].s < s);
  for (let i = lo; i < qs.length; i++) {
    const q = qs[i];
    if (q.s >= e) break;
    if (q.s >= s && q.e <= e) out.push(i);
  }
  return out;
}

export function mixedOrIndirect(ctx: SentenceCtx, sp: Span): { kind: 'mixed' | 'indirect'; quotes: number[] } {
  const quotes = quotesIn(ctx, sp.start, sp.end);
  return { kind: quotes.length ? 'mixed' : 'indirect', quotes };
}

/** The document quote whose closing mark is token i, or -1. */
export function quoteClosingAt(ctx: SentenceCtx, i: number): number {
  const t = ctx.tokens[i];
  if (!t || t.k !== K.Quote) return -1;
  const q = ctx.para.qid[i];
  if (q < 0) return -1;
  return ctx.doc.quotes[q].e === t.e ? q : -1;
}

/** The document quote whose opening mark is token i, or -1. */
export function quoteOpeningAt(ctx: SentenceCtx, i: number): number {
  const t = ctx.tokens[i];
  if (!t || t.k !== K.Quote) return -1;
  const q = ctx.para.qid[i];
  if (q < 0) return -1;
  return ctx.doc.quotes[q].s === t.s ? q : -1;
}

export function quoteSpan(ctx: SentenceCtx, q: number): Span {
  const Q = ctx.doc.quotes[q];
  return { start: Q.s, end: Q.e };
}

/** Index of the token after the quote starting at token i (its closing mark + 1), within the paragraph. */
export function afterQuote(ctx: SentenceCtx, q: number): number {
  const e = ctx.doc.quotes[q].e;
  const toks = ctx.tokens;
  return firstIndex(toks.length, (mid) => toks[mid].s < e);
}

function isCueCase(ctx: SentenceCtx, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t.cap) return true;
  if (ctx.para.titleCase) return true;
  if (i === ctx.a) return true;
  const p = ctx.tokens[i - 1];
  return !!p && p.k === K.Quote;
}

/** Start of the verb group ending at i: auxiliaries, negation and adverbs ("has also said"). */
export function verbGroupStart(ctx: SentenceCtx, i: number): number {
  const { tokens, lex } = ctx;
  let j = i;
  while (j - 1 >= ctx.a) {
    const t = tokens[j - 1];
    if (t.k !== K.Word || t.cap) break;
    const w = t.w;
    // "'s" is "is"/"has" only after a pronoun ("he's said"); after a name it is a possessive
    if (w === "'s" && !(j - 2 >= ctx.a && PRONOUN_S.has(tokens[j - 2].w))) break;
    if (lex.auxiliaries.has(w) || lex.verbAdverbs.has(w) || (w.endsWith('ly') && w.length > 4 && !isNominalLy(w)) || (w === 'since' && j - 2 >= ctx.a && lex.auxiliaries.has(tokens[j - 2].w)) || (w === 'only' && tokens[j - 2]?.w === 'not') || w === 'almost' || w === 'nearly') {
      // ("have since denounced": "since" as an adverb after an auxiliary)
      j--;
      continue;
    }
    // a floated quantifier: "have both supported", "will all support", "both suggested"
    if ((w === 'both' || w === 'all' || w === 'each') && j - 2 >= ctx.a) {
      const p = tokens[j - 2];
      if (lex.auxiliaries.has(p.w) || (p.k === K.Word && (p.cap || isNominal(p, lex)) && !lex.determiners.has(p.w)) || p.w === ',' || p.w === '—') {
        j--;
        continue;
      }
    }
    // a time expression between subject and verb: "who last year threatened", "Trump on Tuesday said"
    if (lex.timeWords.has(w) && j - 1 > ctx.a) {
      let x = j - 1;
      while (x - 1 >= ctx.a && j - x < 4 && tokens[x - 1].k === K.Word && (lex.timeWords.has(tokens[x - 1].w) || tokens[x - 1].cap || tokens[x - 1].w === 'this' || tokens[x - 1].w === 'on' || tokens[x - 1].w === 'last' || tokens[x - 1].w === 'early' || tokens[x - 1].w === 'late')) x--;
      const p = tokens[x - 1];
      if (x > ctx.a && ((tokens[x].w === 'on' || tokens[x].w === 'last' || tokens[x].w === 'this' || tokens[x].w === 'early' || tokens[x].w === 'late') || (p && (lex.relatives.has(p.w) || lex.pronouns.has(p.w))))) {
        j = x;
        continue;
      }
    }
    // "earlier in the day", "in the past", "in recent weeks", "at the time": a time phrase
    if ((lex.timeWords.has(w) || TIME_TAIL.has(w)) && j - 1 > ctx.a) {
      let y = j - 1;
      while (y - 1 >= ctx.a && j - y < 5 && tokens[y - 1].k === K.Word && !tokens[y - 1].cap && (TIME_PHRASE.has(tokens[y - 1].w) || lex.timeWords.has(tokens[y - 1].w))) y--;
      if (y < j - 1 && (tokens[y].w === 'in' || tokens[y].w === 'at' || tokens[y].w === 'earlier' || tokens[y].w === 'later' || tokens[y].w === 'over' || tokens[y].w === 'during')) {
        j = y;
        continue;
      }
    }
    break;
  }
  return j;
}

const TIME_TAIL = new Set(['day', 'days', 'past', 'time', 'weeks', 'months', 'years', 'decades', 'hours', 'minutes']);
const TIME_PHRASE = new Set(['in', 'at', 'the', 'past', 'recent', 'earlier', 'later', 'over', 'during', 'same', 'that', 'this', 'last', 'few', 'several', 'two', 'three']);
const QUANTITIES = new Set(['percent', '%', 'half', 'third', 'thirds', 'quarter', 'quarters', 'majority', 'minority', 'most', 'many', 'some', 'few', 'all', 'none', 'plurality']);
const NOUNY = new Set(['campaign', 'focus', 'vote', 'push', 'rally', 'talk', 'lie', 'point', 'object', 'side', 'rant', 'swipe', 'jab', 'dream', 'worry', 'care', 'joke', 'brief', 'count', 'settle', 'rage', 'fume', 'dissent', 'crusade', 'debate', 'detail', 'outline', 'protest', 'press', 'lobby', 'honor', 'salute', 'nickname', 'contest', 'comment', 'question', 'note', 'call', 'attack', 'back', 'challenge', 'favor', 'favour', 'offer', 'raise', 'plan', 'report', 'view', 'tweet', 'post', 'promise', 'pledge', 'fear', 'hope', 'demand', 'charge', 'answer', 'reply', 'request', 'list', 'quote', 'echo', 'voice', 'support', 'claim', 'vote', 'address', 'discuss', 'reference', 'praise', 'blame', 'doubt', 'estimate', 'forecast', 'signal', 'document', 'project', 'label', 'brand', 'order', 'remark', 'need', 'aim', 'bet', 'guess', 'sense', 'judge', 'trust', 'notice', 'figure', 'mention', 'counter', 'respond', 'insist']);
const APPOSITIVE_END = new Set([',', '—', '–', '--', ')']);
/** Stance verbs whose -ing form after a noun is an attribution of its own: "groups backing Bush", "ads attacking her". */
const STANCE_ING = new Set(['support', 'back', 'endorse', 'oppose', 'attack', 'criticize', 'criticise', 'praise', 'urge', 'demand', 'call', 'show', 'suggest', 'claim', 'accuse', 'blame', 'question', 'challenge', 'defend', 'condemn', 'denounce', 'mock', 'promise', 'pledge', 'warn', 'predict', 'argue', 'allege', 'deny', 'reject', 'favor', 'favour', 'advocate', 'champion', 'depict', 'portray', 'describe', 'tout', 'slam', 'blast', 'seek', 'ask', 'request', 'propose']);
const PRONOUN_S = new Set(['he', 'she', 'it', 'that', 'there', 'who', 'what', 'this', 'everyone', 'nobody']);
const NAMING = new Set(['call', 'name', 'dub', 'label', 'brand', 'title']);

function isNominalLy(w: string): boolean {
  return w === 'family' || w === 'ally' || w === 'rally' || w === 'italy' || w === 'assembly' || w === 'supply';
}

/** Skips time expressions and medium phrases after a cue: "on Tuesday", "in a statement", "last week". */
/** "the meeting that was held": a "that" followed by a verb is a relative pronoun, not "said ... that C". */
function relativeThat(ctx: SentenceCtx, x: number): boolean {
  const { tokens, lex } = ctx;
  const n = tokens[x + 1];
  if (!n || n.k !== K.Word || n.cap) return false;
  const v = lex.verbs.get(n.w);
  return lex.auxiliaries.has(n.w) || lex.commonVerbs.has(n.w) || lex.irregularPast.has(n.w) || (!!v && v.form !== 'base') || (n.w.endsWith('ed') && n.w.length > 4);
}

export function skipTrailer(ctx: SentenceCtx, k: number, end: number): { k: number; medium?: Medium } {
  const { tokens, lex } = ctx;
  let medium: Medium | undefined;
  let j = k;
  const accepts = (x: number) => {
    const next = tokens[x];
    return !next || x >= end || (next.w === 'that' && !relativeThat(ctx, x)) || next.w === ',' || next.k === K.Quote || next.w === ':' || (next.k === K.Punct && TERMINAL.has(next.w)) || WH.has(next.w) || next.w === 'and' || next.w === 'but';
  };
  // time expressions, adverbs and prepositional phrases: "on Tuesday", "in a statement",
  // "of the possibility", "to reporters from behind the camera", "earlier this week"
  for (let guard = 0; guard < 6 && j < end && j - k < 30; guard++) {
    const t = tokens[j];
    if (t.k !== K.Word) break;
    if (lex.timeWords.has(t.w) || lex.verbAdverbs.has(t.w) || (t.w.endsWith('ly') && t.w.length > 4 && !t.cap)) {
      let x = j + 1;
      while (x < end && x - j < 4 && tokens[x].k === K.Word && (lex.timeWords.has(tokens[x].w) || tokens[x].w === 'this' || tokens[x].w === 'night' || tokens[x].w === 'ago')) x++;
      j = x;
      if (accepts(j)) k = j;
      continue;
    }
    if (lex.prepositions.has(t.w) && t.w !== 'that' && t.w !== 'as' && t.w !== 'than' && t.w !== 'like') {
      let x = j + 1;
      let found: Medium | undefined;
      while (x < end && x - j < 13) {
        const u = tokens[x];
        const abbrevDot = u.w === '.' && tokens[x - 1].e === u.s && tokens[x - 1].w.length <= 4 && !!tokens[x + 1]?.cap;
        if (u.k !== K.Word && u.k !== K.Num && !abbrevDot && u.w !== '-' && u.w !== "'s") break;
        if (u.w === 'that' || WH.has(u.w) || (lex.prepositions.has(u.w) && x > j + 1 && u.w !== 'of' && u.w !== 'with')) break;
        const v = lex.verbs.get(u.w);
        if (v && !u.cap && (v.form !== 'base' || u.w === 'say')) break;
        if ((lex.auxiliaries.has(u.w) && u.w !== "'s") || lex.commonVerbs.has(u.w)) break;
        const rel = MEDIUM_NOUNS.get(u.w);
        if (rel && !found) found = { relation: rel, span: { start: t.s, end: u.e }, text: '' };
        x++;
      }
      if (x === j + 1) break;
      if (found) {
        found.text = ctx.doc.text.slice(found.span.start, found.span.end);
        // "in an interview with CNN": the named outlet is the medium
        for (let y = j + 1; y + 1 < x; y++) {
          if (tokens[y].w === 'with' || tokens[y].w === 'on') {
            const np = npAfter(tokens, y + 1, x, lex);
            if (np && np.shape === 'name') found.name = ctx.doc.text.slice(tokens[np.t0].s, tokens[np.t1 - 1].e);
            break;
          }
        }
      }
      j = x;
      if (accepts(j)) {
        k = j;
        if (found) medium = found;
      } else if (found && !medium) {
        // a later phrase may still close the trailer
        medium = found;
      }
      continue;
    }
    break;
  }
  if (medium && medium.span.start >= (tokens[k]?.s ?? Infinity)) medium = undefined;
  return { k, medium };
}

/** A clause opening with a possessive needs a verb ahead: "maintained his innocence" is an object. */
const POSSESSIVE_DET = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** Words that may open a reported clause without "that": "said about half of ...", "said perhaps ...". */
const CLAUSE_ADVERBS = new Set(['about', 'nearly', 'almost', 'roughly', 'around', 'over', 'under', 'fewer', 'less', 'at', 'just', 'even', 'perhaps', 'maybe', 'probably', 'possibly', 'likely', 'too', 'once', 'now', 'then', 'here', 'so', 'yes', 'no', 'instead', 'without', 'despite', 'unlike', 'given', 'during', 'under', 'by', 'with', 'for', 'in']);

export function isClauseStart(ctx: SentenceCtx, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t) return false;
  if (t.k === K.Num) return true;
  if (t.k === K.Quote) return t.q !== Q.Close;
  if (t.k !== K.Word) return t.w === '$' || t.w === '(';
  if (SUBJECTISH.has(t.w) || CLAUSE_ADVERBS.has(t.w)) return true;
  if (ctx.lex.determiners.has(t.w)) return true;
  if (t.cap) return !ctx.lex.prepositions.has(t.w);
  // "said talks were over": a bare noun starting a clause
  return isNominal(t, ctx.lex) && !ctx.lex.verbs.has(t.w) && !ctx.lex.timeWords.has(t.w);
}

export function isNpStart(ctx: SentenceCtx, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t) return false;
  if (t.k === K.Num || t.w === '$') return true;
  if (t.k === K.Quote) return t.q !== Q.Close;
  if (t.k !== K.Word) return false;
  if (ctx.lex.determiners.has(t.w) || t.w === 'him' || t.w === 'them' || t.w === 'it' || t.w === 'us' || t.w === 'me' || t.w === 'her') return true;
  return isNominal(t, ctx.lex) && !ctx.lex.verbs.has(t.w);
}

/**
 * End of an object noun phrase clause: the first comma/semicolon/dash outside quotes that is not
 * followed by a preposition or a quote continuing the phrase ("accused X, to \"...\""), or the sentence end.
 */
export function objectEnd(ctx: SentenceCtx, k: number, strict = false): number {
  const { tokens, lex } = ctx;
  const end = contentEnd(ctx, k);
  for (let j = k; j < end; j++) {
    const t = tokens[j];
    // "supported the bill when it came to the Senate": a subordinate clause with its own subject
    if (j > k && t.k === K.Word && !t.cap && CLAUSE_STOPS.has(t.w) && !inQuote(ctx, j) && subordinateClauseAt(ctx, j + 1) && nounPhraseOnly(ctx, k, j)) return contentEnd(ctx, k, j);
    if (strict && j > k && t.k === K.Word && !inQuote(ctx, j)) {
      const n = tokens[j + 1];
      // place, time and occasion phrases end an object: "laid out an agenda at a news conference"
      if (PLACE_PREPS.has(t.w) && n && n.k === K.Word) return contentEnd(ctx, k, j);
      // a subordinate clause, "by" + a gerund, a day or a bare time: "opposed it because ...",
      // "rebuked Trump by expressing ...", "endorsed Cruz Wednesday"
      if (OBJECT_STOPS.has(t.w) && j > k + 1) return contentEnd(ctx, k, j);
      if (t.w === 'by' && n && n.k === K.Word && !n.cap && n.w.endsWith('ing') && n.w.length > 4) return contentEnd(ctx, k, j);
      if (WEEKDAYS_OBJ.has(t.w) || ((t.w === 'yesterday' || t.w === 'today' || t.w === 'tonight') && !t.cap)) return contentEnd(ctx, k, j);
      if ((t.w === 'in' || t.w === 'on') && n && (MEDIUM_NOUNS.get(n.w) || lex.timeWords.has(n.w) || WEEKDAYS_OBJ.has(n.w) || (MEDIUM_DETS.has(n.w) && tokens[j + 2] && (MEDIUM_NOUNS.get(tokens[j + 2].w) || lex.timeWords.has(tokens[j + 2].w))) || modifiedMediumAt(ctx, j + 1, end))) return contentEnd(ctx, k, j);
      // "in order to ...": a purpose clause
      if (t.w === 'in' && n?.w === 'order' && tokens[j + 2]?.w === 'to') return contentEnd(ctx, k, j);
      // "... and then boomed": a second verb phrase
      if ((t.w === 'and' || t.w === 'but') && n && n.k === K.Word && !n.cap) {
        let m = j + 1;
        while (m < end && tokens[m].k === K.Word && (lex.verbAdverbs.has(tokens[m].w) || lex.nonNominal.has(tokens[m].w))) m++;
        const v = tokens[m];
        if (v && v.k === K.Word && !v.cap && ((v.w.endsWith('ed') && v.w.length > 4) || lex.commonVerbs.has(v.w) || (lex.verbs.has(v.w) && lex.verbs.get(v.w)!.form !== 'base'))) return contentEnd(ctx, k, j);
      }
    }
    if ((t.w === ',' || t.w === ';' || t.w === '—' || t.w === '–' || t.w === '(') && !inQuote(ctx, j)) {
      const n = tokens[j + 1];
      if (t.w === ',' && n && ((n.k === K.Word && OBJECT_CONTINUERS.has(n.w)) || (n.k === K.Quote && n.q !== Q.Close))) continue;
      // a list or an appositive goes on: "his tactics, his judgment and his decency"
      if (strict && t.w === ',' && listGoesOn(ctx, j + 1, end)) continue;
      return contentEnd(ctx, k, j);
    }
    if (coordinatedCue(ctx, j)) return contentEnd(ctx, k, j);
  }
  return end;
}

/**
 * After a comma inside an object: the next stretch (to the next comma or the end) is another item
 * of a list ending in "and"/"or" or an appositive noun phrase, with no verb, participle or new clause.
 */
function listGoesOn(ctx: SentenceCtx, k: number, end: number): boolean {
  const { tokens, lex } = ctx;
  const n = tokens[k];
  // "X, who ...", "X, including ...", "X, as well as ...": about the object still
  if (n && n.k === K.Word && OBJECT_ELABORATIONS.has(n.w)) return true;
  if (!n || n.k !== K.Word || SUBORDINATORS.has(n.w) || lex.relatives.has(n.w) || lex.pronouns.has(n.w) || participleCue(ctx, k)) return false;
  // "the first lady, Michelle Obama, as much as possible": a name in apposition between commas
  if (n.cap && tokens[k - 2]?.k === K.Word && !tokens[k - 2].cap) {
    let m = k;
    while (m < end && m - k < 4 && tokens[m].k === K.Word && tokens[m].cap) m++;
    if (m > k && tokens[m]?.w === ',' && tokens[m + 1]?.k === K.Word && !tokens[m + 1].cap) return true;
  }
  if (n.w === 'and' || n.w === 'or') {
    const m = tokens[k + 1];
    return !!m && (lex.determiners.has(m.w) || (m.k === K.Word && isNominal(m, lex) && !lex.verbs.has(m.w))) && !NEW_SUBJECTS.has(m.w) && !ownCueAhead(ctx, k + 1, end);
  }
  let sawAnd = false;
  let chunks = 0;
  for (let j = k; j < end && j - k < 30; j++) {
    const t = tokens[j];
    // "his tactics, his judgment, his worldview and his decency": items up to the one with "and"
    if (t.w === ',' && !sawAnd && chunks < 4 && tokens[j + 1]?.k === K.Word && !participleCue(ctx, j + 1)) {
      chunks++;
      continue;
    }
    if (t.w === ',' || t.w === ';') return sawAnd;
    if (t.k !== K.Word || inQuote(ctx, j)) continue;
    if (t.w === 'and' || t.w === 'or') sawAnd = true;
    else if (!t.cap && (lex.auxiliaries.has(t.w) || lex.commonVerbs.has(t.w) || lex.irregularPast.has(t.w) || (t.w.endsWith('ed') && t.w.length > 4) || (lex.verbs.has(t.w) && lex.verbs.get(t.w)!.form !== 'base'))) return false;
  }
  return sawAnd;
}

const CLAUSE_STOPS = new Set(['when', 'after', 'before', 'because', 'while', 'whereas', 'although', 'though', 'unless', 'until', 'whenever']);

/** From k: a subject (pronoun, or a determiner/name phrase) and a finite verb before the next comma. */
function subordinateClauseAt(ctx: SentenceCtx, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t || t.k !== K.Word) return false;
  if (!(NEW_SUBJECTS.has(t.w) || ctx.lex.determiners.has(t.w) || t.cap)) return false;
  const v = verbAhead(ctx, k + 1);
  return v > k && v - k <= 8 && ctx.tokens[v].w !== ',';
}

/** k..e is a bare noun phrase: no "to", "that" or finite verb (a clause object keeps its own adjuncts). */
function nounPhraseOnly(ctx: SentenceCtx, k: number, e: number): boolean {
  for (let j = k - 1; j < e; j++) if (ctx.tokens[j]?.w === 'to' || ctx.tokens[j]?.w === 'that') return false;
  const v = verbAhead(ctx, k);
  return v < 0 || v >= e;
}

/** "(a) fundraising email", "early-morning tweets", "a televised speech": up to two lowercase modifiers, then a medium noun ending the phrase. */
function modifiedMediumAt(ctx: SentenceCtx, k: number, end: number): boolean {
  const { tokens, lex } = ctx;
  let j = k;
  if (tokens[j] && MEDIUM_DETS.has(tokens[j].w)) j++;
  const m0 = j;
  while (j < end && j - m0 < 2 && tokens[j].k === K.Word && !tokens[j].cap && !MEDIUM_NOUNS.get(tokens[j].w) && !lex.prepositions.has(tokens[j].w) && !lex.determiners.has(tokens[j].w)) j++;
  if (j === m0 || j >= end || tokens[j].k !== K.Word || !MEDIUM_NOUNS.get(tokens[j].w)) return false;
  const n = tokens[j + 1];
  return !n || j + 1 >= end || n.k === K.Punct || (n.k === K.Word && n.w !== 'of' && (lex.prepositions.has(n.w) || lex.timeWords.has(n.w)));
}

/** The end of a pro-form standing for a reported clause at k ("the same"), followed by the end or a comma; or k. */
function proFormAt(ctx: SentenceCtx, k: number): number {
  const { tokens } = ctx;
  const t = tokens[k];
  if (!t || t.k !== K.Word || inQuote(ctx, k)) return k;
  let e = k;
  if (t.w === 'the' && tokens[k + 1]?.w === 'same') e = k + 2;
  else return k;
  const n = tokens[e];
  return e >= ctx.b || !n || (n.k === K.Punct && (n.w === '.' || n.w === ',' || n.w === ';' || n.w === '!')) ? e : k;
}

const OBJECT_STOPS = new Set(['because', 'while', 'whereas', 'although', 'though', 'unless', 'until', 'whenever']);
const MEDIUM_DETS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);
const WEEKDAYS_OBJ = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const OBJECT_ELABORATIONS = new Set(['who', 'whose', 'whom', 'including', 'especially', 'particularly', 'notably']);
const OBJECT_CONTINUERS = new Set(['to', 'into', 'toward', 'towards', 'against', 'of']);
const PLACE_PREPS = new Set(['at', 'during', 'outside', 'inside', 'after', 'before', 'amid', 'ahead']);
const SUBORDINATORS = new Set(['when', 'because', 'while', 'whereas', 'although', 'though', 'unless', 'until', 'whenever', 'as', 'if', 'after', 'before', 'since', 'once']);

/** "... and added that": a conjunction before another reporting verb ends the content. */
function coordinatedCue(ctx: SentenceCtx, j: number): boolean {
  const t = ctx.tokens[j];
  if (t.k !== K.Word || !(t.w === 'and' || t.w === 'but' || t.w === 'while') || inQuote(ctx, j)) return false;
  let k = j + 1;
  while (k < ctx.b && ctx.tokens[k].k === K.Word && ctx.lex.verbAdverbs.has(ctx.tokens[k].w)) k++;
  const n = ctx.tokens[k];
  if (!n || n.k !== K.Word || n.cap) return false;
  const v = ctx.lex.verbs.get(n.w);
  if (v) return v.form !== 'base';
  // "but has withheld", "and will vote": an auxiliary starting a second verb phrase
  if (n.w === 'has' || n.w === 'have' || n.w === 'had' || n.w === 'will' || n.w === 'would' || n.w === 'did' || n.w === 'does' || n.w === 'is' || n.w === 'was') {
    const m = ctx.tokens[k + 1];
    return !!m && m.k === K.Word && !m.cap && (m.w.endsWith('ed') || m.w.endsWith('en') || ctx.lex.verbs.has(m.w) || m.w === 'not');
  }
  return false;
}

/**
 * Where a content-after-the-cue ends: the sentence end, or before what follows the reported clause:
 * "and added that ...", ", adding that ...", ", and he ...".
 */
export function clauseEnd(ctx: SentenceCtx, k: number): number {
  const end = contentEnd(ctx, k);
  const { tokens } = ctx;
  for (let j = k + 2; j < end; j++) {
    if (coordinatedCue(ctx, j)) return contentEnd(ctx, k, j);
    // "compared with 23 percent who ...": a comparison of figures ends the reported clause
    if (tokens[j].w === 'compared' && (tokens[j + 1]?.w === 'with' || tokens[j + 1]?.w === 'to') && !inQuote(ctx, j)) return contentEnd(ctx, k, j);
    // a comma inside a closing quote is a comma too: 'things “should be wrapped up,” referring to ...'
    const comma = (tokens[j].w === ',' && !inQuote(ctx, j)) || (tokens[j].k === K.Quote && tokens[j - 1]?.w === ',' && quoteClosingAt(ctx, j) >= 0);
    if (comma && j + 1 < end) {
      const at = tokens[j].w === ',' ? j : j + 1;
      if (participleCue(ctx, j + 1)) return contentEnd(ctx, k, at);
      if ((tokens[j + 1].w === 'compared' || tokens[j + 1].w === 'according') && tokens[j + 2] && (tokens[j + 2].w === 'with' || tokens[j + 2].w === 'to')) return contentEnd(ctx, k, at);
      const n = tokens[j + 1];
      const n2 = tokens[j + 2];
      if ((n.w === 'and' || n.w === 'but') && n2 && n2.k === K.Word && NEW_SUBJECTS.has(n2.w)) return contentEnd(ctx, k, at);
      // ", with RealClearPolitics showing her ahead": an absolute phrase after the clause
      if (n.w === 'with' && withAbsolute(ctx, j + 2, end)) return contentEnd(ctx, k, at);
      // ", while other voters said ...", ", whereas ...": a contrasting clause
      if (n.w === 'while' || n.w === 'whereas') return contentEnd(ctx, k, at);
      // ", even though ...", ", although ...": a concessive clause
      if (concessiveAt(ctx, j + 1)) return contentEnd(ctx, k, at);
      // ", a claim that others dispute": an appositive about the whole reported clause
      if (clauseAppositiveAt(ctx, k, j + 1, end)) return contentEnd(ctx, k, at);
      // ", and other leaders said ...", ", 27 percent said ...": a clause with its own reporting verb
      if ((n.w === 'and' || n.w === 'but') && ownCueAhead(ctx, j + 2, end)) return contentEnd(ctx, k, at);
      if (ownCueAhead(ctx, j, end)) return contentEnd(ctx, k, at);
    }
    if (!inQuote(ctx, j)) {
      const t = tokens[j];
      // "- even though ...": a concessive clause after a dash
      if ((t.w === '—' || t.w === '–' || t.w === '-') && concessiveAt(ctx, j + 1)) return contentEnd(ctx, k, j);
      // "said as much in an interview on Thursday": the medium phrase ending the sentence is no content
      if ((t.w === 'in' || t.w === 'during') && mediumPhraseEnds(ctx, j + 1, end)) return contentEnd(ctx, k, j);
      // "... and she performed well", "... as he winds down": a new subject
      if ((t.w === 'and' || t.w === 'but' || t.w === 'as') && tokens[j - 1]?.w !== ',' && tokens[j + 1]?.k === K.Word && NEW_SUBJECTS.has(tokens[j + 1].w) && tokens[j + 1].w !== 'it' && tokens[j + 1].w !== 'there') return contentEnd(ctx, k, j);
    }
  }
  return end;
}

/** From k: (a determiner) a medium noun ("an interview", "a statement", "his speech"), then only a short tail to the end (to an outlet, a time). */
function mediumPhraseEnds(ctx: SentenceCtx, k: number, end: number): boolean {
  const { tokens } = ctx;
  let m = k;
  if (tokens[m] && MEDIUM_DETS.has(tokens[m].w)) m++;
  while (m < end && m - k < 3 && tokens[m].k === K.Word && !MEDIUM_NOUNS.get(tokens[m].w) && !tokens[m].cap && !ctx.lex.verbs.has(tokens[m].w)) m++;
  if (!tokens[m] || tokens[m].k !== K.Word || !MEDIUM_NOUNS.get(tokens[m].w)) return false;
  // the rest: at most a few words with no verb ("with CNN on Thursday"), up to the end or a
  // comma before a participle ("in an interview Thursday, arguing that ...")
  for (let x = m + 1; x < end && x - m <= 8; x++) {
    if (tokens[x].w === ',' && !inQuote(ctx, x) && participleCue(ctx, x + 1)) {
      end = x;
      break;
    }
  }
  if (end - m > 8) return false;
  for (let x = m + 1; x < end; x++) {
    const w = tokens[x];
    if (w.k === K.Word && !w.cap && (ctx.lex.auxiliaries.has(w.w) || ctx.lex.commonVerbs.has(w.w) || ctx.lex.relatives.has(w.w) || w.w === 'that')) return false;
  }
  return true;
}

/** "with" + a noun phrase + an -ing participle: "with polls showing her ahead". */
function withAbsolute(ctx: SentenceCtx, k: number, end: number): boolean {
  const { tokens } = ctx;
  for (let m = k + 1; m < end && m - k <= 5; m++) {
    const t = tokens[m];
    if (t.k !== K.Word || inQuote(ctx, m)) return false;
    if (participleCue(ctx, m)) return true;
  }
  return false;
}

const INSERTED_ADVERBS = new Set(['however', 'though', 'too', 'also', 'again', 'later', 'then', 'simply', 'finally']);

/** A subject and a reporting verb within a few words: "other GOP leaders said", "Trump vowed". */
function ownCueAhead(ctx: SentenceCtx, k: number, end: number): boolean {
  const { tokens, lex } = ctx;
  for (let j = k + 1; j < end && j - k <= 6; j++) {
    const t = tokens[j];
    if (t.k === K.Num) continue;
    if (t.k !== K.Word || inQuote(ctx, j)) return false;
    const v = lex.verbs.get(t.w);
    if (v && !t.cap && (v.form === 'ed' || v.form === 's') && v.frames & (F.CLAUSE | F.BEFORE)) return true;
    if (!t.cap && secondReportAt(ctx, k, j, end)) return true;
    if (lex.auxiliaries.has(t.w) || lex.commonVerbs.has(t.w)) return false;
  }
  return false;
}

const AFTER_CUE_CONJ = new Set(['and', 'but', 'as', 'while', 'before', 'after', 'when', 'because', 'although', 'though', 'until', 'then']);
const NEW_SUBJECTS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'there']);
const NOT_PARTICIPLES = new Set(['including', 'according', 'regarding', 'concerning', 'following', 'excluding', 'involving', 'nothing', 'something', 'anything', 'everything', 'morning', 'evening', 'during', 'spring', 'thing', 'king', 'ring', 'wing', 'string', 'bring', 'sing', 'ting', 'beijing', 'wyoming', 'notwithstanding', 'pending', 'starting', 'beginning', 'ending']);

/** A finite verb (auxiliary, -ed/-s form, known verb) before the next comma: "said [Trump was] ..." */
export function hasVerbAhead(ctx: SentenceCtx, k: number): boolean {
  return verbAhead(ctx, k) >= 0;
}

/** The first finite verb before the next comma (see hasVerbAhead), or -1. */
export function verbAhead(ctx: SentenceCtx, k: number): number {
  const { tokens, lex } = ctx;
  for (let j = k; j < ctx.b && j - k < 14; j++) {
    const t = tokens[j];
    if (t.w === ',' && j > k + 1 && verbAfterInsertion(ctx, j)) return j;
    if (t.w === ',' || t.w === ';' || (t.k === K.Punct && TERMINAL.has(t.w) && t.w !== '-')) return -1;
    // (in a title-case headline every word is capitalised)
    if (t.k !== K.Word || (t.cap && !ctx.para.titleCase)) continue;
    if (lex.auxiliaries.has(t.w) || lex.commonVerbs.has(t.w) || (t.w.endsWith('ed') && t.w.length > 4) || (lex.verbs.has(t.w) && lex.verbs.get(t.w)!.form !== 'base')) return j;
  }
  return -1;
}

/** The verb ahead follows "and"/"but"/"or" (and adverbs): "echoed the themes and took the stage", a second verb phrase of the cue's subject, not a clause. */
export function coordinatedVerbAhead(ctx: SentenceCtx, k: number): boolean {
  const j = verbAhead(ctx, k);
  if (j < 0) return false;
  let x = j - 1;
  while (x > k && ctx.tokens[x].k === K.Word && ctx.lex.verbAdverbs.has(ctx.tokens[x].w)) x--;
  const c = ctx.tokens[x];
  return x > k && c.k === K.Word && (c.w === 'and' || c.w === 'but' || c.w === 'or') && !inQuote(ctx, x);
}

/** The end of a noun phrase starting at k, before the first finite verb ("the senator | spent"), or the clause end. */
export function finiteVerbAt(ctx: SentenceCtx, k: number): number {
  const { tokens, lex } = ctx;
  const end = clauseEnd(ctx, k);
  for (let j = k + 1; j < end; j++) {
    const t = tokens[j];
    if (inQuote(ctx, j)) continue;
    if (t.w === ',' || t.w === ';') return j;
    if (t.k !== K.Word || t.cap) continue;
    // "Obama's birthplace": a possessive, not "is"/"has"
    if (t.w === "'s" && isPossessiveS(tokens, j)) continue;
    const v = lex.verbs.get(t.w);
    if (lex.auxiliaries.has(t.w) || lex.commonVerbs.has(t.w) || lex.irregularPast.has(t.w) || (t.w.endsWith('ed') && t.w.length > 4) || (v && v.form !== 'base' && v.form !== 'ing')) return j;
  }
  return end;
}

/** A short adverbial phrase opening the sentence: "In other words", "As an immigrant", "But on Israel". */
function leadIn(ctx: SentenceCtx, s: number, e: number): boolean {
  const { tokens, lex } = ctx;
  // "Praising the plan, Jo Lee urged ...": a reporting participle clause is a report of its own
  if (s === ctx.a && leadParticipleAt(ctx) >= 0) return true;
  if (e - s > 7) return false;
  let k = s;
  if (tokens[k].k === K.Word && (tokens[k].w === 'but' || tokens[k].w === 'and' || tokens[k].w === 'yet' || tokens[k].w === 'so')) k++;
  const t = tokens[k];
  if (!t || t.k !== K.Word) return false;
  if (lex.prepositions.has(t.w) || SUBORDINATORS.has(t.w) || lex.nonNominal.has(t.w) || lex.timeWords.has(t.w) || (t.w.endsWith('ly') && t.w.length > 4)) {
    // no verb inside: a clause ("As prices rose") would be content
    for (let j = k + 1; j < e; j++) if (tokens[j].k === K.Word && (lex.auxiliaries.has(tokens[j].w) || lex.commonVerbs.has(tokens[j].w) || tokens[j].w.endsWith('ed'))) return false;
    return true;
  }
  return false;
}

/**
 * The words before an opening quote at q0 belong to the clause the quote ends ("Teachers are
 * “very pro-Bernie,” she said"), unless they are no clause: a fragment ending in a symbol or emoji
 * ("Zoë’s café 🎉 “We will win,” said ..."), or verb-less words before a quote that opens with a
 * capital, a sentence of its own.
 */
function quoteContinuesClause(ctx: SentenceCtx, q0: number): boolean {
  const { tokens, lex } = ctx;
  const pw = tokens[q0 - 1];
  if (!pw || (pw.k !== K.Word && pw.k !== K.Num)) return false;
  const first = tokens[q0 + 1];
  if (!first || first.k !== K.Word || !first.cap || first.w === 'i') return true;
  for (let j = ctx.a; j < q0; j++) {
    const t = tokens[j];
    if (t.k !== K.Word || t.cap || inQuote(ctx, j)) continue;
    if (lex.auxiliaries.has(t.w) || lex.commonVerbs.has(t.w) || BE.has(t.w) || (t.w.endsWith('ed') && t.w.length > 4) || lex.verbs.has(t.w)) return true;
  }
  return false;
}

/** The tokens before k (a comma after a cue) are only a short subject and the cue: "He said, ..." */
function sentenceInitialCue(ctx: SentenceCtx, k: number): boolean {
  return k - ctx.a <= 6 && ctx.para.wordPrefix[k] - ctx.para.wordPrefix[ctx.a] === k - ctx.a;
}

/** A lowercase -ing word after a comma: a participle clause ("..., describing the team as ..."). */
function participleCue(ctx: SentenceCtx, j: number): boolean {
  const t = ctx.tokens[j];
  return !!t && t.k === K.Word && !t.cap && t.w.length > 5 && t.w.endsWith('ing') && !NOT_PARTICIPLES.has(t.w) && !inQuote(ctx, j);
}

/** Content before a trailing cue ("C, S said"): from the clause start to before the comma. */
export function contentBefore(ctx: SentenceCtx, end: number, minTokens = 2): [number, number] | null {
  const { tokens } = ctx;
  let e = end;
  while (e > ctx.a && (tokens[e - 1].w === ',' || tokens[e - 1].w === '—' || tokens[e - 1].w === '–' || tokens[e - 1].w === '-')) e--;
  if (e <= ctx.a) return null;
  // (a dateline opening the paragraph is not content: "WASHINGTON — C, officials said.")
  let s = skipDateline(ctx, ctx.a);
  if (s >= e) s = ctx.a;
  // a preceding colon or semicolon starts the clause
  for (let j = e - 1; j > ctx.a; j--) {
    const w = tokens[j].w;
    if ((w === ';' || w === ':') && !inQuote(ctx, j)) {
      s = j + 1;
      break;
    }
  }
  if (e - s < minTokens) return null;
  return [s, e];
}

export interface SentenceCues {
  frames: Frame[];
  /** "quoted by X", "citing X": intermediaries to attach to the nearest frame. */
  relays: { t0: number; np: NP; relation: ChainRelation }[];
  /** Media phrases ("in a statement"). */
  media: { t0: number; medium: Medium }[];
  /** Hearsay with no source: "previously reported", "reportedly". */
  reports: Span[];
}

function matchPhrase(ctx: SentenceCtx, i: number): PhraseInfo | null {
  const list = ctx.lex.phrases.get(ctx.tokens[i].w);
  if (!list) return null;
  const { tokens } = ctx;
  outer: for (const ph of list) {
    if (i + ph.words.length > ctx.b) continue;
    for (let j = 1; j < ph.words.length; j++) {
      const t = tokens[i + j];
      if (t.w !== ph.words[j] || inQuote(ctx, i + j)) continue outer;
    }
    return ph;
  }
  return null;
}

/** A content span ending inside a quote runs on to the quote's end (a quote spanning sentences). */
function extendToQuote(ctx: SentenceCtx, sp: Span): Span {
  const qs = ctx.doc.quotes;
  const lo = firstIndex(qs.length, (mid) => qs[mid].e <= sp.end);
  const q = qs[lo];
  if (q && q.s < sp.end && q.s >= sp.start && q.e > sp.end) return { start: sp.start, end: q.e };
  return sp;
}

/** A content span starting inside a quote starts at the quote's opening mark (a quote spanning sentences). */
function extendBackToQuote(ctx: SentenceCtx, sp: Span): Span {
  const qs = ctx.doc.quotes;
  const lo = firstIndex(qs.length, (mid) => qs[mid].e <= sp.start);
  const q = qs[lo];
  if (q && q.s < sp.start && q.e > sp.start && q.e <= sp.end) return { start: q.s, end: sp.end };
  return sp;
}

export function mkFrame(ctx: SentenceCtx, init: Partial<Frame> & Pick<Frame, 'c0' | 'c1' | 'type' | 'lemma' | 'content' | 'kind'>): Frame {
  if (init.kind !== 'direct') {
    // (a loop, not .map(): optimised code's map() makes holey arrays, the interpreter's packed ones,
    // and content arrays of two kinds make every reader of frame contents polymorphic)
    const content: Span[] = [];
    for (let k = 0; k < init.content.length; k++) content.push(extendBackToQuote(ctx, extendToQuote(ctx, init.content[k])));
    // (fitted arrays: frames live until the analysis ends; see fit())
    init.content = fit(content);
    const quotes = new Set(init.quotes ?? []);
    for (const c of init.content) for (const q of quotesIn(ctx, c.start, c.end)) quotes.add(q);
    init.quotes = fit([...quotes]);
    if (init.quotes.length && init.kind === 'indirect') init.kind = 'mixed';
  }
  return newFrame(ctx.para.index, ctx.si, init);
}


/** The quote that opens the paragraph after ctx.para, if the paragraph is nothing else but quote. */
function nextParagraphQuote(ctx: SentenceCtx): number {
  const next = ctx.doc.paragraphs[ctx.para.index + 1];
  if (!next || !next.tokens.length) return -1;
  const q = next.qid[0];
  if (q < 0) return -1;
  // (a quoted transcript's turns are said by their labels: "Partial transcript:" + "“WALLACE: ...")
  if (opensQuotedTurn(next.tokens)) return -1;
  return ctx.doc.quotes[q].s === next.tokens[0].s ? q : -1;
}

/**
 * Content after the cue, starting at token k. Returns the frame parts or null when nothing
 * reportable follows.
 */
export function contentAfter(ctx: SentenceCtx, k: number, frames: number, allowBare: boolean): { content: Span[]; kind: Frame['kind']; quotes: number[]; conf: number; how: Frame['how'] } | null {
  const { tokens } = ctx;
  const t = tokens[k];
  if (!t) {
    return null;
  }
  // colon: a quote, the rest of the sentence, or a block quote in the next paragraph
  if (t.w === ':' && (frames & (F.CLAUSE | F.BEFORE | F.OBJ))) {
    const q = quoteOpeningAt(ctx, k + 1);
    if (q >= 0) return { content: [quoteSpan(ctx, q)], kind: 'direct', quotes: [q], how: 'quote', conf: 0.9 };
    if (k + 1 >= ctx.para.tokens.length) {
      const nq = nextParagraphQuote(ctx);
      if (nq >= 0) return { content: [quoteSpan(ctx, nq)], kind: 'direct', quotes: [nq], how: 'quote', conf: 0.85 };
      return null;
    }
    const e = clauseEnd(ctx, k + 1);
    if (e - (k + 1) < 2) return null;
    const sp = span(tokens, k + 1, e);
    return { content: [sp], ...mixedOrIndirect(ctx, sp), how: 'clause', conf: 0.7 };
  }
  if (frames & F.CLAUSE && t.w === ',' && allowBare === true && k + 1 < ctx.b && isClauseStart(ctx, k + 1) && tokens[k + 1].k !== K.Quote && !participleCue(ctx, k + 1) && sentenceInitialCue(ctx, k)) {
    // "He said, officials have to decide ...": a cue opening the sentence, then a comma
    const e = clauseEnd(ctx, k + 1);
    if (e - (k + 1) >= 3) {
      const sp = span(tokens, k + 1, e);
      return { content: [sp], ...mixedOrIndirect(ctx, sp), how: 'clause', conf: 0.65 };
    }
  }
  if (frames & F.CLAUSE && t.w === ',' && k + 1 < ctx.b && tokens[k + 1].k === K.Word && (WH.has(tokens[k + 1].w) || ctx.lex.prepositions.has(tokens[k + 1].w))) {
    // "said on CNN, where he is a contributor, that ...": skip the inserted clause
    for (let j = k + 2; j < ctx.b && j - k < 18; j++) {
      if (tokens[j].w === ',' && tokens[j + 1]?.w === 'that') return contentAfter(ctx, j + 1, frames, allowBare);
      if (tokens[j].k === K.Quote || tokens[j].w === ';') break;
    }
  }
  if (frames & F.CLAUSE && t.k === K.Word && OCCASION_PREPS.has(t.w)) {
    // "says at a campaign stop in Toledo, Ohio, that ...": a place phrase with commas, then the clause
    for (let j = k + 1; j < ctx.b && j - k < 14; j++) {
      if (tokens[j].w === ',' && tokens[j + 1]?.w === 'that' && !inQuote(ctx, j)) return contentAfter(ctx, j + 1, frames, allowBare);
      const w = tokens[j];
      if (w.k === K.Quote || w.w === ';' || w.w === ':' || w.w === 'that' || (w.k === K.Word && !w.cap && (ctx.lex.auxiliaries.has(w.w) || ctx.lex.commonVerbs.has(w.w) || ctx.lex.relatives.has(w.w)))) break;
    }
  }
  if (frames & F.CLAUSE) {
    // ", "Q"" or ""Q"": a quote right after the cue
    let qk = k;
    if (t.w === ',' && tokens[k + 1]?.k === K.Quote) qk = k + 1;
    const q = quoteOpeningAt(ctx, qk);
    if (q >= 0) {
      const after = afterQuote(ctx, q);
      const end = contentEnd(ctx, after);
      if (after >= end || tokens[after].w === ',' && qk > k) {
        return { content: [quoteSpan(ctx, q)], kind: 'direct', quotes: [q], how: 'quote', conf: 0.9 };
      }
      if (qk === k) {
        const sp = span(tokens, k, clauseEnd(ctx, k));
        return { content: [sp], ...mixedOrIndirect(ctx, sp), how: 'clause', conf: 0.75 };
      }
    }
    if (t.w === 'that' && k + 1 < ctx.b && !(tokens[k + 1].k === K.Punct)) {
      const e = clauseEnd(ctx, k + 1);
      if (e - k >= 3) {
        const sp = span(tokens, k, e);
        return { content: [sp], ...mixedOrIndirect(ctx, sp), how: 'clause', conf: 0.85 };
      }
    }
  }
  if ((frames & F.CLAUSE) && (t.w === 'yes' || t.w === 'no' || t.w === 'so') && (!tokens[k + 1] || k + 1 >= ctx.b || (tokens[k + 1].k === K.Punct && TERMINAL.has(tokens[k + 1].w)))) {
    // "46 percent said yes", "55 percent said so", "she said yes, yes, yes"
    let e = k + 1;
    while (e + 1 < ctx.b && tokens[e].w === ',' && tokens[e + 1].w === t.w) e += 2;
    return { content: [span(tokens, k, e)], kind: 'indirect', quotes: [], how: 'clause', conf: 0.6 };
  }
  if ((frames & F.CLAUSE) && t.w === 'as' && tokens[k + 1]?.w === 'much' && k + 1 < ctx.b && (k + 2 >= ctx.b || tokens[k + 2].k !== K.Word || !/^(as|of)$/.test(tokens[k + 2].w))) {
    // "said as much (in an interview)": the pro-form is the content
    return { content: [span(tokens, k, k + 2)], kind: 'indirect', quotes: [], how: 'clause', conf: 0.6 };
  }
  if ((frames & F.CLAUSE) && proFormAt(ctx, k) > k) {
    // "26 percent said the same" (a pro-form ending the clause)
    return { content: [span(tokens, k, proFormAt(ctx, k))], kind: 'indirect', quotes: [], how: 'clause', conf: 0.6 };
  }
  if ((frames & F.WH) && !(frames & F.OBJ) && t.w === 'about' && isNpStart(ctx, k + 1)) {
    // "asked the frontrunner about the kerfuffle"
    const e = objectEnd(ctx, k + 1, true);
    if (e > k + 1) {
      const sp = span(tokens, k, e);
      return { content: [sp], ...mixedOrIndirect(ctx, sp), how: 'object', conf: 0.55 };
    }
  }
  if ((frames & (F.WH | F.CLAUSE)) && t.k === K.Word && WH.has(t.w) && (frames & F.WH || t.w === 'whether' || t.w === 'if')) {
    const e = clauseEnd(ctx, k + 1);
    if (e - k >= 3) {
      const sp = span(tokens, k, e);
      return { content: [sp], ...mixedOrIndirect(ctx, sp), how: 'clause', conf: 0.7 };
    }
  }
  if ((frames & F.TO) && t.w === 'to' && (tokens[k + 1]?.k === K.Word || quoteOpeningAt(ctx, k + 1) >= 0)) {
    const e = objectEnd(ctx, k + 1);
    if (e - k >= 2) {
      const sp = span(tokens, k, e);
      return { content: [sp], ...mixedOrIndirect(ctx, sp), how: 'to', conf: 0.65 };
    }
  }
  if ((frames & F.CLAUSE) && allowBare && isClauseStart(ctx, k) && ((!(frames & F.OBJ) && !POSSESSIVE_DET.has(tokens[k].w)) || (hasVerbAhead(ctx, k) && !coordinatedVerbAhead(ctx, k)))) {
    const e = clauseEnd(ctx, k);
    if (e - k >= 3) {
      const sp = span(tokens, k, e);
      return { content: [sp], ...mixedOrIndirect(ctx, sp), how: 'clause', conf: 0.7 };
    }
  }
  if ((frames & F.OBJ) && isNpStart(ctx, k)) {
    const e = objectEnd(ctx, k, true);
    if (e - k >= 1) {
      const sp = span(tokens, k, e);
      return { content: [sp], ...mixedOrIndirect(ctx, sp), how: 'object', conf: 0.5 };
    }
  }
  if ((frames & F.OBJ || (frames & F.CLAUSE && hasVerbAhead(ctx, k))) && fallbackStart(ctx, k)) {
    // what none of the patterns above read: an object for verbs that take one, else a clause
    const e = frames & F.OBJ ? objectEnd(ctx, k, true) : clauseEnd(ctx, k);
    if (e - k >= 2) {
      const sp = span(tokens, k, e);
      return { content: [sp], ...mixedOrIndirect(ctx, sp), how: 'object', conf: 0.45 };
    }
  }
  return null;
}

/** What may start content none of the patterns above read: words that are not prepositions or conjunctions, numbers, "$", an opening quote. */
function fallbackStart(ctx: SentenceCtx, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t) return false;
  if (t.k === K.Num || t.w === '$') return true;
  if (t.k === K.Quote || t.k === K.SQuote) return t.q !== Q.Close;
  if (t.k !== K.Word) return false;
  const { lex } = ctx;
  if (lex.conjunctions.has(t.w) || lex.timeWords.has(t.w)) return false;
  if (lex.prepositions.has(t.w)) return FALLBACK_PREPS.has(t.w);
  return true;
}
const OCCASION_PREPS = new Set(['at', 'in', 'on', 'during', 'after', 'before', 'outside', 'inside']);
const FALLBACK_PREPS = new Set(['between', 'about', 'over', 'under', 'nearly', 'around']);

/**
 * After a naming verb: an object and the name given to it ("called him “a genius”", "called Oz a
 * quack"), which a naming participle ("a group called Black Votes Matter") never has.
 */
function namesWithComplement(ctx: SentenceCtx, k: number): boolean {
  const { tokens } = ctx;
  const t = tokens[k];
  if (!t || t.k !== K.Word) return false;
  if (t.w === 'him' || t.w === 'them' || t.w === 'us' || t.w === 'me') return true;
  if (!t.cap) return false;
  let m = k;
  while (m < ctx.b && m - k < 3 && tokens[m].k === K.Word && tokens[m].cap) m++;
  const n = tokens[m];
  return !!n && ((n.k === K.Word && (n.w === 'a' || n.w === 'an')) || (n.k === K.Quote && n.q !== Q.Close));
}

/** A frame for the reporting verb (or multi-word verb) at tokens [i, i2). */
export function verbFrame(ctx: SentenceCtx, i: number, i2: number, lemma: string, frames: number, form: VerbInfo['form'], out: SentenceCues): Frame | null {
  traceAt = ctx.tokens[i].s;
  return verbFrameAt(ctx, i, i2, lemma, frames, form, out);
}

/**
 * Evaluation tooling: why a verb cue yielded no frame ("no-source", "no-content", "passive", ...),
 * reported with the cue's document offset. Off (null) unless a tool sets it.
 */
export const CUE_TRACE: { fn: ((offset: number, reason: string) => void) | null } = { fn: null };
let traceAt = -1;
function fail(reason: string): null {
  if (CUE_TRACE.fn) CUE_TRACE.fn(traceAt, reason);
  return null;
}

/**
 * The first reading of verbFrameAt: content before the cue ("Q, S V" / "Q, V S" / "C, S V" /
 * "C, V S"). A frame, true when the source is inverted after content that is not there (the verb has
 * no frame), or null (try the source before the cue and content after it). A function of its own so
 * V8 compiles it apart from the rest of verbFrameAt (smaller compiles, earlier optimised code).
 */
function frameBeforeCue(ctx: SentenceCtx, i: number, i2: number, vg0: number, lemma: string, frames: number, form: VerbInfo['form'], relay: Frame['relay']): Frame | true | null {
  const { tokens, lex } = ctx;
  const isBoundary = (t: Token | undefined) => !!t && (t.w === ',' || t.k === K.Quote || t.w === '—' || t.w === '–');
  const candidates: { s: NP; qi: number; after: number; inv: boolean; addr?: NP; medium?: Medium }[] = [];
  const left = npBefore(tokens, vg0, ctx.a, lex);
  if (left && left.shape !== 'relative' && isBoundary(tokens[left.t0 - 1]) && left.t0 - 1 >= ctx.a) {
    let after = i2;
    let addr: NP | undefined;
    if (frames & F.ADDR) {
      const ad = npAfter(tokens, after, ctx.b, lex);
      if (ad && tokens[after].w !== 'that') {
        addr = ad;
        after = ad.t1;
      }
    }
    const tr = skipTrailer(ctx, after, ctx.b);
    candidates.push({ s: left, qi: left.t0 - 1, after: tr.k, inv: false, addr, medium: tr.medium });
  }
  if (!left && vg0 - 1 > ctx.a) {
    // a long name the noun-phrase walk cannot read ("CBS This Morning co-anchor Ann Lee"): all
    // the capitalised words between the quote (or comma) and the cue
    let b = vg0 - 1;
    while (b > ctx.a && vg0 - b < 10 && (tokens[b].cap || tokens[b].w === "'s" || tokens[b].w === '.' || tokens[b].w === '-' || tokens[b].k === K.Num)) b--;
    if (b < vg0 - 1 && isBoundary(tokens[b]) && tokens[b + 1].cap) {
      const np: NP = mkNP(b + 1, vg0, b + 1, vg0, 'name');
      const tr = skipTrailer(ctx, i2, ctx.b);
      candidates.push({ s: np, qi: b, after: tr.k, inv: false, medium: tr.medium });
    }
  }
  // a subject read at the start of the clause (with an appositive or inserted phrase) rules out inversion
  const subjectRead = !!left && left.shape !== 'relative' && (left.t0 <= ctx.a || lex.conjunctions.has(tokens[left.t0 - 1].w)) && (left.h1 < left.t1 || left.t1 < vg0);
  if (isBoundary(tokens[vg0 - 1]) && vg0 - 1 >= ctx.a && (!(frames & F.ADDR) || lemma === 'ask') && !subjectRead && form !== 'ing') {
    const r = npAfter(tokens, i2, ctx.b, lex);
    if (r && (r.shape !== 'pronoun' || ['he', 'she', 'they', 'i', 'we'].includes(tokens[r.t0].w))) {
      const inv = withAppositiveAfter(tokens, r, ctx.b, lex);
      const tr = skipTrailer(ctx, inv.t1, ctx.b);
      candidates.push({ s: inv, qi: vg0 - 1, after: tr.k, inv: true, medium: tr.medium });
    }
  }
  for (const cand of candidates) {
    const { after } = cand;
    const nx = tokens[after];
    // (an inverted source is not followed by "and"/"but": "X, a rabbi, said he and others ...")
    const closes = after >= ctx.b || !nx || (nx.k === K.Punct && TERMINAL.has(nx.w) && nx.w !== ':') || nx.k === K.Quote || (nx.k === K.Word && AFTER_CUE_CONJ.has(nx.w) && !(cand.inv && (nx.w === 'and' || nx.w === 'but')));
    let qi = cand.qi;
    if (qi >= ctx.a && tokens[qi].w === ',' && tokens[qi - 1]?.k === K.Quote) qi--;
    if (qi >= ctx.a && (tokens[qi].w === '—' || tokens[qi].w === '–') && tokens[qi - 1]?.k === K.Quote) qi--;
    const q = qi >= ctx.a ? quoteClosingAt(ctx, qi) : -1;
    // a closing quote right before "NAME said" is enough: what follows the cue is not its content
    // ("“Q,” Isabelle writes in what is presented as her memoir.")
    if (!closes && !(q >= 0 && frames & F.BEFORE && !participleCue(ctx, after) && !(nx && nx.w === 'that'))) continue;
    if (q >= 0 && frames & F.CLAUSE && after < ctx.b && !(nx && (nx.k === K.Punct && TERMINAL.has(nx.w) && nx.w !== ':'))) {
      // ... unless the quote is embedded in the sentence (a title, a chant) and a reported clause
      // or quote follows the cue: "Walking in to chants of “Marco!” the senator said his campaign ..."
      const qs0 = ctx.doc.quotes[q].s;
      const embedded = qs0 > tokens[ctx.a].s && ctx.para.wordPrefix[tokenAtOrAfter(tokens, qs0)] - ctx.para.wordPrefix[ctx.a] >= 2;
      if (embedded && contentAfter(ctx, after, frames, true)) continue;
    }
    if (q >= 0) {
      const content: Span[] = [quoteSpan(ctx, q)];
      const quotes = [q];
      // "Teachers are “very, very pro-Bernie,” Kilfoyle said.": the quote ends a clause that
      // starts before it; the whole clause is the (mixed) content
      const qs = ctx.doc.quotes[q].s;
      let q0 = qi;
      while (q0 > ctx.a && tokens[q0].s > qs) q0--;
      if (tokens[q0].s === qs && ctx.para.wordPrefix[q0] - ctx.para.wordPrefix[ctx.a] >= 2) {
        const pw = tokens[q0 - 1];
        if (pw.w !== ':' && pw.w !== ',' && !(pw.k === K.Word && lex.verbs.has(pw.w)) && quoteContinuesClause(ctx, q0)) {
          const cb = contentBefore(ctx, q0);
          if (cb && cb[0] < q0) {
            content[0] = { start: tokens[cb[0]].s, end: content[0].end };
            return mkFrame(ctx, {
              c0: vg0, c1: i2, src: cand.s, type: 'verb', lemma, content, ...mixedOrIndirect(ctx, content[0]), before: true, how: 'before',
              relay, addressee: cand.addr, medium: cand.medium, conf: 0.9,
            });
          }
        }
      }
      // "Q1," she said, "Q2."  /  "Q1," he said, that ...
      let k2 = after;
      if (tokens[k2]?.w === ',') k2++;
      const q2 = quoteOpeningAt(ctx, k2);
      if (q2 >= 0 && k2 < ctx.b) {
        content.push(quoteSpan(ctx, q2));
        quotes.push(q2);
      } else if (k2 > after && tokens[k2]?.w === 'that' && k2 + 1 < ctx.b) {
        const e2 = clauseEnd(ctx, k2 + 1);
        if (e2 - k2 >= 3) content.push(span(tokens, k2, e2));
      }
      return mkFrame(ctx, {
        c0: vg0, c1: i2, src: cand.s, type: 'verb', lemma, content, quotes, kind: 'direct', before: true, how: 'quote',
        relay, addressee: cand.addr, medium: cand.medium, conf: 0.95,
      });
    }
    // "Asked whether ..., Priebus said, “Probably.”": a quote after the cue is its content
    if (tokens[after]?.w === ',' && quoteOpeningAt(ctx, after + 1) >= 0) continue;
    if (tokens[after]?.w === ':' || quoteOpeningAt(ctx, after) >= 0) continue;
    if (frames & F.BEFORE && (tokens[qi].w === ',' || tokens[qi].w === '—' || tokens[qi].w === '–')) {
      const goesOn = tokens[after]?.w === ',' && after + 1 < ctx.b;
      const cb = contentBefore(ctx, qi + 1, goesOn ? 1 : 2);
      if (cb) {
        const sp = span(tokens, cb[0], cb[1]);
        const content = [sp];
        // "Over the years, she said, email has helped": the clause goes on after the cue
        if (tokens[after]?.w === ',' && after + 1 < ctx.b && !participleCue(ctx, after + 1) && !(tokens[after + 1].k === K.Word && AFTER_CUE_CONJ.has(tokens[after + 1].w)) && tokens[after + 1].k !== K.Quote) {
          const e2 = clauseEnd(ctx, after + 1);
          if (e2 - (after + 1) >= 2) content.push(span(tokens, after + 1, e2));
        }
        // a participle with content before it ("..., saying.") is not a cue of its own
    if (form === 'ing') continue;
    // a lead-in phrase ("In other words,", "Through a spokeswoman,") is not content
        if (leadIn(ctx, cb[0], cb[1])) {
          if (content.length < 2) continue;
          content.shift();
        }
        const whole = { start: content[0].start, end: content[content.length - 1].end };
        return mkFrame(ctx, {
          c0: vg0, c1: i2, src: cand.s, type: 'verb', lemma, content, ...mixedOrIndirect(ctx, whole), before: true, how: 'before',
          relay, addressee: cand.addr, medium: cand.medium, conf: 0.75,
        });
      }
    }
  }
  if (candidates.some((c) => c.inv && (c.after >= ctx.b || TERMINAL.has(tokens[c.after]?.w)))) return true;
  return null;
}

/** A content reading of a cue (what contentAfter returns). */
type CueContent = NonNullable<ReturnType<typeof contentAfter>>;

/**
 * A content reading made in one place: verbFrameAt rewrites its reading several times, and objects
 * from one allocation site share one hidden class (spread copies each made another), so the code
 * reading `res` does not deoptimise on a reading first met late.
 */
function cueContent(content: Span[], kind: CueContent['kind'], quotes: number[], how: CueContent['how'], conf: number): CueContent {
  return { content, kind, quotes, how, conf };
}

function verbFrameAt(ctx: SentenceCtx, i: number, i2: number, lemma: string, frames: number, form: VerbInfo['form'], out: SentenceCues): Frame | null {
  const { tokens, lex } = ctx;
  // a clause verb that ends the sentence reports what comes before it: "C, The Post has learned."
  if (frames & F.CLAUSE && form !== 'ing' && (i2 >= ctx.b || (i2 === ctx.b - 1 && TERMINAL.has(tokens[i2].w) && tokens[i2].w !== ':'))) frames |= F.BEFORE;
  // "beat back a challenge": "back" is the particle of the verb before it
  if (particleBack(ctx, i)) return fail('particle');
  // "helped found the network": a bare infinitive after "help"
  if (afterHelp(ctx, i)) return fail('help-infinitive');
  let vg0 = verbGroupStart(ctx, i);
  // "Said Ana Ruiz, who grew up here, “Q”"
  if (vg0 === ctx.a && frames & F.CLAUSE && form === 'ed') {
    const f = saidFirstFrame(ctx, i, i2, lemma);
    if (f) return f;
  }
  // passive "was told", "were asked": not a cue of the subject
  for (let j = vg0; j < i; j++) {
    const w = tokens[j].w;
    if ((w === 'was' || w === 'were' || w === 'been' || w === 'be' || w === 'is' || w === 'are' || w === 'being') && form === 'ed' && i2 === i + 1) return passiveFrame(ctx, vg0, i, lemma, frames) ?? fail('passive');
  }
  // "a group called Black Votes Matter": a participle naming something, not a cue
  if (NAMING.has(lemma) && form === 'ed' && vg0 === i && i - 1 >= ctx.a && !namesWithComplement(ctx, i + 1)) {
    const p = tokens[i - 1];
    if (p.k === K.Word && !p.cap && !lex.pronouns.has(p.w) && !lex.relatives.has(p.w) && (isNominal(p, lex) || lex.determiners.has(p.w))) {
      const np = npBefore(tokens, i, ctx.a, lex, false);
      if (!np || tokens[np.t0].w === 'a' || tokens[np.t0].w === 'an' || np.shape === 'common') return fail('naming-participle');
    }
  }
  // reduced relatives are not cues: "many people reading this article", "the address listed on"
  let reduced = false;
  if (vg0 === i && i2 === i + 1 && i - 1 >= ctx.a) {
    const p = tokens[i - 1];
    const n = tokens[i + 1];
    const commonNoun = p.k === K.Word && !p.cap && isNominal(p, lex) && !lex.pronouns.has(p.w) && !lex.relatives.has(p.w) && !QUANTITIES.has(p.w);
    // ("a hat reading “Make it great”": what a thing reads is a report of its text)
    const readsQuote = lemma === 'read' && (quoteOpeningAt(ctx, i2) >= 0 || (tokens[i2]?.w === ',' && quoteOpeningAt(ctx, i2 + 1) >= 0));
    reduced = commonNoun && form === 'ing' && !isDocumentNoun(p.w) && !readsQuote;
    if (commonNoun && form === 'ing' && !(frames & F.CLAUSE && lemma === 'say') && !STANCE_ING.has(lemma) && !isDocumentNoun(p.w) && !readsQuote) return fail('reduced-relative-ing');
    if (commonNoun && form === 'ed' && n && n.k === K.Word && n.w === 'by') return fail('reduced-relative-by');
  }
  // "compared with a third who ...": a comparison, not a report
  if (lemma === 'compare' && (tokens[i2]?.w === 'with' || tokens[i2]?.w === 'to')) return fail('comparison');
  // an infinitive ("tried to discuss X", "led Priebus to declare X") takes its source from the
  // clause around it: the object right before "to", else the sentence subject
  const before = tokens[vg0 - 1];
  const infinitive = !!before && before.w === 'to' && form === 'base' && i2 === i + 1;
  // a multi-word verb after "to" ("continued to push for X"): only when the verb before "to" has its
  // own subject, which is the source
  let catenative: NP | null = null;
  if (before && before.w === 'to' && form === 'base' && !infinitive) {
    const v = tokens[vg0 - 2];
    // ("was quick to point out X": an adjective after a copula)
    const b = tokens[vg0 - 3];
    const adjAfterBe = !!v && !!b && vg0 - 3 >= ctx.a && v.k === K.Word && !v.cap && b.k === K.Word && ['is', 'was', 'are', 'were', 'be', 'been'].includes(b.w);
    if (v && vg0 - 2 >= ctx.a && v.k === K.Word && !v.cap && (adjAfterBe || lex.verbs.has(v.w) || lex.commonVerbs.has(v.w) || lex.irregularPast.has(v.w) || (v.w.endsWith('ed') && v.w.length > 4))) {
      const np = npBefore(tokens, verbGroupStart(ctx, adjAfterBe ? vg0 - 3 : vg0 - 2), ctx.a, lex);
      if (np && np.shape !== 'possessive' && !(np.shape === 'pronoun' && ['it', 'him', 'them', 'me', 'us'].includes(tokens[np.t0].w))) catenative = np;
    }
    if (!catenative) return fail('infinitive');
  }
  // "not authorized to discuss", "not allowed to speak publicly": why a source is anonymous, not a report
  if (infinitive && PERMISSION.has(tokens[vg0 - 2]?.w ?? '')) return fail('infinitive-permission');
  let relay: Frame['relay'];
  // "Peskov was quoted by Interfax as saying": the cue group swallows "was quoted by X (as)"
  if (form === 'ing' || lemma === 'say') {
    let j = vg0 - 1;
    if (j >= ctx.a && (tokens[j].w === 'as' || tokens[j].w === 'was' || tokens[j].w === 'were')) j--;
    const np = j >= ctx.a ? npBefore(tokens, j + 1, ctx.a, lex, false) : null;
    if (np && np.t0 - 2 >= ctx.a && tokens[np.t0 - 1].w === 'by' && tokens[np.t0 - 2].w === 'quoted') {
      relay = { p: ctx.para.index, np, relation: 'quoted_by' };
      vg0 = verbGroupStart(ctx, np.t0 - 2);
    }
  }
  let k = i2;
  let addressee: NP | undefined;
  let src: NP | null = null;
  let subject: NP | undefined;
  let inherit = false;
  void out;
  // 1. content before the cue: "Q, S V" / "Q, V S" / "C, S V" / "C, V S"
  if ((frames & F.BEFORE || lemma === 'say') && !infinitive) {
    const before1 = frameBeforeCue(ctx, i, i2, vg0, lemma, frames, form, relay);
    if (before1 === true) return fail('inverted');
    if (before1) return before1;
  }
  // 2. source before the cue and content after it
  src = catenative ?? (infinitive ? infinitiveController(ctx, vg0 - 1) : npBefore(tokens, vg0, ctx.a, lex));
  // "Trump released a new radio ad calling X": a participle after the object of another verb
  // belongs to that verb's subject
  if (src && form === 'ing' && vg0 === i && src.t1 === vg0 && (src.shape === 'common' || src.shape === 'name') && objectOfVerb(ctx, src)) {
    const s = sentenceSubject(ctx, src.t0);
    if (s) {
      src = null;
      inherit = true;
      subject = s;
    }
  }
  if (src && src.shape === 'relative') inherit = true;
  if (!src && infinitive && dummyItInfinitive(ctx, vg0 - 1)) {
    // "It's hard to imagine X", "it is difficult to assess X": no one's report
    return fail('dummy-it');
  } else if (!src && infinitive) {
    inherit = true;
    subject = subordinateSubject(ctx, vg0 - 1) ?? sentenceSubject(ctx, vg0 - 1) ?? undefined;
    if (!subject) return fail('infinitive');
  } else if (!src) {
    const p = tokens[vg0 - 1];
    if (form === 'ing' || (p && (p.w === 'and' || p.w === 'but' || p.w === ',' || p.w === 'or' || p.w === 'yet' || p.w === 'nor'))) {
      inherit = true;
      subject = sentenceSubject(ctx, vg0, true) ?? undefined;
    } else if (vg0 > ctx.a) return fail('no-source');
  }
  // the source must not be a bare object pronoun
  if (src && src.shape === 'pronoun' && ['him', 'them', 'me', 'us'].includes(tokens[src.t0].w)) return fail('object-pronoun');
  if (frames & F.ADDR) {
    const t = tokens[k];
    if (t && t.k === K.Word && !(t.w === 'that') && !WH.has(t.w)) {
      const ad = npAfter(tokens, k, ctx.b, lex);
      if (ad && ad.t1 - ad.t0 <= 6) {
        addressee = ad;
        k = ad.t1;
      }
    }
  }
  const tr = skipTrailer(ctx, k, ctx.b);
  // "Health worries have dogged her", "10 judges will hear": a noun heading the subject
  if (i2 === i + 1 && !addressee && pluralAfterNumber(tokens, i, form)) return fail('noun-subject');
  // "what Liz Wahl said when ...", "Everything Trump says is ...": the wh-word is what was said
  const wh = src && !addressee && !infinitive && src.t1 === vg0 && frames & F.CLAUSE ? whObjectGap(ctx, src, tr.k) : null;
  if (wh) {
    return mkFrame(ctx, { c0: vg0, c1: i2, src: wh.src, type: 'verb', lemma, content: wh.content, ...mixedOrIndirect(ctx, { start: wh.content[0].start, end: wh.content[wh.content.length - 1].end }), before: false, how: 'clause', variant: 'gap', medium: tr.medium, relay, conf: 0.5 });
  }
  // "a deal she once supported", "which he believes will ...": the gap of a relative clause
  const gap = src && !addressee && !infinitive && src.shape !== 'relative' ? gapContent(ctx, src, tr.k) : null;
  // "Health worries have dogged her", "That comment is a lie": a common noun heading the subject
  if (!gap && i2 === i + 1 && vg0 === i && (form === 's' || form === 'base') && tr.k === i2 && auxiliaryFollows(tokens, i2) && src && (src.shape === 'common' || (src.shape === 'name' && src.t0 === ctx.a && src.t1 - src.t0 === 1)) && src.t1 === i) return fail('noun-subject');
  const c = gap ? { content: gap, ...mixedOrIndirect(ctx, { start: gap[0].start, end: gap[gap.length - 1].end }), how: 'clause' as const, conf: 0.6 } : contentAfter(ctx, tr.k, frames, !addressee || tokens[tr.k]?.w === 'that' || lemma === 'tell');
  let res = c;
  if (!res && tr.k !== k) res = contentAfter(ctx, k, frames, false);
  if (!res && (tokens[tr.k]?.w === ',' || tokens[tr.k]?.w === ':')) {
    // "He continued, “...”": a quote after any reporting verb and a comma or colon
    // (", however," / ", though," may come between)
    let qk = tr.k + 1;
    if (tokens[qk]?.k === K.Word && INSERTED_ADVERBS.has(tokens[qk].w) && tokens[qk + 1]?.w === ',') qk += 2;
    const q = quoteOpeningAt(ctx, qk);
    if (q >= 0) res = { content: [quoteSpan(ctx, q)], kind: 'direct', quotes: [q], how: 'quote', conf: 0.85 };
  }
  if (!res && frames & F.CLAUSE) {
    // "X said in a statement. “Q”" / "X said:" + quote: the quote opening the next sentence
    const t = tokens[tr.k];
    if (t && (t.w === '.' || t.w === ':') && tr.k === ctx.b - 1) {
      const q = quoteOpeningAt(ctx, tr.k + 1);
      if (q >= 0) res = { content: [quoteSpan(ctx, q)], kind: 'direct', quotes: [q], how: 'quote', conf: 0.8 };
    }
  }
  if (!res && frames & (F.CLAUSE | F.BEFORE) && src && !inherit) {
    // "“Q.” Trump said." (split after the quote's own period)
    const q = quoteBeforeSentence(ctx, src.t0, tr.k);
    if (q >= 0) res = { content: [quoteSpan(ctx, q)], kind: 'direct', quotes: [q], how: 'quote', conf: 0.8 };
  }
  if (!res && frames & F.CLAUSE) {
    // "says at a stop in Toledo, Ohio, that C"
    const j = thatAfterPlace(ctx, tr.k);
    if (j > 0) res = contentAfter(ctx, j, frames, true);
  }
  if (!res && addressee && frames & F.OBJ) {
    // "urged a vote": what looked like an addressee is the object
    res = contentAfter(ctx, addressee.t0, F.OBJ, false);
    if (res) addressee = undefined;
  }
  if (!res && frames & F.TO) {
    // "called on Gov. Rick Lund (R) to resign": content from the addressee through the infinitive
    const k0 = addressee ? addressee.t0 : k;
    const to = toAfterAddressee(ctx, k0);
    if (to > 0) {
      const e = objectEnd(ctx, to + 1);
      if (e > to + 1) {
        const sp = span(tokens, k0, e);
        res = { content: [sp], ...mixedOrIndirect(ctx, sp), how: 'to', conf: 0.6 };
        addressee = undefined;
      }
    }
  }
  if (!res) {
    // "announced on Friday the arrest of X", "told the Star last week she would ..."
    const j = afterTime(ctx, k);
    if (j > k && tokens[j]?.w !== ',') res = contentAfter(ctx, j, frames, true);
  }
  if (!res) return fail('no-content');
  // one hidden class for `res` from here on, whichever reading found it (see cueContent); whether it is
  // still the gap reading `c` (res === c before) is kept in a flag
  let gapReading = res === c;
  res = cueContent(res.content, res.kind, res.quotes, res.how, res.conf);
  // "showed up", "wasn't backing down": a phrasal verb, no report
  if (res.how === 'object' && res.content.length && particleObject(ctx, tokenAtOrAfter(tokens, res.content[0].start))) return fail('particle');
  // "would see their taxes go up": witnessed or undergone, not believed
  if (res.kind === 'indirect' && !gap && perceptionSmallClause(ctx, lemma, tr.k)) return fail('perception');
  // "called the plan “a disaster”": the named thing and its name
  const named = namedContent(ctx, lemma, addressee, res.content);
  if (named) {
    const mo = mixedOrIndirect(ctx, { start: named[0].start, end: named[0].end });
    res = cueContent(named, mo.kind, mo.quotes, 'object', res.conf);
    gapReading = false;
    addressee = undefined;
  }
  // verbs that are also frequent nouns ("comments", "calls", "offers"): in their base and -s forms
  // only with a that-clause or a quote
  if (NOUNY.has(lemma.split(' ')[0]) && (form === 'base' || form === 's') && !infinitive && !catenative && !(res.how === 'quote' || res.how === 'to' || tokens[tr.k]?.w === 'that')) {
    // ... or with a subject that is a name or a pronoun right before the verb: "Smith supports the bill"
    const quantity = !!src && tokens.slice(src.t0, src.t1).some((t) => t.k === K.Num || QUANTITIES.has(t.w));
    const adjacent = !!src && (src.t1 === vg0 || (src.t1 === vg0 - 1 && APPOSITIVE_END.has(tokens[vg0 - 1].w)) || (src.t1 < vg0 && APPOSITIVE_END.has(tokens[src.t1 - 1].w)));
    const named = (!!src || inherit) && form === 'base' && afterModal(tokens, vg0, i) ? true : !!src && adjacent && (vg0 === i || onlyAdverbs(tokens, vg0, i)) && (src.shape === 'name' || quantity || src.shape === 'pronoun' || src.shape === 'relative' || (src.shape === 'common' && agrees(tokens[headOf(tokens, src)], form, tokens[src.t0])));
    if (!named) return fail('noun-not-verb');
  }
  if (addressee && (lemma === 'call' ? res.how !== 'clause' && tokens[tr.k]?.w !== 'that' : res.how === 'to') && res.content.length === 1 && res.content[0].start >= tokens[addressee.t1 - 1].e) {
    // "called the plan “a disaster”": what is named and the name are the content; "urged
    // voters to act": the addressee is the subject of the reported infinitive
    const c0 = { start: tokens[addressee.t0].s, end: res.content[0].end };
    const mo = mixedOrIndirect(ctx, c0);
    res = cueContent([c0], mo.kind, mo.quotes, res.how, res.conf);
    gapReading = false;
    addressee = undefined;
  }
  if (reduced && res.kind !== 'direct') {
    // "a group backing the senator spent millions": the object ends where the main verb starts
    const c0 = res.content[0];
    const k0 = tokenAtOrAfter(tokens, c0.start);
    const e = finiteVerbAt(ctx, k0);
    if (e > k0 && tokens[e - 1].e < c0.end) {
      res = cueContent([{ start: c0.start, end: tokens[e - 1].e }, ...res.content.slice(1)], res.kind, res.quotes, res.how, res.conf);
      gapReading = false;
    }
  }
  if (src && src.shape === 'relative' && res.kind !== 'direct') {
    // a relative clause ("Smith, who estimated that X, said ...") ends at its comma
    const c0 = res.content[0];
    const k0 = tokenAtOrAfter(tokens, c0.start);
    const e = objectEnd(ctx, k0);
    if (e > k0 && tokens[e - 1].e < c0.end) {
      res = cueContent([{ start: c0.start, end: tokens[e - 1].e }, ...res.content.slice(1)], res.kind, res.quotes, res.how, res.conf);
      gapReading = false;
    }
  }
  if (inherit && !src && !subject && form === 'ing') {
    const lp = leadingParticiple(ctx, vg0, res.content);
    if (lp) {
      subject = lp.subject;
      if (res.kind !== 'direct') {
        const mo = mixedOrIndirect(ctx, { start: lp.content[0].start, end: lp.content[lp.content.length - 1].end });
        res = cueContent(lp.content, mo.kind, mo.quotes, res.how, res.conf);
        gapReading = false;
      }
    }
  }
  return mkFrame(ctx, {
    c0: vg0, c1: i2, src, inherit, subject, type: 'verb', lemma, ...res, before: false, relay, addressee, medium: tr.medium,
    ...(infinitive ? { variant: 'infinitive' as const } : reduced ? { variant: 'participle' as const } : gap && gapReading ? { variant: (gap.length > 1 ? 'gap-clause' : 'gap') as 'gap' } : {}),
  });
}

/** After a dateline opening the paragraph: "WASHINGTON —", "DES MOINES, Iowa (AP) —". */
function skipDateline(ctx: SentenceCtx, k: number): number {
  const { tokens } = ctx;
  if (ctx.si !== 0) return k;
  let j = k;
  while (j < ctx.b && j - k < 8 && tokens[j].w !== '—' && tokens[j].w !== '–' && tokens[j].w !== '--' && tokens[j].w !== '―') j++;
  if (j >= ctx.b || j - k >= 8 || j === k) return k;
  // the words before the dash: an all-caps place, maybe a state and an agency in brackets
  const t = tokens[k];
  const raw = ctx.doc.text.slice(t.s, t.e);
  if (t.k !== K.Word || raw.length < 3 || raw !== raw.toUpperCase()) return k;
  return j + 1;
}

/** The subject of the sentence's main clause: its first noun phrase, after a leading phrase and comma. */
/**
 * The subject of the subordinate clause an infinitive sits in: "X's remarks came after the senator
 * spoke at a rally to discuss Y" -> "the senator". Null when no subordinator with a subject and a
 * finite verb comes before.
 */
function subordinateSubject(ctx: SentenceCtx, before: number): NP | null {
  const { tokens, lex } = ctx;
  for (let j = before - 1; j > ctx.a && before - j <= 20; j--) {
    const t = tokens[j];
    if (t.k !== K.Word || inQuote(ctx, j)) continue;
    if (!SUBJECT_SUBORDINATORS.has(t.w)) continue;
    // the first finite verb after it ends the subject
    for (let m = j + 2; m < before && m - j <= 8; m++) {
      const v = tokens[m];
      if (v.k !== K.Word || v.cap) continue;
      const vi = lex.verbs.get(v.w) ?? lex.prepVerbs.get(v.w);
      const finite = lex.auxiliaries.has(v.w) || lex.commonVerbs.has(v.w) || lex.irregularPast.has(v.w) || (v.w.endsWith('ed') && v.w.length > 3) || (!!vi && (vi.form === 'ed' || vi.form === 's'));
      if (!finite) continue;
      const np = npAfter(tokens, j + 1, m, lex);
      if (!np || np.t1 !== m || np.shape === 'relative' || (np.shape === 'pronoun' && ['him', 'them', 'me', 'us', 'it'].includes(tokens[np.t0].w))) return null;
      return np;
    }
    return null;
  }
  return null;
}
const SUBJECT_SUBORDINATORS = new Set(['after', 'before', 'when', 'while', 'because', 'since', 'once', 'until', 'although', 'though', 'whereas']);

export function sentenceSubject(ctx: SentenceCtx, before: number, long = false): NP | null {
  const { tokens, lex } = ctx;
  let k = skipDateline(ctx, ctx.a);
  while (k < before && tokens[k].k === K.Word && (lex.conjunctions.has(tokens[k].w) || lex.verbAdverbs.has(tokens[k].w))) k++;
  if (tokens[k] && tokens[k].k === K.Word && lex.prepositions.has(tokens[k].w)) {
    // "In April, The Post ..." : after the first comma
    while (k < before && tokens[k].w !== ',') k++;
    k++;
  } else {
    // "Last week, Jo Lee ...", "Earlier this month, ...": a time phrase and a comma
    let j = k;
    while (j < before && j - k < 4 && (tokens[j].k === K.Num || (tokens[j].k === K.Word && (lex.timeWords.has(tokens[j].w) || TIME_PHRASE.has(tokens[j].w))))) j++;
    if (j > k && tokens[j]?.w === ',' && j + 1 < before) k = j + 1;
  }
  if (k >= before) return null;
  const np = npAfter(tokens, k, before, lex);
  if (!np) return long ? longSubject(tokens, k, before, lex) : null;
  const next = tokens[np.t1];
  if (!next || next.k !== K.Word || next.cap || lex.prepositions.has(next.w) || lex.determiners.has(next.w)) {
    // the phrase must be followed by its verb
    if (!(next && (next.w === ',' && np.shape === 'name'))) return long ? longSubject(tokens, k, before, lex) : null;
  }
  return np;
}

function accordingFrame(ctx: SentenceCtx, i: number, ph: PhraseInfo): Frame | null {
  const { tokens, lex } = ctx;
  const i2 = i + ph.words.length;
  let np0 = npAfter(tokens, i2, ctx.b, lex);
  // "according to reports,", "according to media reports.": a plural noun that is also a verb form
  const nounS = (k: number) => tokens[k]?.k === K.Word && !tokens[k].cap && lex.verbs.get(tokens[k].w)?.form === 's' && k + 1 <= ctx.b && (k + 1 === ctx.b || tokens[k + 1].k === K.Punct || tokens[k + 1].k === K.Quote);
  if (nounS(np0 ? np0.t1 : i2)) {
    const t0 = np0 ? np0.t0 : i2;
    const t1 = (np0 ? np0.t1 : i2) + 1;
    np0 = mkNP(t0, t1, t0, t1, 'common');
  }
  // (the walk stopped inside the phrase: "the most recent data available from the FBI")
  const stop = np0 ? tokens[np0.t1] : undefined;
  if ((!np0 || (stop?.k === K.Word && !lex.timeWords.has(stop.w) && !lex.prepositions.has(stop.w))) && ph.text !== 'per') np0 = sourceToPhraseEnd(ctx, i2) ?? np0;
  if (!np0) return null;
  if (ph.text === 'per' && !(tokens[np0.t0].cap || tokens[np0.t0].w === 'the')) return null;
  let np = withAppositiveAfter(tokens, np0, ctx.b, lex);
  // "According to X, C."
  const lead = i === ctx.a || (i - 1 >= ctx.a && (tokens[i - 1].k === K.Quote || lex.conjunctions.has(tokens[i - 1].w)) && i - 1 === ctx.a) || (i - 2 === ctx.a && tokens[i - 1].w === ',' && lex.conjunctions.has(tokens[i - 2].w));
  // (an appositive of a leading source ends at a comma: "According to reports, the plant ..." has none)
  if (lead && tokens[np.t1]?.w !== ',') np = np0;
  if (lead) {
    let k = np.t1;
    if (tokens[k]?.w === ',') k++;
    const e = contentEnd(ctx, k);
    if (e - k < 2) return null;
    const sp = span(tokens, k, e);
    return mkFrame(ctx, { c0: i, c1: i2, src: np, type: 'according', lemma: ph.text, content: [sp], ...mixedOrIndirect(ctx, sp), conf: 0.85 });
  }
  // "C, according to X." (the content may also have quotes)
  const q = quoteClosingAt(ctx, i - 1) >= 0 ? quoteClosingAt(ctx, i - 1) : tokens[i - 1]?.w === ',' ? quoteClosingAt(ctx, i - 2) : -1;
  if (q >= 0) {
    return mkFrame(ctx, { c0: i, c1: i2, src: np, type: 'according', lemma: ph.text, content: [quoteSpan(ctx, q)], quotes: [q], kind: 'direct', before: true, conf: 0.9 });
  }
  const cb = contentBefore(ctx, i);
  if (!cb) return null;
  const sp = span(tokens, cb[0], cb[1]);
  // and what follows "according to X" may be more content: "C1, according to X, C2"
  const content = [sp];
  let k = np.t1;
  if (tokens[k]?.w === ',') {
    const e = contentEnd(ctx, k + 1);
    if (e - k > 3) content.push(span(tokens, k + 1, e));
  }
  return mkFrame(ctx, { c0: i, c1: i2, src: np, type: 'according', lemma: ph.text, content, ...mixedOrIndirect(ctx, { start: sp.start, end: content[content.length - 1].end }), before: true, conf: 0.8 });
}

function agentlessFrame(ctx: SentenceCtx, i: number, ph: PhraseInfo): Frame | null {
  const { tokens, lex } = ctx;
  const i2 = i + ph.words.length;
  if (ph.words[0] === 'it') {
    let k = i2;
    if (tokens[k]?.w === 'that' || (tokens[k] && WH.has(tokens[k].w))) {
      /* keep */
    }
    const e = contentEnd(ctx, k);
    if (e - k < 2) return null;
    const sp = span(tokens, k, e);
    return mkFrame(ctx, { c0: i, c1: i2, type: 'agentless', lemma: ph.text, content: [sp], ...mixedOrIndirect(ctx, sp), conf: 0.6 });
  }
  // "X seemed to recognize Y", "X is expected to endorse Y": with a reporting verb after "to" the
  // attribution is the subject's (the infinitive cue reads it); "was asked by X": a passive with an agent
  const after = tokens[i2];
  if (ph.words[ph.words.length - 1] === 'to' && after && after.k === K.Word && !after.cap && (lex.verbs.has(after.w) || lex.prepVerbs.has(after.w))) return null;
  if (ph.words.includes('asked') && after && after.w === 'by') return null;
  // "X is expected to C": content = subject + infinitive
  const subj = npBefore(tokens, i, ctx.a, lex, false);
  const last = ph.words[ph.words.length - 1];
  let k = i2;
  if (last !== 'to' && last !== 'as') {
    // "is considered", "is widely believed": content is what follows
  }
  const e = objectEnd(ctx, k);
  if (e - k < 1) return null;
  const content: Span[] = [];
  // "was asked whether ...": the one asked is not what was asked
  if (subj && subj.shape !== 'relative' && !ph.words.includes('asked')) content.push(span(tokens, subj.t0, subj.t1));
  content.push(span(tokens, k, e));
  return mkFrame(ctx, { c0: i, c1: i2, type: 'agentless', lemma: ph.text, content, ...mixedOrIndirect(ctx, { start: content[0].start, end: content[content.length - 1].end }), conf: 0.55 });
}

/** Finite forms of be/have/modals: the main verb after a subject noun clause. */
const MAIN_VERBS = new Set(['is', 'was', 'are', 'were', 'has', 'have', 'had', 'remains', 'remained', 'seems', 'seemed', 'appears', 'appeared', 'will', 'would', 'could', 'may', 'might', 'must', "isn't", "wasn't", "hasn't"]);

function nounFrame(ctx: SentenceCtx, i: number): Frame | null {
  const { tokens, lex } = ctx;
  // NOUN that C  (and not "the claims that were made": require a clause after "that")
  let th = i + 1;
  // "her answer was that C": the copula's complement is the content
  const copula = (tokens[th]?.w === 'is' || tokens[th]?.w === 'was') && tokens[th + 1]?.w === 'that';
  if (copula) th++;
  if (tokens[th]?.w !== 'that' || !isClauseStart(ctx, th + 1)) return null;
  const e = contentEnd(ctx, th + 1);
  if (e - th < 3) return null;
  // source: possessive before the noun ("his claim", "Trump's claim")
  let j = i - 1;
  while (j >= ctx.a && tokens[j].k === K.Word && !tokens[j].cap && !lex.determiners.has(tokens[j].w) && j > i - 3 && tokens[j].w !== "'s") j--;
  let src: NP | null = null;
  const t = tokens[j];
  if (t && ['his', 'her', 'their', 'its', 'our', 'my'].includes(t.w)) src = mkNP(j, j + 1, j, j + 1, 'pronoun');
  else if (t && t.w === "'s") {
    const np = npBefore(tokens, j, ctx.a, lex, false);
    if (np) src = mkNP(np.t0, j + 1, np.h0, np.h1, np.shape);
  }
  // without a possessor the "that" is usually a relative pronoun ("the proposal that X pushed")
  if (!src) return null;
  // "that" + verb is a relative clause ("the claim that originated in ...")
  const n = tokens[th + 1];
  if (n.k === K.Word && !n.cap && (lex.verbs.has(n.w) || lex.auxiliaries.has(n.w) || lex.commonVerbs.has(n.w) || n.w.endsWith('ed'))) return null;
  // the noun phrase is the sentence's subject ("Trump's claim that the vote was rigged is false"):
  // the clause ends before the main verb, the last of two or more finite verbs
  let e2 = e;
  if (!copula && (src.t0 === ctx.a || (src.t0 - 1 >= ctx.a && lex.conjunctions.has(tokens[src.t0 - 1].w) && src.t0 - 1 === ctx.a))) {
    const fin: number[] = [];
    for (let k = th + 2; k < e; k++) if (tokens[k].k === K.Word && MAIN_VERBS.has(tokens[k].w)) fin.push(k);
    if (fin.length >= 2 && fin[fin.length - 1] - th >= 3) e2 = fin[fin.length - 1];
  }
  const sp = span(tokens, th, e2);
  return mkFrame(ctx, { c0: i, c1: i + 1, src, type: 'noun', lemma: tokens[i].w, content: [sp], ...mixedOrIndirect(ctx, sp), conf: 0.6 });
}

function adjFrame(ctx: SentenceCtx, i: number): Frame | null {
  const { tokens, lex } = ctx;
  // S be (adv) ADJ that|to|about C
  let j = i - 1;
  while (j >= ctx.a && tokens[j].k === K.Word && (lex.verbAdverbs.has(tokens[j].w) || tokens[j].w === 'very' || tokens[j].w === 'not' || tokens[j].w === 'so' || tokens[j].w === 'increasingly' || tokens[j].w === 'more' || tokens[j].w === 'less' || tokens[j].w === 'deeply')) j--;
  if (j < ctx.a || !(BE.has(tokens[j].w) || NEG_BE.has(tokens[j].w.replace('’', "'")))) return null;
  let b0 = j;
  while (b0 - 1 >= ctx.a && tokens[b0 - 1].k === K.Word && (lex.auxiliaries.has(tokens[b0 - 1].w) || lex.verbAdverbs.has(tokens[b0 - 1].w))) b0--;
  const nx = tokens[i + 1];
  // "was sure Trump would win": a clause without "that" after a belief adjective
  const bare = !!nx && BARE_CLAUSE_ADJ.has(tokens[i].w) && bareClauseAt(ctx, i + 1);
  if (!nx || !(bare || nx.w === 'that' || nx.w === 'to' || nx.w === 'about' || nx.w === 'of' || nx.w === 'on' || WH.has(nx.w))) return null;
  const w = tokens[i].w;
  if ((w === 'clear' || w === 'unclear' || w === 'certain' || w === 'likely') && tokens[b0 - 1]?.w === 'it') return null; // agentless phrases
  const src = npBefore(tokens, b0, ctx.a, lex);
  if (!src || src.shape === 'relative' && false) return null;
  if (w === 'ready' || w === 'willing' || w === 'eager' || w === 'keen' || w === 'determined' || w === 'reluctant' || w === 'unwilling' || w === 'prepared' || w === 'committed' || w === 'intent') {
    if (nx.w !== 'to' && nx.w !== 'on') return null;
  }
  const k = bare || nx.w === 'that' || WH.has(nx.w) ? i + 1 : i + 2;
  const e = contentEnd(ctx, k);
  if (e - k < 1) return null;
  const sp = span(tokens, nx.w === 'to' ? i + 1 : k, e);
  return mkFrame(ctx, { c0: b0, c1: i + 1, src, inherit: src.shape === 'relative', type: 'adj', lemma: w, content: [sp], ...mixedOrIndirect(ctx, sp), conf: 0.6 });
}

const NEG_BE = new Set(["isn't", "aren't", "wasn't", "weren't"]);
const BARE_CLAUSE_ADJ = new Set(['sure', 'certain', 'confident', 'convinced', 'hopeful', 'optimistic', 'pessimistic', 'worried', 'afraid', 'glad', 'proud', 'adamant']);

/** A clause without "that" from k: a pronoun, determiner or name subject, then a finite verb before a comma. */
function bareClauseAt(ctx: SentenceCtx, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t || t.k !== K.Word || inQuote(ctx, k)) return false;
  if (!(NEW_SUBJECTS.has(t.w) || t.w === 'you' || ctx.lex.determiners.has(t.w) || t.cap)) return false;
  if (t.w === 'that' || t.w === 'this' || ctx.lex.prepositions.has(t.w)) return false;
  const v = verbAhead(ctx, k + 1);
  return v > k && v - k <= 8 && ctx.tokens[v].w !== ',';
}

const NOT_SPEAKERS = new Set(['update', 'updated', 'note', 'editor', "editor's", 'read', 'related', 'watch', 'photo', 'photos', 'source', 'sources', 'video', 'see', 'also', 'more', 'correction', 'clarification', 'disclosure', 'warning', 'listen', 'click', 'q', 'a', 'question', 'answer', 'advertisement', 'subscribe', 'follow', 'share', 'tags', 'topics', 'credit', 'image', 'caption', 'location', 'date', 'time', 'where', 'when', 'who', 'what', 'why', 'how', 'bottom', 'line', 'breaking', 'exclusive', 'live', 'opinion', 'analysis', 'the', 'this', 'here', 'it', 'that', 'example', 'translation', 'transcript', 'full', 'text', 'part']);

/**
 * "Name: words" at the start of a paragraph: a headline ("Ryan: FBI decision defies explanation")
 * or a transcript line ("TAPPER: ..."). The content is the rest of the paragraph.
 */
const HEADLINE_GROUPS = new Set(['camp', 'campaign', 'aides', 'aide', 'allies', 'ally', 'adviser', 'advisers', 'spokesman', 'spokeswoman', 'supporters', 'officials', 'official', 'lawyers', 'lawyer', 'team', 'chief', 'leaders', 'source', 'sources']);

function leadColonFrame(ctx: SentenceCtx, i: number): Frame | null {
  const { tokens, lex, para } = ctx;
  if (ctx.si !== 0 || i - ctx.a > 5 || i === ctx.a) return null;
  for (let j = ctx.a; j < i; j++) {
    const t = tokens[j];
    // (after a name, a few lowercase group words: "Clinton camp:", "Trump aides:")
    const groupWord = j > ctx.a && tokens[ctx.a].cap && t.k === K.Word && HEADLINE_GROUPS.has(t.w);
    if (!(t.k === K.Word && (t.cap || t.w === "'s" || t.w === 'of' || groupWord)) && !(t.w === '.' && tokens[j - 1]?.e === t.s)) return null;
    if (NOT_SPEAKERS.has(t.w)) return null;
  }
  const np = npBefore(tokens, i, ctx.a, lex, false);
  if (!np || np.t0 !== ctx.a) return null;
  let k = i + 1;
  const last = para.tokens.length;
  let e = last;
  while (e > k && tokens[e - 1].k === K.Punct && TERMINAL.has(tokens[e - 1].w)) e--;
  if (e - k < 3) return null;
  const sp = span(tokens, k, e);
  return mkFrame(ctx, { c0: i, c1: i + 1, src: np, type: 'colon', lemma: ':', content: [sp], ...mixedOrIndirect(ctx, sp), how: 'colon', conf: 0.7 });
}

/** A quote ending in a comma, then a reporting verb ("“A,” said X") or a subject and one ("“A,” X said"). */
function quoteHasOwnCue(ctx: SentenceCtx, q: number): boolean {
  const { tokens, lex } = ctx;
  const Qt = ctx.doc.quotes[q];
  const k = afterQuote(ctx, q);
  const close = tokens[k - 1];
  const inner = tokens[k - 2];
  let j = k;
  if (tokens[j]?.w === ',') j++;
  else if (!(inner && inner.w === ',' && close && close.e === Qt.e)) return false;
  const isCue = (t: Token | undefined) => !!t && t.k === K.Word && !t.cap && !!lex.verbs.get(t.w) && lex.verbs.get(t.w)!.form !== 'base';
  if (isCue(tokens[j])) return true;
  const np = npAfter(tokens, j, ctx.b, lex);
  return !!np && np.t1 - np.t0 <= 6 && isCue(tokens[np.t1]);
}

function colonFrame(ctx: SentenceCtx, i: number, frames: Frame[]): Frame | null {
  const { tokens, lex } = ctx;
  let q = quoteOpeningAt(ctx, i + 1);
  if (q < 0 && i === ctx.para.tokens.length - 1) q = nextParagraphQuote(ctx);
  // "Zoë: “We won,” said Al Roe": the quote has a cue of its own; the colon introduces nothing
  if (q >= 0 && quoteHasOwnCue(ctx, q)) return null;
  if (q < 0 || (ctx.si === 0 && i - ctx.a <= 5 && frames.length === 0 && ctx.doc.quotes[q].e < ctx.para.end - 2)) {
    const lead = leadColonFrame(ctx, i);
    if (lead) return lead;
  }
  if (q < 0) return null;
  // the source: that of a frame earlier in the sentence, else the noun phrase before the colon
  let src: NP | null = null;
  for (const f of frames) if (f.c0 < i && f.src) src = f.src;
  if (!src) {
    let j = i;
    if (tokens[j - 1]?.w === 'word' || tokens[j - 1]?.w === 'words') j--;
    const np = npBefore(tokens, j, ctx.a, lex);
    if (np && (np.shape === 'name' || np.shape === 'possessive') && np.t1 === i) src = np;
    if (!src) {
      // the subject of the sentence: a name at its start
      const s0 = npAfter(tokens, ctx.a, i, lex);
      if (s0 && s0.shape === 'name' && tokens[ctx.a].cap) src = s0;
    }
  }
  if (!src) return null;
  return mkFrame(ctx, { c0: i, c1: i + 1, src, inherit: src.shape === 'relative', type: 'colon', lemma: ':', content: [quoteSpan(ctx, q)], quotes: [q], kind: 'direct', conf: 0.8 });
}

const POLL_NOUNS = new Set(['poll', 'survey', 'study', 'analysis', 'census']);

/**
 * "CLAUSE in the latest CNN/ORC poll" / "In a new poll, CLAUSE": a poll or study as the source.
 * Returns a frame with cue "in", the poll as source and the clause as content.
 */
function inPollFrame(ctx: SentenceCtx, i: number): Frame | null {
  const { tokens, lex } = ctx;
  let np = npAfter(tokens, i + 1, ctx.b, lex);
  // "a Washington Post/ABC News poll", "a CNN/ORC International Poll": names joined by slashes
  if (np && tokens[np.t1]?.w === '/') {
    let j = np.t1;
    while (j < ctx.b && j - np.t1 < 10 && (tokens[j].w === '/' || tokens[j].k === K.Word) && !POLL_NOUNS.has(tokens[j].w)) j++;
    if (j < ctx.b && POLL_NOUNS.has(tokens[j].w)) np = mkNP(np.t0, j + 1, np.h0, j + 1, np.shape);
  }
  if (!np) return null;
  let head = -1;
  for (let j = np.t0; j < np.t1; j++) if (POLL_NOUNS.has(tokens[j].w) && (!tokens[j].cap || j > np.t0)) head = j;
  if (head < 0 || (np.t1 - 1 !== head && !(tokens[head + 1]?.k === K.Word && !tokens[head + 1].cap))) return null;
  // a particular poll ("a new Gallup poll", "the latest CNN/ORC survey"), not "the polls" in general
  const particular = tokens.slice(np.t0, head).some((t) => t.cap || t.w === 'new' || t.w === 'latest' || t.w === 'recent');
  if (!particular || tokens[head].w.endsWith('s')) return null;
  // the phrase may continue with "released Wednesday", "conducted by X": up to a comma or the end
  let e = np.t1;
  while (e < ctx.b && e - np.t1 < 8 && tokens[e].k !== K.Punct && tokens[e].k !== K.Quote) e++;
  const src: NP = mkNP(np.t0, np.t1, np.t0, np.t1, 'common');
  const next = tokens[e];
  if (i === ctx.a || (i === ctx.a + 1 && lex.conjunctions.has(tokens[ctx.a].w))) {
    // "In a new poll, Clinton leads ..."
    if (next?.w !== ',') return null;
    const ce = clauseEnd(ctx, e + 1);
    if (ce - (e + 1) < 3) return null;
    const sp = span(tokens, e + 1, ce);
    return mkFrame(ctx, { c0: i, c1: i + 1, src, type: 'according', lemma: 'in', content: [sp], ...mixedOrIndirect(ctx, sp), conf: 0.6 });
  }
  if (!(e >= ctx.b || !next || (next.k === K.Punct && TERMINAL.has(next.w)))) return null;
  let s0 = ctx.a;
  for (let j = i - 1; j > ctx.a; j--) if ((tokens[j].w === ';' || tokens[j].w === ':') && !inQuote(ctx, j)) { s0 = j + 1; break; }
  if (i - s0 < 3) return null;
  const sp = span(tokens, s0, i);
  return mkFrame(ctx, { c0: i, c1: i + 1, src, type: 'according', lemma: 'in', content: [sp], ...mixedOrIndirect(ctx, sp), before: true, conf: 0.6 });
}

/** "“Quote.” ― Jane Doe": a dash after a quote, then the speaker's name ending the sentence. */
function dashFrame(ctx: SentenceCtx, i: number): Frame | null {
  const { tokens, lex } = ctx;
  const q = quoteClosingAt(ctx, i - 1);
  const np0 = npAfter(tokens, i + 1, ctx.b, lex);
  if (q < 0 || !np0 || np0.shape !== 'name' || np0.t1 - np0.t0 > 6) return null;
  const np = withAppositiveAfter(tokens, np0, ctx.b, lex);
  const n = tokens[np.t1];
  if (n && !(n.k === K.Punct && TERMINAL.has(n.w)) && np.t1 < ctx.b) return null;
  return mkFrame(ctx, { c0: i, c1: i + 1, src: np, type: 'colon', lemma: '―', content: [quoteSpan(ctx, q)], quotes: [q], kind: 'direct', before: true, how: 'quote', conf: 0.85 });
}

/** "When asked whether ...", "Asked about ...": an agentless question. */
function askedFrame(ctx: SentenceCtx, i: number): Frame | null {
  const { tokens } = ctx;
  const p = tokens[i - 1];
  if (!(i === ctx.a || (p && p.k === K.Word && (p.w === 'when' || p.w === 'if' || p.w === 'after' || p.w === 'as' || p.w === 'once' || p.w === 'before')))) return null;
  // (a time or a place may come first: "Asked on Fox News who leads", "Asked Tuesday about X")
  let k = askedContentStart(ctx, i + 1);
  // "Asked by Jo Lee whether ...": the one asking is the source
  let by: NP | null = null;
  if (tokens[k]?.w === 'by') {
    by = npAfter(tokens, k + 1, ctx.b, ctx.lex);
    if (!by || by.shape === 'relative') return null;
    k = by.t1;
  }
  const n = tokens[k];
  if (!n || !(WH.has(n.w) || n.w === 'about' || n.w === 'to' || n.w === 'for')) return null;
  const e = objectEnd(ctx, k);
  if (e - k < 2) return null;
  const sp = span(tokens, k, e);
  if (by) return mkFrame(ctx, { c0: i, c1: i + 1, src: by, type: 'verb', lemma: 'ask', content: [sp], ...mixedOrIndirect(ctx, sp), how: 'clause', conf: 0.5 });
  return mkFrame(ctx, { c0: i, c1: i + 1, type: 'agentless', lemma: 'ask', content: [sp], ...mixedOrIndirect(ctx, sp), conf: 0.5 });
}

/**
 * An unknown past-tense or -s verb right after a subject, followed by "that" + clause
 * ("the court ruled that ..."), or right after a closing quote and a name ("“...,” she quipped.").
 */
function isUnknownVerbCue(ctx: SentenceCtx, i: number): boolean {
  const { tokens, lex } = ctx;
  const t = tokens[i];
  if (t.k !== K.Word || t.w.length < 4 || lex.auxiliaries.has(t.w) || lex.commonVerbs.has(t.w) || lex.nonNominal.has(t.w)) return false;
  const past = t.w.endsWith('ed');
  if (!past) return false;
  const n = tokens[i + 1];
  const p = tokens[i - 1];
  if (!p || p.k !== K.Word) return false;
  if (n && n.w === 'that' && tokens[i + 2] && isClauseStart(ctx, i + 2)) {
    const np = npBefore(tokens, i, ctx.a, lex, false);
    return !!np && np.t1 === i && (np.shape === 'name' || np.shape === 'pronoun' || lex.determiners.has(tokens[np.t0].w));
  }
  // Jane Doe interjected, “...”  /  she interjected: “...”
  if (n && (n.w === ',' || n.w === ':') && quoteOpeningAt(ctx, i + 2) >= 0) {
    const np = npBefore(tokens, i, ctx.a, lex);
    return !!np && np.t1 === i && (np.shape === 'name' || np.shape === 'pronoun');
  }
  // “...,” she quipped.
  if (past && (!n || (n.k === K.Punct && TERMINAL.has(n.w)))) {
    const np = npBefore(tokens, i, ctx.a, lex);
    const q = np ? tokens[np.t0 - 1] : undefined;
    return !!q && (q.k === K.Quote || (q.w === ',' && tokens[np!.t0 - 2]?.k === K.Quote));
  }
  return false;
}

/** Medium phrases inside the sentence: "in a (scathing farewell) letter", "in an interview with CNN". */
/**
 * An -s form right before a reporting verb is a plural noun, the verb's subject: "Media reports
 * said", "Polls show", "the claims suggest" (not "She says reports ...").
 */
const PERMISSION = new Set(['authorized', 'authorised', 'allowed', 'permitted', 'cleared', 'empowered', 'entitled']);
const POSSESSORS = new Set(["'s", 'his', 'her', 'their', 'its', 'our', 'my', 'your']);

function pluralSubjectNoun(ctx: SentenceCtx, i: number): boolean {
  const { tokens, lex } = ctx;
  const n = tokens[i + 1];
  if (!n || i + 1 >= ctx.b || n.k !== K.Word || n.cap) return false;
  const v = lex.verbs.get(n.w);
  if (!v || v.form === 's' || v.form === 'ing') return false;
  const p = tokens[i - 1];
  return i === ctx.a || (!!p && p.k === K.Word && !lex.pronouns.has(p.w) && !lex.relatives.has(p.w) && !lex.auxiliaries.has(p.w) && (lex.determiners.has(p.w) || p.cap || p.w === "'s" || isNominal(p, lex)));
}

function findMedia(ctx: SentenceCtx, out: SentenceCues): void {
  const { tokens } = ctx;
  for (let i = ctx.a; i < ctx.b; i++) {
    const t = tokens[i];
    if (t.k !== K.Word || ctx.para.qid[i] >= 0) continue;
    const rel = MEDIUM_NOUNS.get(t.w);
    if (!rel) continue;
    // preceded within 4 words by a medium preposition, or "X's statement"
    let j = i - 1;
    let ok = false;
    while (j >= ctx.a && i - j <= 5 && tokens[j].k === K.Word) {
      if (MEDIUM_PREPS.has(tokens[j].w)) {
        ok = true;
        break;
      }
      j--;
    }
    if (!ok) continue;
    const m: Medium = { relation: rel, span: { start: tokens[j].s, end: t.e }, text: '' };
    // "with CNN" / "to Barack Obama": a named outlet after the medium noun
    const n = tokens[i + 1];
    if (n && (n.w === 'with' || n.w === 'on' || n.w === 'to' || n.w === 'by') && tokens[i + 2]) {
      const np = npAfter(tokens, i + 2, ctx.b, ctx.lex);
      if (np && np.shape === 'name' && n.w !== 'to' && n.w !== 'by') {
        m.name = ctx.doc.text.slice(tokens[np.t0].s, tokens[np.t1 - 1].e);
      }
    }
    m.text = ctx.doc.text.slice(m.span.start, m.span.end);
    out.media.push({ t0: j, medium: m });
  }
}

/** All cues of one sentence with their frames. */
export function detectSentence(ctx: SentenceCtx): SentenceCues {
  const { tokens, lex } = ctx;
  const out: SentenceCues = { frames: [], relays: [], media: [], reports: [] };
  const frames = out.frames;
  let skipTo = -1;
  if (ctx.si === 0) {
    // "“WALLACE: Let's start ...": a turn of a quoted transcript
    const turn = quotedTurnFrame(ctx);
    if (turn) frames.push(turn);
  }
  for (let i = ctx.a; i < ctx.b; i++) {
    if (i < skipTo) continue;
    const t = tokens[i];
    if (inQuote(ctx, i)) continue;
    if (t.k === K.Punct) {
      if ((t.w === '―' || t.w === '—' || t.w === '–' || t.w === '--') && quoteClosingAt(ctx, i - 1) >= 0) {
        const f = dashFrame(ctx, i);
        if (f) frames.push(f);
        continue;
      }
      if (t.w === ':' ) {
        const f = colonFrame(ctx, i, frames);
        if (f && !frames.some((g) => g.quotes.includes(f.quotes[0]))) frames.push(f);
      }
      continue;
    }
    if (t.k !== K.Word) continue;
    const ph = matchPhrase(ctx, i);
    if (ph && (ph.kind !== 'verb' || isCueCase(ctx, i))) {
      const i2 = i + ph.words.length;
      if (ph.kind === 'source-after') {
        const f = accordingFrame(ctx, i, ph);
        if (f) {
          frames.push(f);
          skipTo = f.src ? f.src.t1 : i2;
        }
        continue;
      }
      if (ph.kind === 'relay-after') {
        const np = npAfter(tokens, i2, ctx.b, lex);
        if (np) out.relays.push({ t0: i, np, relation: ph.relation ?? 'quoted_by' });
        // "The Journal, citing internal documents": citing is also an attribution of its own
        // ("citing Reuters", "citing Jane Doe": a named source is only a relay)
        if (ph.text === 'citing' && !(np && np.shape === 'name')) {
          const f = verbFrame(ctx, i, i2, 'cite', F.OBJ, 'ing', out);
          if (f) frames.push(f);
        }
        continue;
      }
      if (ph.kind === 'medium') continue; // found by findMedia
      if (ph.kind === 'report') {
        out.reports.push(span(tokens, i, i2));
        const h = HEARSAY_ADVERBS.has(t.w) && i2 === i + 1 ? hearsayFrame(ctx, i) : null;
        if (h) frames.push(h);
        skipTo = i2;
        continue;
      }
      if (ph.kind === 'agentless') {
        const f = agentlessFrame(ctx, i, ph);
        if (f) {
          frames.push(f);
          skipTo = i2;
        }
        continue;
      }
      if (ph.kind === 'verb') {
        const last = tokens[i2 - 1].w;
        const form = last.endsWith('ing') || ph.words[0].endsWith('ing') ? 'ing' : ph.words[0].endsWith('ed') || ph.words.includes('was') ? 'ed' : 'base';
        const f = verbFrame(ctx, i, i2, ph.text, ph.frames, form, out);
        if (f) {
          frames.push(f);
          skipTo = i2;
          continue;
        }
      }
    }
    if (t.w === 'as') {
      // "As Jane Doe noted, C." / "C, as she put it."
      const r = asClauseFrame(ctx, i);
      if (r) {
        frames.push(r.frame);
        skipTo = r.next;
        continue;
      }
    }
    if (t.w === 'in') {
      // "voted in favor of X", "came out in support of Y"
      const sf = stanceFrame(ctx, i);
      if (sf) {
        frames.push(sf);
        skipTo = i + 3;
        continue;
      }
      const f = inPollFrame(ctx, i);
      if (f) {
        frames.push(f);
        skipTo = f.src ? f.src.t1 : i + 1;
        continue;
      }
    }
    if (i <= ctx.a + 1 && t.w.endsWith('ing')) {
      // "Citing the budget, the mayor vetoed the bill": the main clause's subject is the source
      const f = leadParticipleFrame(ctx);
      if (f && f.c0 === i) {
        frames.push(f);
        skipTo = tokenAtOrAfter(tokens, f.content[0].end);
        continue;
      }
    }
    if (t.w === 'asked') {
      const f = askedFrame(ctx, i);
      if (f) {
        frames.push(f);
        continue;
      }
    }
    if (!t.cap && SEEM_WORDS.has(t.w)) {
      // "the race appears closer": an impression with no source
      const f = seemFrame(ctx, i);
      if (f) {
        frames.push(f);
        continue;
      }
    }
    // "voiced concern about X": the noun frame reads it
    if (!t.cap && carriesNoun(ctx, i)) continue;
    // "lashed out at X", "took aim at X", "called out X"
    const phf = phrasalFrame(ctx, i, out);
    if (phf) {
      frames.push(phf);
      skipTo = tokenAtOrAfter(tokens, phf.content[0].start);
      continue;
    }
    const pv = lex.prepVerbs.get(t.w);
    if (pv && !t.cap) {
      // "talked about the plan", "voted against the bill": the preposition's object is the content
      const f = prepVerbFrame(ctx, i, pv, out);
      if (f) {
        frames.push(f);
        skipTo = tokenAtOrAfter(tokens, f.content[0].start);
        continue;
      }
    }
    const v = lex.verbs.get(t.w);
    if (v && v.form === 's' && pluralSubjectNoun(ctx, i)) continue;
    // "Trump's claim that", "his promise to": a possessed reporting noun, not a verb
    const possessed = !!v && (v.form === 'base' || v.form === 's') && POSSESSORS.has(tokens[i - 1]?.w ?? '') && i - 1 >= ctx.a;
    if (v && isCueCase(ctx, i) && !possessed) {
      const f = verbFrame(ctx, i, i + 1, v.lemma, v.frames, v.form, out);
      if (f) {
        frames.push(f);
        continue;
      }
    }
    if (!v && !t.cap && isUnknownVerbCue(ctx, i)) {
      // a verb the lexicon does not know, used like a reporting verb: "X ruled that ...",
      // "“...,” she quipped."
      const f = verbFrame(ctx, i, i + 1, t.w, F.CLAUSE | F.BEFORE, t.w.endsWith('ing') ? 'ing' : t.w.endsWith('s') ? 's' : 'ed', out);
      if (f && (f.how === 'quote' || f.how === 'clause')) {
        f.conf = Math.min(f.conf, 0.55);
        frames.push(f);
        continue;
      }
    }
    if (!t.cap && AGENT_NOUNS.has(t.w)) {
      // "Ruiz is a staunch opponent of X"
      const f = agentNounFrame(ctx, i);
      if (f) {
        frames.push(f);
        continue;
      }
    }
    const np = !t.cap ? lex.nounPreps.get(t.w) : undefined;
    if (np) {
      // "his support for X", "voiced concern about X"
      const f = nounPrepFrame(ctx, i, np);
      if (f) {
        frames.push(f);
        continue;
      }
    }
    if (!t.cap && lex.nouns.has(t.w)) {
      const f = nounFrame(ctx, i);
      if (f) {
        frames.push(f);
        continue;
      }
    }
    if (!t.cap && lex.adjectives.has(t.w)) {
      const f = adjFrame(ctx, i);
      if (f) frames.push(f);
    }
  }
  if (!frames.length && ctx.para.index === 0 && ctx.si === 0) {
    // a headline: "Clinton blasts Trump over ..."
    const f = headlineFrame(ctx);
    if (f) frames.push(f);
  }
  findMedia(ctx, out);
  out.frames = fit(out.frames); // (kept until the frames are resolved; see fit())
  return out;
}
