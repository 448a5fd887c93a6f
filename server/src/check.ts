// One call from every face (language server, CLI, tests) into the engine: settings in, an Analysis
// whose findings already honour the per-rule settings out, plus its LSP diagnostics. Pure: no
// connection, no fs, so a browser server can reuse it.
import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { applyDirectives, INVALID_DIRECTIVE_RULE } from './directives';
import { analyze, type EngineCache } from './engine';
import { ruleById } from './engine/rules/index';
import { isDoubleMark, isSingleMark, isSpace } from './engine/text/chars';
import { maskText } from './engine/text/segment';
import type { Analysis, AnalyzeOptions, Attribution, Entity, Finding, Severity, Span } from './engine/types';
import { DIAGNOSTIC_SOURCE, MAX_FILE_SIZE_CODE } from './shared/protocol';
import { INVALID_DIRECTIVE_SEVERITY } from './shared/rules';
import { DEFAULT_SETTINGS, engineRules, type FactcheckSettings, type RuleLevel } from './shared/settings';
import { firstIndex } from './engine/spans';

export type CheckSettings = Pick<FactcheckSettings, 'rules' | 'lexicon' | 'maxFileSize'>;

/** LSP DiagnosticSeverity numbers (Error 1 .. Hint 4). */
export const SEVERITY_NUMBER: Record<Severity, 1 | 2 | 3 | 4> = { error: 1, warning: 2, information: 3, hint: 4 };

/** Applies "off" / severity overrides to findings (the engine may honour options.rules too; this is idempotent). */
export function applyRuleLevels(findings: Finding[], rules: Record<string, RuleLevel>): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const level = Object.prototype.hasOwnProperty.call(rules, f.rule) ? rules[f.rule] : undefined;
    if (level === 'off') continue;
    out.push(level ? { ...f, severity: level } : f);
  }
  return out;
}

export interface CheckOptions {
  /**
   * Analyse a text longer than 1.5 times this many characters in pieces of about this size, cut at
   * paragraph breaks (the CLI does, to bound memory on very large files). Ignore comments and rule
   * levels still apply to the whole text; what is lost at a cut is context: a pronoun or a quote
   * continuation at the start of a piece does not reach back into the previous piece.
   */
  pieceChars?: number;
  /**
   * With pieces: keep only attributions, claims and findings (what the CLI's text output and summary
   * use): paragraphs and sentences stay empty, entities have no mentions.
   */
  lean?: boolean;
  /** Kept between checks of one document (the server's): paragraph work is reused, see engine/pipeline/cache.ts. */
  cache?: EngineCache;
}

/**
 * Runs the engine on `text` with the settings; findings are filtered by inline ignore comments
 * (directives.ts) and re-levelled per `settings.rules`.
 */
export function check(text: string, languageId: string, settings: CheckSettings = DEFAULT_SETTINGS, options: CheckOptions = {}): Analysis {
  const engineOptions: AnalyzeOptions = { languageId, rules: engineRules(settings.rules), lexicon: settings.lexicon, maxLength: settings.maxFileSize };
  const piece = options.pieceChars ?? Infinity;
  const analysis =
    Math.min(text.length, settings.maxFileSize) > piece * 1.5 ? analyzeInPieces(text, engineOptions, piece, !!options.lean) : analyze(text, engineOptions, options.cache);
  // The engine contract says it cuts at maxLength; enforce it here too so the notice is never lost.
  if (!analysis.truncated && text.length > settings.maxFileSize)
    analysis.truncated = { at: settings.maxFileSize, reason: `text longer than ${settings.maxFileSize} characters` };
  // Inline ignore comments (directives.ts) in the analysed part of the text; unreadable ones are findings.
  const analysed = analysis.truncated ? text.slice(0, analysis.truncated.at) : text;
  const findings = applyDirectives(analysis.findings, analysed, languageId, (p): Finding => ({
    rule: INVALID_DIRECTIVE_RULE, severity: INVALID_DIRECTIVE_SEVERITY, start: p.start, end: p.end, message: p.message,
  }));
  return { ...analysis, findings: applyRuleLevels(findings, settings.rules) };
}

/** The message shown when only a prefix was analysed. */
export function truncationMessage(at: number, length: number): string {
  const n = (x: number) => x.toLocaleString('en-US');
  return `factcheck checked only the first ${n(at)} of ${n(length)} characters (factcheck.maxFileSize); nothing after this point was checked.`;
}

