// The engine's entry point: text + options in, Analysis out. Pure: no vscode, LSP or fs imports,
// so the language server, the CLI, a browser worker and the tests all run it unchanged.
//
// The pipeline, one stage per folder:
//   text/segment      mask non-prose (Markdown code, front matter, comments, URLs), offsets kept
//   text/paragraphs   paragraphs;  text/tokens  tokens;  text/sentences  sentences
//   quotes/spans      quote spans across sentences and paragraphs
//   cues/detect       cues (lexicon/) and their frames: source, content, medium
//   pipeline/resolve  nesting, relays ("according to"), continuation and unattributed quotes
//   entities/         names, entities and coreference (pronouns, surnames, roles)
//   chains/           speaker -> medium -> relay
//   claims            check-worthy statements (checkworthy/)
//   rules/            findings, one module per rule
import type { Analysis, AnalyzeOptions, Attribution, Span } from './types';
import { getLexicon } from './lexicon/index';
import { maskText } from './text/segment';
import { buildDoc, type Doc } from './pipeline/document';
import type { EngineCache } from './pipeline/cache';
import { detectSentence, type SentenceCues } from './cues/detect';
import { resolveFrames } from './pipeline/resolve';
import type { Frame } from './cues/frame';
import { buildEntities } from './entities/names';
import { resolveSources } from './entities/coref';
import { buildChain } from './chains/index';
import { findClaims, type ClaimParagraph } from './claims';
import { runRules } from './rules/index';
import { K } from './text/tokens';
import { fit, mergeSpans } from './spans';

export * from './types';
export { EngineCache, AnalysisStopped } from './pipeline/cache';
export { clearStatementMemo } from './checkworthy/index';
export { RULES } from './rules/index';
export { unattributedAttributions, everyQuote } from './unattributed';
/** Evaluation hooks (off unless a tool sets them): why cues made no frame, which frames were dropped. */
export { CUE_TRACE } from './cues/detect';
export { RESOLVE_TRACE } from './pipeline/resolve';

function stripMarks(doc: Doc, f: Frame, c: Span): Span {
  // direct quotes exclude their outer marks
  if (f.kind !== 'direct') return c;
  let { start, end } = c;
  const t = doc.text;
  const isMark = (ch: string) => ch === '"' || ch === '\u201c' || ch === '\u201d' || ch === '\u201e' || ch === '\u00ab' || ch === '\u00bb' || ch === "'";
  let n = 0;
  while (start < end && isMark(t[start]) && n++ < 3) start++;
  n = 0;
  while (end > start && isMark(t[end - 1]) && n++ < 3) end--;
  return end > start ? { start, end } : c;
}

function tokSpan(doc: Doc, p: number, t0: number, t1: number): Span {
  const t = doc.paragraphs[p].tokens;
  return { start: t[t0].s, end: t[t1 - 1].e };
}

/**
 * `cache` (optional): an EngineCache kept between analyses of one document (the language server's);
 * the result is the same with or without it. Its shouldStop() is polled between pieces of work and
 * abandons the analysis with AnalysisStopped.
 */
export function analyze(text: string, options: AnalyzeOptions = {}, cache?: EngineCache): Analysis {
  return run(text, options, cache, false).analysis;
}

/**
 * analyze() plus, for each attribution, how the engine found it ("verb/clause/indirect",
 * "according/-/direct", ...): for evaluation and debugging tools, not part of the JSON contract.
 */
export function analyzeExplained(text: string, options: AnalyzeOptions = {}, cache?: EngineCache): { analysis: Analysis; how: string[]; lemma: string[] } {
  return run(text, options, cache, true);
}

