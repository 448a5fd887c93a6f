// An attribution frame: a cue with the source and content found around it, before the document-level
// passes (nesting, relays, coreference) turn frames into Attributions. Token indexes are positions in
// the frame's paragraph; content spans are document offsets.
import type { AttributionKind, ChainRelation, Span } from '../types';
import type { NP } from '../sources/np';

export type FrameType =
  | 'verb' // "said", "told", "believes", "praised"
  | 'according' // "according to X"
  | 'noun' // "his claim that ..."
  | 'adj' // "are hopeful that ..."
  | 'colon' // "X:" followed by a quote
  | 'agentless' // "is expected to", "it is unclear"
  | 'continuation' // a quote with no cue, continuing the previous speaker's quote
  | 'unattributed'; // a quote with no cue and no speaker

export interface Medium {
  relation: ChainRelation;
  /** Document offsets of the medium phrase ("in a statement", "farewell letter"). */
  span: Span;
  /** The medium's own name when it is an outlet ("CNN" in "in an interview with CNN"). */
  name?: string;
  text: string;
}

export interface Frame {
  /** Paragraph and sentence of the cue (and of the source). */
  p: number;
  si: number;
  /** Cue token range [c0, c1) in the paragraph; c0 === c1 when there is no cue. */
  c0: number;
  c1: number;
  src: NP | null;
  /** The source is a relative pronoun or participle subject inherited from the main clause. */
  inherit?: boolean;
  /** For an inherited source with no frame before it: the sentence's subject. */
  subject?: NP;
  content: Span[];
  /** Document quote ids inside the content. */
  quotes: number[];
  kind: AttributionKind;
  type: FrameType;
  lemma: string;
  /** Content is before the cue ("..., she said"). */
  before: boolean;
  /** How the content was found: a quote, a clause, content before the cue, a to-infinitive, an object. */
  how?: 'quote' | 'clause' | 'before' | 'to' | 'object' | 'colon';
  /** A construction worth telling apart in evaluation: an infinitive cue, a participle after a noun, a prepositional verb. */
  variant?: 'infinitive' | 'participle' | 'prep' | 'passive' | 'gap' | 'gap-clause' | 'noun' | 'seem';
  medium?: Medium;
  relay?: { p: number; np: NP; relation: ChainRelation };
  /** "told BBC": to whom it was said. */
  addressee?: NP;
  inferred: boolean;
  conf: number;
  /** For a continuation: the frame whose speaker it continues. */
  from?: Frame;
  /** Content spans added as cue-less continuations of this frame's quote (same paragraph). */
  continued?: Span[];
}

/**
 * A frame with every field of Frame, always in this order (optional ones undefined): V8 then gives
 * all frames one hidden class, so the document passes that read them stay monomorphic instead of
 * deoptimising on each new combination of optional fields. A field `init` names, even as undefined,
 * wins over the default (as the object spread this replaces did).
 */
export function newFrame(p: number, si: number, init: Partial<Frame> & Pick<Frame, 'c0' | 'c1' | 'type' | 'lemma' | 'content' | 'kind'>): Frame {
  return {
    p: 'p' in init ? init.p! : p,
    si: 'si' in init ? init.si! : si,
    c0: init.c0,
    c1: init.c1,
    src: 'src' in init ? init.src! : null,
    inherit: init.inherit,
    subject: init.subject,
    content: init.content,
    quotes: 'quotes' in init ? init.quotes! : [],
    kind: init.kind,
    type: init.type,
    lemma: init.lemma,
    before: 'before' in init ? init.before! : false,
    how: init.how,
    variant: init.variant,
    medium: init.medium,
    relay: init.relay,
    addressee: init.addressee,
    inferred: 'inferred' in init ? init.inferred! : false,
    conf: 'conf' in init ? init.conf! : 0.5,
    from: init.from,
    continued: init.continued,
  };
}

export function frameStart(f: Frame): number {
  let s = f.content.length ? f.content[0].start : Infinity;
  for (const c of f.content) s = Math.min(s, c.start);
  return s;
}

export function frameEnd(f: Frame): number {
  let e = -1;
  for (const c of f.content) e = Math.max(e, c.end);
  return e;
}