/** Findings as LSP diagnostics (UTF-16 positions via the document), plus the large-file notice. */
export function toDiagnostics(doc: TextDocument, analysis: Analysis): Diagnostic[] {
  const length = doc.getText().length;
  const clamp = (x: number) => Math.max(0, Math.min(length, Number.isFinite(x) ? x : 0));
  const diagnostics: Diagnostic[] = analysis.findings.map((f) => {
    const start = clamp(f.start);
    const end = Math.max(start, clamp(f.end));
    return {
      range: { start: doc.positionAt(start), end: doc.positionAt(end) },
      severity: SEVERITY_NUMBER[f.severity] ?? 2,
      source: DIAGNOSTIC_SOURCE,
      code: f.rule,
      message: f.message,
    };
  });
  if (analysis.truncated) {
    const at = clamp(analysis.truncated.at);
    const text = doc.getText();
    const eol = text.slice(at).search(/[\r\n]/);
    diagnostics.push({
      range: { start: doc.positionAt(at), end: doc.positionAt(eol < 0 ? length : at + eol) },
      severity: 3,
      source: DIAGNOSTIC_SOURCE,
      code: MAX_FILE_SIZE_CODE,
      message: truncationMessage(at, length),
    });
  }
  return diagnostics;
}

// ---- Very large texts in pieces (bounded memory) ----

/**
 * Where to cut `text` into pieces of about `size` characters (each cut in [from + size, from + 2 size),
 * else back to from + size / 2): preferably at the start of a paragraph that follows a blank line,
 * else at a line start, else (unless the rest fits in two pieces) after a
 * space, else anywhere that splits no surrogate pair; never inside what the segmenter masks (Markdown
 * code, front matter, comments: a cut there would turn the rest of the text into code; when the
 * whole window is masked the cut moves to the end of that range), and not where a quote runs on (the
 * previous paragraph ends with a colon, or leaves a quote open and the next one opens with a mark).
 */
export function pieceCuts(text: string, languageId: string, size: number): number[] {
  const masked = maskText(text, languageId).masked;
  /** The masked range strictly containing position p (p inside, not at its start), or undefined. */
  const maskAt = (p: number): [number, number] | undefined => {
    const lo = firstIndex(masked.length, (mid) => masked[mid][1] <= p);
    return lo < masked.length && masked[lo][0] < p ? masked[lo] : undefined;
  };
  const prevNonSpace = (p: number) => {
    let i = p - 1;
    while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
    return i;
  };
  /** A cut at line start p: not in a masked range, not where a quote runs on; `strict`: after a blank line. */
  const lineCutOk = (p: number, strict: boolean) => {
    if (p >= text.length || isSpace(text.charCodeAt(p)) || maskAt(p)) return false;
    if (strict) {
      for (let j = text.lastIndexOf('\n', p - 2) + 1; j < p - 1; j++) if (!isSpace(text.charCodeAt(j))) return false;
    }
    const prev = prevNonSpace(p);
    if (prev >= 0 && text.charCodeAt(prev) === 0x3a) return false; // "He said:" introduces what follows
    const c = text.charCodeAt(p);
    if (!isDoubleMark(c) && !isSingleMark(c)) return true;
    // A paragraph opening with a quote mark continues the previous paragraph's quote when that one
    // left a quote open (an odd number of double marks).
    let marks = 0;
    for (let j = text.lastIndexOf('\n\n', prev) + 1, n = 0; j <= prev && n < 100_000; j++, n++) if (isDoubleMark(text.charCodeAt(j))) marks++;
    return marks % 2 === 0;
  };
  const cuts: number[] = [];
  let from = 0;
  while (text.length - from > size * 1.5) {
    const lo = from + size;
    const hi = Math.min(text.length - 1, from + size * 2);
    let cut = -1;
    for (const strict of [true, false]) {
      // forwards in [lo, hi), then backwards down to half a piece
      for (let i = text.indexOf('\n', lo - 1); cut < 0 && i >= 0 && i + 1 < hi; i = text.indexOf('\n', i + 1)) if (lineCutOk(i + 1, strict)) cut = i + 1;
      for (let i = text.lastIndexOf('\n', lo - 2); cut < 0 && i >= 0 && i + 1 > from + size / 2; i = text.lastIndexOf('\n', i - 1)) if (lineCutOk(i + 1, strict)) cut = i + 1;
      if (cut >= 0) break;
    }
    // The rest fits in two pieces and has no line to cut at: one last, larger piece beats a cut inside a paragraph.
    if (cut < 0 && text.length - from <= size * 2) break;
    // (line starts were weighed above: here only spaces inside a line)
    for (let i = lo; cut < 0 && i < hi; i++) if (isSpace(text.charCodeAt(i - 1)) && text.charCodeAt(i - 1) !== 0x0a && !isSpace(text.charCodeAt(i)) && !maskAt(i)) cut = i;
    if (cut < 0) {
      const m = maskAt(lo);
      cut = m ? m[1] : lo;
      const c = text.charCodeAt(cut);
      if (c >= 0xdc00 && c <= 0xdfff && cut > from + 1) cut--;
    }
    if (cut <= from || cut >= text.length) break;
    cuts.push(cut);
    from = cut;
  }
  return cuts;
}

/**
 * Rules that judge the document as a whole (all its attributions): in pieces they would judge each
 * piece, so they are switched off per piece and run once on the merged analysis.
 */