/** The analysis; `explain`: also each attribution's construction and lemma (else `how` and `lemma` are empty). */
function run(text: string, options: AnalyzeOptions, cache: EngineCache | undefined, explain: boolean): { analysis: Analysis; how: string[]; lemma: string[] } {
  if (typeof text !== 'string') text = text == null ? '' : String(text);
  const errors: Analysis['errors'] = [];
  const limit = options.maxLength !== undefined && options.maxLength >= 0 ? options.maxLength : Infinity;
  const truncated = text.length > limit ? { at: limit, reason: `text longer than ${limit} characters` } : undefined;
  const body = truncated ? text.slice(0, limit) : text;
  const lex = getLexicon(options.lexicon);
  const markdown = options.languageId === 'markdown';
  const masked = maskText(body, options.languageId);
  cache?.beginRun();
  const doc = buildDoc(masked.text, markdown, lex, cache);
  cache?.checkStop();

  // (a loop that pushes, not map(): one array kind whether or not map() runs optimised)
  const cues: SentenceCues[][] = [];
  for (let pIndex = 0; pIndex < doc.paragraphs.length; pIndex++) {
    const para = doc.paragraphs[pIndex];
    const kept = cache?.cues(doc, para);
    if (kept) {
      cues.push(kept);
      continue;
    }
    const out: SentenceCues[] = [];
    let failed = false;
    for (let si = 0; si < para.sentences.length; si++) {
      const s = para.sentences[si];
      try {
        out.push(detectSentence({ doc, para, lex, si, a: s.t0, b: s.t1, tokens: para.tokens }));
      } catch (e) {
        failed = true;
        errors.push({ stage: 'cues', message: `${e instanceof Error ? e.message : String(e)} (at ${s.s})` });
      }
    }
    if (cache && !failed) cache.keepCues(doc, para, out);
    cues.push(fit(out)); // (fitted: kept until the frames are resolved)
  }
  cache?.checkStop();
  const { frames, reports } = resolveFrames(doc, cues);
  const model = buildEntities(doc, lex);
  const resolved = resolveSources(doc, frames, model, lex);

  const attributions: Attribution[] = [];
  const howOf = new Map<Attribution, string>();
  const lemmaOf = new Map<Attribution, string>();
  const unattributedQuotes: Span[] = [];
  collectAttributions(doc, frames, resolved, model, lex, explain, attributions, unattributedQuotes, howOf, lemmaOf);
  attributions.sort((x, y) => x.content[0].start - y.content[0].start);
  attributions.forEach((a, i) => (a.id = `a${i + 1}`));

  const sentences: Span[] = [];
  const paragraphs: Span[] = [];
  // with a cache: each paragraph's sentences and memo, so its claims are reused when nothing they depend on changed
  const claimParagraphs: ClaimParagraph[] | undefined = cache?.claimMemo() ? [] : undefined;
  for (let pIndex = 0; pIndex < doc.paragraphs.length; pIndex++) {
    const p = doc.paragraphs[pIndex];
    paragraphs.push({ start: p.start, end: p.end });
    const s0 = sentences.length;
    for (const s of p.sentences) sentences.push({ start: s.s, end: s.e });
    claimParagraphs?.push({ start: p.start, end: p.end, s0, s1: sentences.length, memo: p.memo });
  }
  let claims: Analysis['claims'] = [];
  try {
    claims = findClaims(body, sentences, attributions, unattributedQuotes, cache?.claimMemo(), claimParagraphs);
  } catch (e) {
    errors.push({ stage: 'claims', message: e instanceof Error ? e.message : String(e) });
  }
  const analysis: Analysis = {
    length: body.length,
    paragraphs,
    sentences,
    attributions,
    entities: model.entities.filter((e) => e.mentions.length > 0),
    claims,
    findings: [],
    unattributedQuotes,
    errors,
  };
  if (truncated) analysis.truncated = truncated;
  const cover: Span[] = [];
  cover.push(...unattributedQuotes);
  for (let aIndex = 0; aIndex < attributions.length; aIndex++) {
    const a = attributions[aIndex];
    cover.push(...a.content);
    if (a.cue) cover.push(a.cue);
    if (a.source) cover.push(a.source);
  }
  const cueSpans = mergeSpans(attributions.flatMap((a) => (a.cue ? [a.cue] : [])));
  analysis.findings = runRules({ text: body, prose: masked.text, analysis, reports, cover: mergeSpans(cover), cues: cueSpans }, options, errors);
  cache?.endRun();
  if (!explain) return { analysis, how: [], lemma: [] };
  return { analysis, how: attributions.map((a) => howOf.get(a) ?? ''), lemma: attributions.map((a) => lemmaOf.get(a) ?? '') };
}

/**
 * The frames as Attributions (into `attributions`) and unattributed quotes (into `unattributedQuotes`).
 * A function of its own, not part of run(): its rarely taken branches (an anonymity reason, a relay)
 * deoptimise it now and then, and V8 then recompiles this loop, not all of run().
 */
