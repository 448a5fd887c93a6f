// Speakers: what each frame's source refers to. Names resolve to their entity; surnames were linked
// to full names by names.ts; pronouns ("he") to the most recent compatible speaker, else the most
// recent compatible name; relative pronouns ("who") to their antecedent; definite roles ("the prime
// minister") to the entity the text gave that role, else the most recent person speaker; unnamed
// groups and anonymous people are kept as phrases ("critics of Trump"), typed group/anonymous.
import type { Lexicon } from '../lexicon/index';
import type { Doc } from '../pipeline/document';
import type { Frame } from '../cues/frame';
import { npBefore, RELATIONAL_TO, type NP } from '../sources/np';
import { K, type Token } from '../text/tokens';
import type { SourceKind, Speaker, SpeakerType } from '../types';
import { addRole, mentionIn, normRole, outletName, type EntityModel } from './names';
import { firstIndex } from '../spans';

export interface ResolvedSource {
  speaker: Speaker | null;
  kind: SourceKind;
}

const CONNECTORS = new Set(['of', 'for', 'at', 'from', 'with', 'in', 'on']);
const PLURAL_GROUP_RE = /(ans|ats|ists|ives|ers|ors|ites|ics)$/;

interface State {
  /** Recent speakers, newest last: entity id (or -1 for phrases), type, paragraph. */
  speakers: { speaker: Speaker; p: number; pos: number }[];
}

function text(doc: Doc, tokens: Token[], t0: number, t1: number): string {
  return doc.text.slice(tokens[t0].s, tokens[t1 - 1].e);
}

function genderOf(w: string): 'm' | 'f' | null {
  if (w === 'he') return 'm';
  if (w === 'she') return 'f';
  return null;
}

function lastMentionBefore(model: EntityModel, pos: number, minPara: number, ok: (id: number) => boolean): number {
  const ms = model.mentions;
  const lo = firstIndex(ms.length, (mid) => ms[mid].s < pos);
  for (let i = lo - 1; i >= 0 && lo - i <= 200; i--) {
    if (ms[i].p < minPara) break;
    if (ok(ms[i].entity)) return ms[i].entity;
  }
  return -1;
}

function entitySpeaker(model: EntityModel, id: number, description?: string): Speaker {
  const e = model.entities[id];
  const sp: Speaker = { name: e.name, type: e.type, entity: id };
  const d = description || e.description;
  if (d) sp.description = d;
  return sp;
}

// Speakers are made by these functions and entitySpeaker only (not by literals and spread copies at
// each site): few allocation sites, so V8 gives speakers few hidden classes and the rules reading
// them stay polymorphic instead of deoptimising. Keys and their order are those of the literals and
// copies they replace.

/** A speaker that is no tracked entity: { name, type } (plus description when given). */
function plainSpeaker(name: string, type: SpeakerType, description?: string): Speaker {
  const sp: Speaker = { name, type };
  if (description !== undefined) sp.description = description;
  return sp;
}

/** A copy of a speaker made here or by entitySpeaker (same keys in the same order). */
function copySpeaker(s: Speaker): Speaker {
  if (s.entity !== undefined) {
    const sp: Speaker = { name: s.name, type: s.type, entity: s.entity };
    if (s.description !== undefined) sp.description = s.description;
    return sp;
  }
  return plainSpeaker(s.name, s.type, s.description);
}

