// Semantic tokens for quotes, cues and sources, with modifiers for how the quote is attributed.
// Pure: Analysis + text in, the LSP relative encoding (5 integers per token) out. Tokens never
// overlap (the innermost span wins) and never cross a line (multi-line quotes are split per line);
// positions are UTF-16 code units, the LSP default.
import type { Analysis, Attribution } from './engine/types';
import { findingsFor } from './hover';
import { lineStarts } from './directives';
import { everyQuote } from './engine/unattributed';

export const TOKEN_TYPES = ['factcheckQuote', 'factcheckCue', 'factcheckSource'] as const;
export const TOKEN_MODIFIERS = ['attributed', 'inferred', 'unattributed', 'secondhand', 'anonymous', 'flagged'] as const;
export type TokenType = (typeof TOKEN_TYPES)[number];
export type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

export const LEGEND = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

export interface Token {
  start: number;
  end: number;
  /** Index into TOKEN_TYPES. */
  type: number;
  /** Bit set over TOKEN_MODIFIERS. */
  modifiers: number;
}

const bit = (m: TokenModifier) => 1 << TOKEN_MODIFIERS.indexOf(m);

/** The modifiers of an attribution: exactly one of attributed / inferred / unattributed, plus the others. */
export function modifiersOf(analysis: Analysis, a: Attribution): TokenModifier[] {
  const out: TokenModifier[] = [];
  if (!a.speaker && !a.source) out.push('unattributed');
  else if (a.inferred) out.push('inferred');
  else out.push('attributed');
  if (a.chain.some((l) => l.role === 'relay')) out.push('secondhand');
  if (a.sourceKind === 'anonymous' || a.speaker?.type === 'anonymous') out.push('anonymous');
  if (findingsFor(analysis, a).length) out.push('flagged');
  return out;
}

/** Every quote, cue and source span as a token (may overlap; see flattenTokens). */
export function attributionTokens(analysis: Analysis): Token[] {
  const out: Token[] = [];
  for (const a of everyQuote(analysis)) {
    const modifiers = modifiersOf(analysis, a).reduce((m, x) => m | bit(x), 0);
    for (const c of a.content) out.push({ start: c.start, end: c.end, type: 0, modifiers });
    if (a.cue) out.push({ start: a.cue.start, end: a.cue.end, type: 1, modifiers });
    if (a.source) out.push({ start: a.source.start, end: a.source.end, type: 2, modifiers });
  }
  return out;
}

/**
 * Non-overlapping tokens in text order: where spans overlap, the shortest covering span wins (a
 * cue inside a quote, a quote inside a quote); on equal length the later token in the input wins.
 */
export function flattenTokens(tokens: readonly Token[]): Token[] {
  const valid = tokens
    .map((t, i) => ({ t, i }))
    .filter(({ t }) => Number.isFinite(t.start) && Number.isFinite(t.end) && t.end > t.start);
  if (!valid.length) return [];
  const bounds = [...new Set(valid.flatMap(({ t }) => [t.start, t.end]))].sort((x, y) => x - y);
  const byStart = [...valid].sort((x, y) => x.t.start - y.t.start);
  const out: Token[] = [];
  let active: { t: Token; i: number }[] = [];
  let next = 0;
  for (let k = 0; k + 1 < bounds.length; k++) {
    const from = bounds[k];
    const to = bounds[k + 1];
    active = active.filter(({ t }) => t.end > from);
    while (next < byStart.length && byStart[next].t.start <= from) active.push(byStart[next++]);
    let win: { t: Token; i: number } | undefined;
    for (const c of active) {
      if (c.t.start > from || c.t.end < to) continue;
      const len = c.t.end - c.t.start;
      if (!win || len < win.t.end - win.t.start || (len === win.t.end - win.t.start && c.i > win.i)) win = c;
    }
    if (!win) continue;
    const last = out[out.length - 1];
    if (last && last.end === from && last.type === win.t.type && last.modifiers === win.t.modifiers) last.end = to;
    else out.push({ start: from, end: to, type: win.t.type, modifiers: win.t.modifiers });
  }
  return out;
}

/** LSP encoding (deltaLine, deltaStartChar, length, type, modifiers) of sorted, non-overlapping tokens; split at line ends. */
export function encodeTokens(text: string, tokens: readonly Token[]): number[] {
  const starts = lineStarts(text);
  const contentEnd = (line: number) => {
    let e = line + 1 < starts.length ? starts[line + 1] : text.length;
    if (e > starts[line] && text[e - 1] === '\n') e--;
    if (e > starts[line] && text[e - 1] === '\r') e--;
    return e;
  };
  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  let line = 0;
  for (const t of tokens) {
    const start = Math.max(0, t.start);
    const end = Math.min(text.length, t.end);
    if (end <= start) continue;
    while (line + 1 < starts.length && starts[line + 1] <= start) line++;
    for (let l = line; l < starts.length && starts[l] < end; l++) {
      const from = Math.max(start, starts[l]);
      const to = Math.min(end, contentEnd(l));
      if (to <= from) continue;
      const char = from - starts[l];
      data.push(l - prevLine, l === prevLine ? char - prevChar : char, to - from, t.type, t.modifiers);
      prevLine = l;
      prevChar = char;
    }
  }
  return data;
}

/** The semantic tokens of a document's analysis, encoded for textDocument/semanticTokens/full. */
export function semanticTokens(text: string, analysis: Analysis): number[] {
  return encodeTokens(text, flattenTokens(attributionTokens(analysis)));
}
