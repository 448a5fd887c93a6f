// Named entities without a tagger: runs of capitalised words, titles stripped ("President", "Sen.",
// "Mr."), grouped into entities by full name, with surnames and first names linked to the full name
// they abbreviate. Types come from the outlet lexicon, organisation words and person titles.
import type { Entity, SpeakerType, Span } from '../types';
import type { Lexicon } from '../lexicon/index';
import type { Doc, Paragraph } from '../pipeline/document';
import { K, type Token } from '../text/tokens';
import { firstIndex, fit } from '../spans';

export interface NameMention {
  s: number;
  e: number;
  /** Paragraph index. */
  p: number;
  /** Token range in the paragraph. */
  t0: number;
  t1: number;
  words: string[];
  entity: number;
  /** Title words right before the name ("president", "mr"). */
  title?: string;
}

export interface EntityModel {
  entities: Entity[];
  mentions: NameMention[];
  /** Gender from titles and resolved pronouns: 'm' | 'f'. */
  gender: Map<number, 'm' | 'f'>;
  /** Lowercased title/role words the text attaches to an entity ("prime minister", "spokesman"). */
  roles: Map<number, Set<string>>;
}

const PARTICLES = new Set(['de', 'van', 'von', 'bin', 'al', 'la', 'le', 'du', 'da', 'del', 'der', 'ibn', 'abu']);
const ORG_WORDS = new Set(
  ('kremlin pentagon congress senate house parliament duma government ministry department agency party committee council ' +
    'commission court administration campaign foundation institute university college bank company corp corporation inc ' +
    'times post news journal press network union association coalition group office bureau service army navy police ' +
    'church center centre fund board organization organisation league federation club team school hospital state ' +
    'republic kingdom nations county city assembly caucus cabinet secretariat embassy ministry fbi cia nsa nato un eu ' +
    'gop dnc rnc pac llc ltd').split(' '),
);
const MALE_TITLES = new Set(['mr', 'sir', 'lord', 'king', 'prince', 'congressman', 'councilman', 'chairman', 'spokesman']);
const FEMALE_TITLES = new Set(['mrs', 'ms', 'miss', 'dame', 'lady', 'queen', 'princess', 'congresswoman', 'councilwoman', 'chairwoman', 'spokeswoman']);
const PERSON_TITLES_RE = /^(mr|mrs|ms|dr|sen|rep|gov|gen|president|senator|governor|secretary|minister|premier|chancellor|mayor|judge|justice|professor|prof|rev|pope|king|queen|prince|princess|spokesman|spokeswoman|spokesperson|ambassador|rabbi|sheriff|sir|dame|lord|lady|congressman|congresswoman|chairman|chairwoman|director|adviser|advisor|aide|candidate|nominee|attorney|lawyer|economist|analyst|pollster|strategist|reporter|correspondent|host|anchor|author|former)$/;

/** Capitalised only because they open a sentence: "According to ...", "Media reports said ...". */
const NOT_NAMES_AT_START = new Set(['according', 'asked', 'speaking', 'instead', 'meanwhile', 'however', 'moreover', 'furthermore', 'nevertheless', 'still', 'yet', 'thus', 'hence', 'indeed', 'perhaps', 'maybe', 'even', 'only', 'just', 'now', 'then', 'here', 'there', 'yes', 'no', 'well', 'oh', 'please', 'thanks', 'media', 'reports', 'critics', 'officials', 'experts', 'analysts', 'sources', 'polls', 'voters', 'people']);

function isNameWord(t: Token, lex: Lexicon, sentenceStart: boolean, next?: Token): boolean {
  if (t.k !== K.Word || !t.cap) return false;
  const w = t.w;
  if (w === "'s") return false;
  // an initial: "James A. Lewis" (not the article "A")
  if (w.length === 1 && next && next.w === '.' && next.s === t.e && !sentenceStart) return true;
  if (lex.auxiliaries.has(w) && !sentenceStart && next && next.cap && next.k === K.Word && next.s === t.e + 1) return true;
  if (lex.determiners.has(w) || lex.pronouns.has(w) || lex.prepositions.has(w) || lex.conjunctions.has(w) || lex.auxiliaries.has(w) || lex.relatives.has(w)) return false;
  if (sentenceStart && NOT_NAMES_AT_START.has(w)) return false;
  if (sentenceStart && (lex.verbs.has(w) || lex.vague.has(w) || lex.verbAdverbs.has(w) || lex.clauseOpeners.has(w) || lex.timeWords.has(w) && w.length > 3 && !isMonth(w))) return false;
  return true;
}

/** Weekday and month names ("May" excepted: also a surname). */
function isDateName(w: string): boolean {
  return isMonth(w) || /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(w);
}