export function resolveSources(doc: Doc, frames: Frame[], model: EntityModel, lex: Lexicon): ResolvedSource[] {
  const out: ResolvedSource[] = new Array(frames.length);
  // (pushed, not frames.map(): one array kind whether or not map() runs optimised)
  const order: { f: Frame; i: number; pos: number }[] = [];
  for (let i = 0; i < frames.length; i++) order.push({ f: frames[i], i, pos: cuePos(doc, frames[i]) });
  order.sort((a, b) => a.pos - b.pos);
  const st: State = { speakers: [] };
  const memo = new Map<NP, ResolvedSource>();
  const index = new Map<Frame, number>();
  frames.forEach((f, i) => index.set(f, i));
  for (const { f, i, pos } of order) {
    let r: ResolvedSource;
    if (f.type === 'continuation' && f.from) {
      const prev = out[index.get(f.from) ?? -1];
      r = { speaker: prev?.speaker ?? null, kind: 'none' };
    } else if (!f.src) {
      r = { speaker: null, kind: f.type === 'agentless' ? 'agentless' : 'none' };
    } else {
      const cached = memo.get(f.src);
      r = cached ? { ...cached } : resolveNP(doc, f, f.src, model, lex, st, pos);
      memo.set(f.src, r);
    }
    out[i] = r;
    if (r.speaker && f.type !== 'continuation') st.speakers.push({ speaker: r.speaker, p: lastParagraph(doc, f), pos });
    // roles the sentence gives the speaker: "in a letter by Russia's PM, Dmitry Medvedev said"
    if (r.speaker?.entity !== undefined && r.speaker.type === 'person' && f.src) learnRoles(doc, f, r.speaker.entity, model, lex);
  }
  return out;
}

/** The paragraph where the frame's content ends (a colon's block quote is in the next one). */
function lastParagraph(doc: Doc, f: Frame): number {
  let p = f.p;
  let end = -1;
  for (const c of f.content) end = Math.max(end, c.end);
  while (p + 1 < doc.paragraphs.length && doc.paragraphs[p + 1].start < end) p++;
  return p;
}

function cuePos(doc: Doc, f: Frame): number {
  const t = doc.paragraphs[f.p].tokens;
  if (f.c0 < f.c1) return t[f.c0].s;
  return f.content[0]?.start ?? 0;
}

function learnRoles(doc: Doc, f: Frame, id: number, model: EntityModel, lex: Lexicon): void {
  const para = doc.paragraphs[f.p];
  const s = para.sentences[f.si];
  if (!s || !f.src) return;
  const toks = para.tokens;
  for (let i = s.t0; i < Math.min(s.t1, f.src.t0); i++) {
    if (toks[i].w !== 'by') continue;
    // "by Russia's PM", "by the prime minister"
    let j = i + 1;
    let role = '';
    while (j < s.t1 && j - i < 6) {
      const t = toks[j];
      if (lex.titleWords.has(t.w)) role = role ? role + ' ' + t.w : t.w;
      else if (role) break;
      j++;
    }
    // the role must stand alone, not be the title of a following name ("by President Obama")
    const after = toks[j];
    if (role && !(after && after.cap && after.k === K.Word)) addRole(model.roles, id, role);
  }
}

