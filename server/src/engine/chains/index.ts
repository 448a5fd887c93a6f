// Chains: how the words travelled from the speaker to this article, nearest to the speaker first.
//   speaker  who said it                               ("Peskov")
//   medium   to whom / in what it was said             ("told BBC", "in a farewell letter")
//   relay    who passed it on                          ("according to TASS", "quoted by Interfax", "citing")
import type { ChainLink, ChainRelation, Speaker, SpeakerType } from '../types';
import type { Lexicon } from '../lexicon/index';
import type { Doc } from '../pipeline/document';
import type { Frame } from '../cues/frame';
import type { NP } from '../sources/np';
import { isOutlet, mentionIn, outletName, type EntityModel } from '../entities/names';

const RELATION_BY_LEMMA = new Map<string, ChainRelation>([
  ['tell', 'told'], ['say', 'said'], ['write', 'said'], ['tweet', 'post'], ['post', 'post'], ['report', 'reported'], ['cite', 'citing'],
]);

function npText(doc: Doc, p: number, np: NP): string {
  const t = doc.paragraphs[p].tokens;
  return doc.text.slice(t[np.t0].s, t[np.t1 - 1].e);
}

function npWords(doc: Doc, p: number, np: NP): string[] {
  const toks = doc.paragraphs[p].tokens;
  const out: string[] = [];
  for (let i = np.t0, e = Math.min(np.t1, toks.length); i < e; i++) if (toks[i].w !== '.') out.push(toks[i].w);
  return out;
}

function partyOf(doc: Doc, p: number, np: NP, model: EntityModel, lex: Lexicon): { name: string; type: SpeakerType } {
  const words = npWords(doc, p, np);
  const o = outletName(words, lex);
  if (o) return { name: o, type: 'outlet' };
  const t = doc.paragraphs[p].tokens;
  const ms = mentionIn(model, t[np.t0].s, t[np.t1 - 1].e);
  if (ms.length) {
    // the head is the last name before any "of"/"for" attachment: "Putin spokesman Dmitry Peskov"
    let pick = ms[0];
    for (const m of ms) {
      const between = t.slice(np.t0, m.t0).some((x) => x.w === 'of' || x.w === 'for' || x.w === 'at');
      if (!between) pick = m;
    }
    const e = model.entities[pick.entity];
    return { name: e.name, type: e.type };
  }
  const name = npText(doc, p, np).replace(/^(the|The)\s+/, '');
  return { name, type: isOutlet(words, lex) ? 'outlet' : 'organization' };
}

export function buildChain(doc: Doc, f: Frame, speaker: Speaker | null, model: EntityModel, lex: Lexicon): ChainLink[] {
  const chain: ChainLink[] = [];
  const toks = doc.paragraphs[f.p].tokens;
  if (speaker) {
    const link: ChainLink = { name: speaker.name, role: 'speaker', type: speaker.type, relation: RELATION_BY_LEMMA.get(f.lemma) ?? (f.type === 'according' ? 'according_to' : 'said') };
    if (f.src) link.span = { start: toks[f.src.t0].s, end: toks[f.src.t1 - 1].e };
    chain.push(link);
  }
  // "told BBC": an outlet or named organisation as the addressee is the medium
  if (f.addressee) {
    const party = partyOf(doc, f.p, f.addressee, model, lex);
    const capital = toks[f.addressee.t0].cap || toks[f.addressee.h0]?.cap;
    if (party.type === 'outlet' || (capital && party.type === 'organization')) {
      chain.push({ name: party.name, role: 'medium', type: party.type, relation: 'told', span: { start: toks[f.addressee.t0].s, end: toks[f.addressee.t1 - 1].e } });
    }
  }
  if (f.medium) {
    const m = f.medium;
    const name = m.name ?? m.text.replace(/^(in|during|at|on|via|through)\s+/i, '').replace(/^(a|an|the|his|her|their|its)\s+/i, '');
    const isOut = m.name ? isOutlet(m.name.toLowerCase().split(/\s+/), lex) : false;
    chain.push({ name, role: 'medium', type: isOut ? 'outlet' : 'medium', relation: m.relation, span: m.span });
  }
  if (f.relay) {
    const party = partyOf(doc, f.relay.p, f.relay.np, model, lex);
    const rt = doc.paragraphs[f.relay.p].tokens;
    if (!chain.some((l) => l.name === party.name)) {
      chain.push({ name: party.name, role: 'relay', type: party.type, relation: f.relay.relation, span: { start: rt[f.relay.np.t0].s, end: rt[f.relay.np.t1 - 1].e } });
    }
  }
  return chain;
}