function isMonth(w: string): boolean {
  return /^(january|february|march|april|june|july|august|september|october|november|december)$/.test(w);
}

/** Number of leading title words of toks[t0, t1) ("president", "sen", ".", "prime", "minister"). */
function titleIn(toks: Token[], t0: number, t1: number, lex: Lexicon): number {
  let i = 0;
  while (i < t1 - t0 - 1) {
    const w = toks[t0 + i].w;
    if (w === '.' && i > 0) {
      i++;
      continue;
    }
    if (lex.titleWords.has(w) || w === 'former' || w === 'vice' || w === 'acting' || w === 'deputy') {
      i++;
      continue;
    }
    break;
  }
  return i;
}

/** Collects capitalised name runs in one paragraph (token ranges). */
function collectRuns(para: Paragraph, lex: Lexicon): { t0: number; t1: number }[] {
  const out: { t0: number; t1: number }[] = [];
  {
    if (para.titleCase) return out;
    const toks = para.tokens;
    let si = 0;
    for (let i = 0; i < toks.length; i++) {
      while (si < para.sentences.length && para.sentences[si].t1 <= i) si++;
      const sStart = si < para.sentences.length && para.sentences[si].t0 === i;
      const afterQuote = i > 0 && toks[i - 1].k === K.Quote && toks[i - 1].q !== 2;
      if (!isNameWord(toks[i], lex, sStart || afterQuote, toks[i + 1])) continue;
      let j = i + 1;
      while (j < toks.length) {
        const t = toks[j];
        if (t.w === '.' && toks[j - 1].e === t.s && toks[j - 1].w.length <= 4 && j + 1 < toks.length && toks[j + 1].cap && toks[j + 1].k === K.Word) {
          j++;
          continue;
        }
        if (t.k === K.Word && PARTICLES.has(t.w) && j + 1 < toks.length && toks[j + 1].cap) {
          j++;
          continue;
        }
        // "Theresa May said": a capitalised "May" after a first name is a surname
        if (isNameWord(t, lex, false, toks[j + 1]) || (t.w === 'may' && t.cap && t.k === K.Word && toks[j - 1].e + 1 === t.s && !(toks[j + 1]?.k === K.Word && toks[j + 1].cap))) {
          j++;
          continue;
        }
        break;
      }
      // day and month names are dates, not names: "on Monday", "Jane Doe Monday" -> "Jane Doe"
      let k = j;
      let b = i;
      while (k > b && isDateName(toks[k - 1].w)) k--;
      while (b < k && isDateName(toks[b].w)) b++;
      if (k > b) out.push({ t0: b, t1: k });
      i = j - 1;
    }
  }
  return out;
}

function typeOf(words: string[], lex: Lexicon, titled: boolean): SpeakerType {
  if (isOutlet(words, lex)) return 'outlet';
  for (const w of words) if (ORG_WORDS.has(w)) return 'organization';
  if (words.length === 1 && words[0].length >= 2 && words[0].length <= 5 && titled === false) {
    // all-caps acronyms are organisations
    return 'organization';
  }
  if (titled) return 'person';
  if (words.length >= 2) return 'person';
  return 'person';
}

export function isOutlet(words: string[], lex: Lexicon): boolean {
  return outletFrom(words, 0, lex) !== null;
}

export function outletName(words: string[], lex: Lexicon): string | null {
  return outletFrom(words, 0, lex);
}

/** outletName of words[from..]: indexes, no slices or callbacks (it runs for every source and chain link). */
function outletFrom(words: string[], from: number, lex: Lexicon): string | null {
  const n = words.length - from;
  const list = lex.outlets.get(words[from]);
  if (list) {
    for (let k = 0; k < list.length; k++) {
      const ow = list[k].words;
      if (ow.length !== n) continue;
      let i = 0;
      while (i < n && ow[i] === words[from + i]) i++;
      if (i === n) return list[k].name;
    }
  }
  if (words[from] === 'the' && n > 1) return outletFrom(words, from + 1, lex);
  return null;
}

/** A name mention found in a paragraph, with offsets relative to the paragraph start. */
interface PendingMention {
  s: number;
  e: number;
  t0: number;
  t1: number;
  words: string[];
  title?: string;
  raw: string;
  titled: boolean;
  allCaps: boolean;
  owner?: string;
}

/**
 * The name mentions of one paragraph, in order: a pure function of the paragraph's text (offsets
 * relative to its start), kept with the paragraph's work when an EngineCache is used.
 */