function collectAttributions(
  doc: Doc, frames: Frame[], resolved: ReturnType<typeof resolveSources>, model: ReturnType<typeof buildEntities>, lex: ReturnType<typeof getLexicon>, explain: boolean,
  attributions: Attribution[], unattributedQuotes: Span[], howOf: Map<Attribution, string>, lemmaOf: Map<Attribution, string>,
): void {
  for (let i = 0; i < frames.length; i++) {
    const f = frames[i];
    const r = resolved[i];
    const content = mergeSpans(f.content.map((c) => stripMarks(doc, f, c))).filter((c) => c.end > c.start);
    if (!content.length) continue;
    if (f.type === 'unattributed') {
      // a quote with no speaker is not an attribution; the unattributed-quote rule reports it
      unattributedQuotes.push(...content);
      continue;
    }
    const a: Attribution = {
      id: '',
      kind: f.kind,
      content,
      cue: f.c0 < f.c1 ? tokSpan(doc, f.p, f.c0, f.c1) : null,
      // the contract: source is the mention in the attribution's own sentence, so an inferred
      // attribution (no cue of its own) has none; its speaker says who it was inferred from
      source: f.src && f.type !== 'continuation' ? tokSpan(doc, f.p, f.src.t0, f.src.t1) : null,
      sourceKind: f.type === 'continuation' ? 'none' : r.kind,
      speaker: r.speaker,
      chain: f.type === 'continuation' ? (r.speaker ? [{ name: r.speaker.name, role: 'speaker', type: r.speaker.type }] : []) : buildChain(doc, f, r.speaker, model, lex),
      inferred: f.inferred,
    };
    if (explain) {
      lemmaOf.set(a, f.lemma);
      howOf.set(a, `${f.type}/${f.how ?? '-'}/${f.kind}${f.variant ? '/' + f.variant : ''}`);
    }
    if (f.continued?.length) a.inferredContent = f.continued.map((c) => stripMarks(doc, f, c));
    if (a.cue && f.lemma) a.cueLemma = f.lemma;
    if (a.cue && CUE_KIND[f.type]) a.cueKind = CUE_KIND[f.type];
    const head = f.type !== 'continuation' ? sourceHead(doc, f) : undefined;
    if (head) a.sourceHead = head;
    const why = anonymityReason(doc, f);
    if (why) a.anonymityReason = why;
    attributions.push(a);
  }
}

const CUE_KIND: Partial<Record<Frame['type'], NonNullable<Attribution['cueKind']>>> = {
  verb: 'verb', according: 'according', noun: 'noun', adj: 'adjective', colon: 'colon', agentless: 'agentless',
};

const HEAD_STOPS = new Set(['of', 'for', 'at', 'from', 'with', 'in', 'on', 'who', 'that', 'which', ',', '(', '—', '–']);

/** The head noun of the source: the last word before "of", "who", a comma ... after any possessive. */
function sourceHead(doc: Doc, f: Frame): Span | undefined {
  if (!f.src || f.src.shape === 'relative') return undefined;
  const toks = doc.paragraphs[f.p].tokens;
  let h0 = f.src.h0;
  let h1 = Math.min(f.src.h1, toks.length);
  for (let i = h0; i < h1 - 1; i++) if (toks[i].w === "'s") h0 = i + 1;
  for (let i = h0 + 1; i < h1; i++) {
    if (HEAD_STOPS.has(toks[i].w)) {
      h1 = i;
      break;
    }
  }
  for (let i = h1 - 1; i >= h0; i--) if (toks[i].k === K.Word && toks[i].w !== "'s") return { start: toks[i].s, end: toks[i].e };
  return undefined;
}

/**
 * "who spoke on condition of anonymity because ...": the reason an anonymous source gives, in the
 * source phrase or in a participle after the cue ("..., a senior official said, speaking on
 * condition of anonymity because he was not authorized to discuss the talks").
 */
function anonymityReason(doc: Doc, f: Frame): Span | undefined {
  if (!f.src) return undefined;
  const inSource = reasonIn(doc, f, f.src.t0, f.src.t1);
  if (inSource) return inSource;
  const para = doc.paragraphs[f.p];
  const s = para.sentences[f.si];
  if (!s) return undefined;
  // a participle or relative clause after the cue: ", speaking on condition of anonymity ..."
  const toks = para.tokens;
  for (let i = Math.max(f.c1, s.t0); i < s.t1; i++) {
    if (toks[i].w !== ',') continue;
    const n = toks[i + 1]?.w;
    if (n === 'speaking' || n === 'who' || n === 'requesting' || n === 'asking' || n === 'both' || n === 'all') {
      let e = i + 2;
      while (e < s.t1 && toks[e].w !== ',' && toks[e].k !== K.Quote) e++;
      const r = reasonIn(doc, f, i + 1, e);
      if (r) return r;
    }
  }
  return undefined;
}

function reasonIn(doc: Doc, f: Frame, t0: number, t1: number): Span | undefined {
  const toks = doc.paragraphs[f.p].tokens;
  const src = { t0, t1 };
  for (let i = src.t0; i < src.t1; i++) {
    if (toks[i].w !== 'anonymity' && toks[i].w !== 'anonymously') continue;
    let j = i + 1;
    while (j < src.t1 && toks[j].w !== 'because' && toks[j].w !== 'to') j++;
    if (j < src.t1) {
      let e = src.t1;
      while (e > j && toks[e - 1].k === K.Punct) e--;
      return { start: toks[j].s, end: toks[e - 1].e };
    }
    return { start: toks[i].s, end: toks[i].e };
  }
  return undefined;
}