function resolveNP(doc: Doc, f: Frame, np: NP, model: EntityModel, lex: Lexicon, st: State, pos: number): ResolvedSource {
  const para = doc.paragraphs[f.p];
  const toks = para.tokens;
  const first = toks[np.t0];
  if (np.shape === 'pronoun') {
    const w = first.w;
    if (w === 'he' || w === 'she' || w === 'his' || w === 'her') {
      const g = genderOf(w === 'his' ? 'he' : w === 'her' ? 'she' : w);
      const ok = (id: number) => model.entities[id].type === 'person' && (!g || !model.gender.has(id) || model.gender.get(id) === g);
      for (let k = st.speakers.length - 1; k >= 0; k--) {
        const s = st.speakers[k];
        if (f.p - s.p > 3) break;
        if (s.speaker.entity !== undefined && ok(s.speaker.entity)) {
          if (g) model.gender.set(s.speaker.entity, g);
          return { speaker: copySpeaker(s.speaker), kind: 'pronoun' };
        }
        if (s.speaker.entity === undefined && s.speaker.type === 'anonymous') return { speaker: copySpeaker(s.speaker), kind: 'pronoun' };
      }
      const id = lastMentionBefore(model, toks[np.t0].s, f.p - 2, ok);
      if (id >= 0) {
        if (g) model.gender.set(id, g);
        return { speaker: entitySpeaker(model, id), kind: 'pronoun' };
      }
      return { speaker: null, kind: 'pronoun' };
    }
    if (w === 'they' || w === 'their' || w === 'it' || w === 'its') {
      const want: SpeakerType[] = w === 'it' || w === 'its' ? ['organization', 'outlet'] : ['group', 'organization', 'anonymous'];
      for (let k = st.speakers.length - 1; k >= 0; k--) {
        const s = st.speakers[k];
        if (f.p - s.p > 2) break;
        if (want.includes(s.speaker.type)) return { speaker: copySpeaker(s.speaker), kind: 'pronoun' };
      }
      return { speaker: null, kind: 'pronoun' };
    }
    return { speaker: null, kind: 'pronoun' };
  }
  if (np.shape === 'relative') {
    let j = np.t0;
    if (toks[j - 1]?.w === ',') j--;
    const s = para.sentences[f.si];
    const ant = npBefore(toks, j, s ? s.t0 : 0, lex, false);
    if (!ant || ant.shape === 'relative') return { speaker: null, kind: 'pronoun' };
    const r = resolveNP(doc, f, ant, model, lex, st, pos);
    return r;
  }
  // head region: after the last possessive, before the first connector
  let h0 = np.h0;
  let h1 = np.h1;
  for (let i = np.h0; i < np.h1; i++) if (toks[i].w === "'s" && i + 1 < np.h1) h0 = i + 1;
  for (let i = h0 + 1; i < h1; i++) {
    if (CONNECTORS.has(toks[i].w) || (toks[i].w === 'to' && RELATIONAL_TO.has(toks[i - 1].w))) {
      // ("people close to the campaign": the head is "people")
      h1 = toks[i].w === 'to' && (toks[i - 1].w === 'close' || toks[i - 1].w === 'closest') && i - 1 > h0 ? i - 1 : i;
      break;
    }
  }
  // (loops, not slice/map/filter: this runs for every source)
  const headWords: string[] = [];
  for (let i = h0, e = Math.min(h1, toks.length); i < e; i++) if (toks[i].w !== '.') headWords.push(toks[i].w);
  const allWords: string[] = [];
  for (let i = np.h0, e = Math.min(np.h1, toks.length); i < e; i++) allWords.push(toks[i].w);
  const phrase = text(doc, toks, np.t0, np.h1);
  // outlets first ("The New York Post", "TASS")
  const outlet = outletName(headWords, lex) ?? outletName(allWords, lex);
  if (outlet) return { speaker: plainSpeaker(outlet, 'outlet'), kind: 'outlet' };
  const s0 = toks[h0].s;
  const e0 = toks[h1 - 1].e;
  const inHead = mentionIn(model, s0, e0);
  const noun = headWords.filter((w) => !lex.determiners.has(w));
  const headNoun = noun[noun.length - 1] ?? '';
  const lowerHead = headNoun && !toks[h1 - 1].cap;
  if (inHead.length && !(lowerHead && !lex.titleWords.has(headNoun))) {
    const m = inHead[inHead.length - 1];
    const desc = descriptionBefore(doc, toks, np.t0, m.t0, lex);
    const sp = entitySpeaker(model, m.entity, desc);
    if (desc) addRole(model.roles, m.entity, desc);
    return { speaker: sp, kind: sp.type === 'outlet' ? 'outlet' : 'named' };
  }
  // an unnamed head with a name in apposition: "One of his advisers, Tad Devine," -> Tad Devine
  if (!inHead.length && np.h1 < np.t1 && toks[np.h1]?.w === ',') {
    const app = mentionIn(model, toks[np.h1].e, toks[np.t1 - 1].e);
    if (app.length && app[0].t0 === np.h1 + 1) {
      const sp = entitySpeaker(model, app[0].entity, text(doc, toks, np.t0, np.h1));
      return { speaker: sp, kind: sp.type === 'outlet' ? 'outlet' : 'named' };
    }
  }
  // titles only in the head ("Secretary of State John Kerry"): a person named after the connector
  if (noun.length && noun.every((w) => lex.titleWords.has(w))) {
    const later = mentionIn(model, toks[h1 - 1].e, toks[np.h1 - 1].e).filter((m) => model.entities[m.entity].type === 'person');
    if (later.length && h1 < np.h1) return { speaker: entitySpeaker(model, later[later.length - 1].entity), kind: 'named' };
  }
  const lowerPhrase = phrase.toLowerCase().replace(/\u2019/g, "'");
  const anonymousMarked = allWords.some((w) => lex.anonymous.has(w) && (w === 'familiar' || w === 'anonymity' || w === 'anonymous' || w === 'unnamed' || w === 'source' || w === 'sources' || w === 'insider' || w === 'insiders'));
  const indefinite = first.w === 'a' || first.w === 'an' || first.w === 'one' || first.w === 'another' || first.w === 'two' || first.w === 'three' || first.w === 'several';
  if (anonymousMarked || (indefinite && lex.titleWords.has(headNoun))) {
    return { speaker: plainSpeaker(phrase, headNoun.endsWith('s') && !indefinite ? 'group' : 'anonymous'), kind: 'anonymous' };
  }
  if (lex.vague.has(lowerPhrase) || lex.vague.has(headNoun) || (lowerHead && headNoun.endsWith('s') && !headNoun.endsWith('ss') && !lex.titleWords.has(headNoun))) {
    return { speaker: plainSpeaker(phrase, 'group'), kind: 'vague' };
  }
  // definite role: "the prime minister", "the senator", "the former governor"
  if (headNoun && lex.titleWords.has(headNoun)) {
    const role = normRole(noun.filter((w) => w !== 'former').join(' '));
    const roleHead = normRole(headNoun);
    let best = -1;
    let bestPos = -1;
    let tried = 0;
    // (forEach: no entry array per entity; the first 500 entities with roles, in insertion order)
    model.roles.forEach((set, id) => {
      if (++tried > 500) return;
      if (!(set.has(role) || set.has(roleHead))) return;
      const last = lastMentionStart(model.entities[id].mentions, pos);
      if (last > bestPos) {
        bestPos = last;
        best = id;
      }
    });
    if (best < 0) {
      for (let k = st.speakers.length - 1; k >= 0; k--) {
        const s = st.speakers[k];
        if (f.p - s.p > 4) break;
        if (s.speaker.entity !== undefined && s.speaker.type === 'person') {
          best = s.speaker.entity;
          break;
        }
      }
    }
    if (best >= 0) {
      addRole(model.roles, best, role);
      return { speaker: entitySpeaker(model, best, phrase), kind: 'role' };
    }
    return { speaker: plainSpeaker(phrase, 'anonymous', phrase), kind: 'role' };
  }
  // capitalised plural groups ("Republicans", "Democrats")
  if (headWords.length === 1 && toks[h0].cap && PLURAL_GROUP_RE.test(headNoun)) return { speaker: plainSpeaker(phrase, 'group'), kind: 'named' };
  if (toks[h0].k === K.Word && toks[h0].cap && !lowerHead) {
    return { speaker: plainSpeaker(phrase.replace(/^(the|The)\s+/, ''), 'organization'), kind: 'named' };
  }
  // "the report", "the poll", "the campaign"
  return { speaker: plainSpeaker(phrase, 'organization'), kind: 'named' };
}

/** Start of the last mention before pos (mentions are sorted), or -1. */
function lastMentionStart(ms: { start: number }[], pos: number): number {
  const lo = firstIndex(ms.length, (mid) => ms[mid].start < pos);
  return lo > 0 ? ms[lo - 1].start : -1;
}

/** Words of the noun phrase before the name: "Putin spokesman" in "Putin spokesman Dmitry Peskov". */
function descriptionBefore(doc: Doc, toks: Token[], t0: number, nameT0: number, lex: Lexicon): string | undefined {
  let i = t0;
  while (i < nameT0 && (lex.determiners.has(toks[i].w) || toks[i].w === ',')) i++;
  if (i >= nameT0) return undefined;
  const d = doc.text.slice(toks[i].s, toks[nameT0 - 1].e).trim();
  return d || undefined;
}