function paragraphMentions(doc: Doc, para: Paragraph, lex: Lexicon): PendingMention[] {
  const kept = para.memo?.names as PendingMention[] | undefined;
  if (kept) return kept;
  const out: PendingMention[] = [];
  const base = para.start;
  const toks = para.tokens;
  const runs = collectRuns(para, lex);
  // a title inside a run splits it: "Republican National Committee Chairman Reince Priebus"
  const split: { t0: number; t1: number }[] = [];
  for (let k = 0; k < runs.length; k++) {
    const r = runs[k];
    let cut = -1;
    for (let i = r.t0 + 1; i < r.t1 - 1; i++) {
      if (lex.titleWords.has(toks[i].w) && !lex.titleWords.has(toks[i + 1].w) && toks[i + 1].w !== '.') cut = i;
    }
    if (cut > r.t0 && !lex.titleWords.has(toks[cut - 1].w)) {
      // the words before the title (an organisation, a place) are a mention of their own
      let b = cut;
      while (b > r.t0 && lex.titleWords.has(toks[b - 1].w)) b--;
      if (b > r.t0) split.push({ t0: r.t0, t1: b });
      split.push({ t0: b, t1: r.t1 });
    } else split.push(r);
  }
  for (let k = 0; k < split.length; k++) {
    const r = split[k];
    // (read from the tokens in place: no arrays of the run's words, name tokens and parts per mention;
    // paragraphMentions allocated ~1 KB a mention, most of a one-string analysis's young garbage)
    const e0 = Math.min(r.t1, toks.length);
    const nt = titleIn(toks, r.t0, e0, lex);
    // lowercase title right before the run: "former president Dmitry Medvedev", "spokesman Dmitry Peskov"
    const prev = toks[r.t0 - 1];
    const prevTitle = !!prev && prev.k === K.Word && !prev.cap && (lex.titleWords.has(prev.w) || PERSON_TITLES_RE.test(prev.w));
    // the name's words (title and periods left out) and its first and last token
    const nameWords: string[] = [];
    let first = -1;
    let last = -1;
    for (let x = r.t0 + nt; x < e0; x++) {
      if (toks[x].w === '.') continue;
      if (first < 0) first = x;
      last = x;
      nameWords.push(toks[x].w);
    }
    if (first < 0) continue;
    // as written, initials keep their period: "James A. Lewis" (the parts joined by spaces)
    let raw = '';
    let parts = 0;
    for (let x = r.t0 + nt; x < r.t1; x++) {
      const t = toks[x];
      if (t.w === '.') continue;
      const dot = t.w.length === 1 && toks[x + 1]?.w === '.' && toks[x + 1].s === t.e;
      const part = doc.text.slice(t.s, t.e) + (dot ? '.' : '');
      raw = parts++ === 0 ? part : raw + ' ' + part;
    }
    let title = '';
    for (let x = 0, e = Math.min(nt, e0 - r.t0); x < e; x++) {
      const w = toks[r.t0 + x].w;
      if (w !== '.') title = title ? title + ' ' + w : w;
    }
    const only = nameWords.length === 1 ? doc.text.slice(toks[first].s, toks[first].e) : '';
    const allCaps = nameWords.length === 1 && only === only.toUpperCase();
    // whose title it is, named right before it: "Putin spokesman Dmitry Peskov" -> "Putin spokesman"
    let owner: string | undefined;
    if (prevTitle && !title) {
      let k = r.t0 - 1;
      while (k - 1 >= 0 && r.t0 - 1 - (k - 1) <= 3 && isNameWord(toks[k - 1], lex, false) && !isDateName(toks[k - 1].w) && toks[k - 1].e < toks[k].s) k--;
      if (k < r.t0 - 1) owner = doc.text.slice(toks[k].s, toks[r.t0 - 2].e);
    }
    out.push({
      s: toks[first].s - base, e: toks[last].e - base, t0: r.t0 + nt, t1: r.t1, words: fit(nameWords),
      title: title ? title : prevTitle ? prev!.w : undefined,
      raw, titled: title !== '' || prevTitle, allCaps, owner,
    });
  }
  if (para.memo) para.memo.names = out;
  return out;
}