export const DOCUMENT_RULES: readonly string[] = ['single-source'];

function mergedSpans(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** The document rules on the merged analysis (context: the text, the attributions and their spans). */
function runDocumentRules(body: string, merged: Analysis, options: AnalyzeOptions): Finding[] {
  const cover: Span[] = [];
  for (const a of merged.attributions) cover.push(...a.content, ...(a.cue ? [a.cue] : []), ...(a.source ? [a.source] : []));
  const cues = mergedSpans(merged.attributions.flatMap((a) => (a.cue ? [a.cue] : [])));
  const ctx = { text: body, analysis: merged, reports: [], cover: mergedSpans(cover), cues, options };
  const out: Finding[] = [];
  for (const id of DOCUMENT_RULES) {
    const rule = ruleById(id);
    const setting = options.rules?.[id];
    if (!rule || setting?.enabled === false) continue;
    try {
      for (const f of rule.check(ctx)) out.push({ rule: id, severity: setting?.severity ?? rule.defaultSeverity, ...f });
    } catch (e) {
      merged.errors.push({ stage: `rule ${id}`, message: e instanceof Error ? e.message : String(e) });
    }
  }
  return out;
}

function shift<T extends Span>(s: T, by: number): T {
  return { ...s, start: s.start + by, end: s.end + by };
}

/** analyze() on each piece, merged into one Analysis of the (maxLength-cut) text. */
function analyzeInPieces(text: string, options: AnalyzeOptions, size: number, lean: boolean): Analysis {
  const limit = options.maxLength !== undefined && options.maxLength >= 0 ? options.maxLength : Infinity;
  const body = text.length > limit ? text.slice(0, limit) : text;
  const bounds = [0, ...pieceCuts(body, options.languageId ?? 'plaintext', size), body.length];
  const out: Analysis = { length: body.length, paragraphs: [], sentences: [], attributions: [], entities: [], claims: [], findings: [], errors: [] };
  if (text.length > limit) out.truncated = { at: limit, reason: `text longer than ${limit} characters` };
  const entityIds = new Map<string, number>(); // name + type -> merged entity id
  const rules = { ...options.rules };
  for (const id of DOCUMENT_RULES) rules[id] = { ...rules[id], enabled: false };
  for (let k = 0; k + 1 < bounds.length; k++) {
    const base = bounds[k];
    const a = analyze(body.slice(base, bounds[k + 1]), { ...options, rules, maxLength: undefined });
    for (const e of a.errors) out.errors.push({ stage: e.stage, message: `${e.message} (in the piece at ${base})` });
    const ids = new Map<string, string>();
    const ents = new Map<number, number>();
    a.entities.forEach((e: Entity) => {
      const key = `${e.type}\u0000${e.name}`;
      let id = entityIds.get(key);
      if (id === undefined) {
        entityIds.set(key, (id = out.entities.length));
        out.entities.push({ ...e, id, mentions: [] });
      }
      if (!lean) out.entities[id].mentions.push(...e.mentions.map((m) => shift(m, base)));
      if (e.description && !out.entities[id].description) out.entities[id].description = e.description;
      ents.set(e.id, id);
    });
    if (!lean) for (const p of a.paragraphs) out.paragraphs.push(shift(p, base));
    if (!lean) for (const s of a.sentences) out.sentences.push(shift(s, base));
    for (const x of a.attributions) {
      const id = `a${out.attributions.length + 1}`;
      ids.set(x.id, id);
      const moved: Attribution = {
        ...x,
        id,
        content: x.content.map((c) => shift(c, base)),
        cue: x.cue && shift(x.cue, base),
        source: x.source && shift(x.source, base),
        chain: x.chain.map((l) => (l.span ? { ...l, span: shift(l.span, base) } : l)),
      };
      if (x.speaker?.entity !== undefined) {
        const e = ents.get(x.speaker.entity);
        moved.speaker = { ...x.speaker };
        if (e === undefined) delete moved.speaker.entity;
        else moved.speaker.entity = e;
      }
      if (x.inferredContent) moved.inferredContent = x.inferredContent.map((c) => shift(c, base));
      if (x.anonymityReason) moved.anonymityReason = shift(x.anonymityReason, base);
      out.attributions.push(moved);
    }
    const ref = (id: string | undefined) => (id === undefined ? {} : ids.has(id) ? { attribution: ids.get(id)! } : {});
    for (const c of a.claims) {
      const { attribution, ...rest } = c;
      out.claims.push({ ...shift(rest, base), ...ref(attribution) });
    }
    for (const f of a.findings) {
      const { attribution, ...rest } = f;
      out.findings.push({ ...shift(rest, base), ...ref(attribution) });
    }
  }
  const doc = runDocumentRules(body, out, options);
  if (doc.length) out.findings = [...out.findings, ...doc].sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
  return out;
}