export function buildEntities(doc: Doc, lex: Lexicon): EntityModel {
  const entities: Entity[] = [];
  const mentions: NameMention[] = [];
  const gender = new Map<number, 'm' | 'f'>();
  const roles = new Map<number, Set<string>>();
  const byName = new Map<string, number>();
  // the mentions of every paragraph (pm) with what was found about each (px), in document order
  const pm: NameMention[] = [];
  const px: PendingMention[] = [];
  for (let p = 0; p < doc.paragraphs.length; p++) {
    const para = doc.paragraphs[p];
    const base = para.start;
    const found = paragraphMentions(doc, para, lex);
    for (let k = 0; k < found.length; k++) {
      const x = found[k];
      pm.push({ s: x.s + base, e: x.e + base, p: para.index, t0: x.t0, t1: x.t1, words: x.words, entity: -1, title: x.title });
      px.push(x);
    }
  }
  const newEntity = (name: string, type: SpeakerType): number => {
    const id = entities.length;
    entities.push({ id, name, type, mentions: [] });
    byName.set(name.toLowerCase(), id);
    return id;
  };
  // pass 1: multi-word names are entities of their own
  const byEnds = new Map<string, number>();
  for (let k = 0; k < px.length; k++) {
    const x = px[k];
    if (x.words.length < 2) continue;
    const key = x.words.join(' ');
    // "Donald J. Trump" and "Donald Trump": same first and last word
    const ends = x.words[0] + ' ' + x.words[x.words.length - 1];
    let id = byName.get(key) ?? byEnds.get(ends);
    if (id === undefined) {
      id = newEntity(x.raw, typeOf(x.words, lex, x.titled));
      byEnds.set(ends, id);
    }
    pm[k].entity = id;
  }
  // pass 2: single words link to the full name they shorten (last word, else first word)
  const lastIdx = new Map<string, number[]>();
  const firstIdx = new Map<string, number[]>();
  for (let k = 0; k < entities.length; k++) {
    const e = entities[k];
    if (e.type !== 'person') continue;
    const ew = e.name.toLowerCase().split(' ');
    const l = ew[ew.length - 1];
    (lastIdx.get(l) ?? lastIdx.set(l, []).get(l)!).push(e.id);
    (firstIdx.get(ew[0]) ?? firstIdx.set(ew[0], []).get(ew[0])!).push(e.id);
  }
  for (let k = 0; k < px.length; k++) {
    const x = px[k];
    if (x.words.length !== 1) continue;
    const w = x.words[0];
    const cands = lastIdx.get(w) ?? firstIdx.get(w);
    let id: number | undefined;
    if (cands && cands.length) id = cands[cands.length - 1];
    if (id === undefined) id = byName.get(w);
    if (id === undefined) {
      const type: SpeakerType = isOutlet([w], lex) ? 'outlet' : x.allCaps && !x.titled ? 'organization' : ORG_WORDS.has(w) ? 'organization' : x.titled ? 'person' : 'person';
      id = newEntity(outletName([w], lex) ?? x.raw, type);
    }
    pm[k].entity = id;
  }
  for (let k = 0; k < pm.length; k++) {
    const m = pm[k];
    if (m.entity < 0) continue;
    const e = entities[m.entity];
    e.mentions.push({ start: m.s, end: m.e });
    mentions.push(m);
    if (m.title) {
      const t = m.title;
      const first = t.split(' ')[0];
      if (MALE_TITLES.has(first)) gender.set(e.id, 'm');
      else if (FEMALE_TITLES.has(first)) gender.set(e.id, 'f');
      const desc = t.replace(/^(mr|mrs|ms|miss|dr)\b\s*/, '');
      if (desc) {
        const owner = px[k].owner;
        if (!e.description) e.description = owner ? `${owner} ${desc}` : desc;
        addRole(roles, e.id, desc);
      }
      if (e.type !== 'outlet' && e.type !== 'organization') e.type = 'person';
    }
  }
  // (fitted: the entities are part of the output; see fit())
  for (let k = 0; k < entities.length; k++) entities[k].mentions = fit(entities[k].mentions);
  mentions.sort((a, b) => a.s - b.s);
  return { entities, mentions, gender, roles };
}

const ROLE_SYNONYMS = new Map([['pm', 'prime minister'], ['sen', 'senator'], ['gov', 'governor'], ['rep', 'representative'], ['gen', 'general'], ['prof', 'professor']]);

export function normRole(r: string): string {
  const w = r.toLowerCase().replace(/\./g, '').trim();
  return ROLE_SYNONYMS.get(w) ?? w;
}

export function addRole(roles: Map<number, Set<string>>, id: number, desc: string): void {
  let set = roles.get(id);
  if (!set) roles.set(id, (set = new Set()));
  const words = desc.toLowerCase().split(/\s+/).filter(Boolean);
  set.add(normRole(desc));
  // every single title word and two-word title: "former president" -> "president"
  for (let i = 0; i < words.length; i++) {
    set.add(normRole(words[i]));
    if (i + 1 < words.length) set.add(normRole(words[i] + ' ' + words[i + 1]));
  }
}

/** Entity mention covering [s, e), if any (binary search on the sorted mentions). */
export function mentionIn(model: EntityModel, s: number, e: number): NameMention[] {
  const out: NameMention[] = [];
  const ms = model.mentions;
  const lo = firstIndex(ms.length, (mid) => ms[mid].s < s);
  for (let i = lo; i < ms.length && ms[i].s < e; i++) if (ms[i].e <= e) out.push(ms[i]);
  return out;
}

export type { Span };
