// Inline ignore comments, read from the document text and applied to the engine's findings (in
// check.ts, so the language server and the CLI honour them alike). Pure: no LSP, no fs.
//
// Markdown (HTML comments, invisible when rendered):
//   <!-- factcheck-disable-next-line [rule ...] -->   the next line
//   <!-- factcheck-disable-line [rule ...] -->        the line the comment is on
//   <!-- factcheck-disable [rule ...] -->  …  <!-- factcheck-enable [rule ...] -->   a region
//   <!-- factcheck-disable-file [rule ...] -->        the whole document, wherever it stands
// Plain text (and any other language) takes the same names in square brackets, a form a reporter's
// plain text can hold: [factcheck-disable-next-line secondhand]; HTML comments work there too.
// No rule ids = every rule. Rule ids are separated by spaces or commas. In Markdown, directives
// inside fenced code blocks and inline code are examples, not directives.
// A comment that starts with `factcheck-` but cannot be read becomes an `invalid-directive` problem.
import { firstIndex } from './engine/spans';

export type DirectiveName = 'disable-file' | 'disable' | 'enable' | 'disable-line' | 'disable-next-line';
export const DIRECTIVE_NAMES: readonly DirectiveName[] = ['disable-file', 'disable', 'enable', 'disable-line', 'disable-next-line'];
/** `comment`: <!-- factcheck-… -->; `bracket`: [factcheck-…]. */
export type DirectiveSyntax = 'comment' | 'bracket';

export interface Directive {
  name: DirectiveName;
  /** Rule ids; empty means every rule. */
  rules: string[];
  /** The whole comment or bracket, UTF-16 offsets, end-exclusive. */
  start: number;
  end: number;
  syntax: DirectiveSyntax;
}

export interface DirectiveProblem {
  start: number;
  end: number;
  message: string;
}

export interface ParsedDirectives {
  directives: Directive[];
  problems: DirectiveProblem[];
}

export const INVALID_DIRECTIVE_RULE = 'invalid-directive';

const RULE_ID = /^[A-Za-z0-9][\w./-]*$/;
const isMarkdown = (languageId: string) => languageId === 'markdown';

/** The directive syntaxes read in a language: Markdown only HTML comments; everything else both. */
export function syntaxesFor(languageId: string): DirectiveSyntax[] {
  return isMarkdown(languageId) ? ['comment'] : ['comment', 'bracket'];
}

/** The syntax quick fixes write: HTML comments in Markdown, brackets elsewhere. */
export function preferredSyntax(languageId: string): DirectiveSyntax {
  return isMarkdown(languageId) ? 'comment' : 'bracket';
}

export function formatDirective(name: DirectiveName, rules: readonly string[], syntax: DirectiveSyntax): string {
  const body = ['factcheck-' + name, ...rules].join(' ');
  return syntax === 'comment' ? `<!-- ${body} -->` : `[${body}]`;
}

/** Line starts (offsets) for LF, CRLF and CR line ends, as LSP counts lines. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10 /* \n */) starts.push(i + 1);
  }
  return starts;
}

/** The 0-based line containing `offset`. */
export function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** End of line `line`'s content (before its line break). */
function lineEnd(text: string, starts: readonly number[], line: number): number {
  let e = line + 1 < starts.length ? starts[line + 1] : text.length;
  if (e > starts[line] && text[e - 1] === '\n') e--;
  if (e > starts[line] && text[e - 1] === '\r') e--;
  return e;
}

/** Markdown fenced code blocks (``` or ~~~, also inside lists and block quotes) as offset ranges. */
function fencedRanges(text: string, starts: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  let open: { char: string; len: number; start: number } | undefined;
  for (let l = 0; l < starts.length; l++) {
    const line = text.slice(starts[l], lineEnd(text, starts, l));
    const m = /^[ \t>]*(`{3,}|~{3,})([\s\S]*)$/.exec(line); // [\s\S]: `.` would backtrack quadratically before a U+2028
    if (!open) {
      if (m && !(m[1][0] === '`' && m[2].includes('`'))) open = { char: m[1][0], len: m[1].length, start: starts[l] };
    } else if (m && m[1][0] === open.char && m[1].length >= open.len && m[2].trim() === '') {
      out.push([open.start, lineEnd(text, starts, l)]);
      open = undefined;
    }
  }
  if (open) out.push([open.start, text.length]);
  return out;
}

function parseBody(body: string, start: number, end: number, syntax: DirectiveSyntax, out: ParsedDirectives): void {
  const m = /^\s*(factcheck-[A-Za-z-]*)([\s\S]*)$/i.exec(body);
  if (!m) return;
  const written = m[1];
  const name = written.slice('factcheck-'.length) as DirectiveName;
  if (written !== written.toLowerCase() || !DIRECTIVE_NAMES.includes(name)) {
    out.problems.push({
      start, end,
      message: `Unknown factcheck directive "${written}": use one of ${DIRECTIVE_NAMES.map((n) => 'factcheck-' + n).join(', ')}.`,
    });
    return;
  }
  const rules = m[2].split(/[\s,]+/).filter((x) => x !== '');
  const bad = rules.filter((r) => !RULE_ID.test(r));
  if (bad.length) {
    out.problems.push({ start, end, message: `factcheck-${name}: "${bad[0]}" is not a rule id (rule ids are separated by spaces or commas).` });
    return;
  }
  out.directives.push({ name, rules: [...new Set(rules)], start, end, syntax });
}

/**
 * `<!--body-->` comments as [whole, body] with their index, like /<!--([\s\S]*?)-->/g but linear: once
 * no `-->` follows, no later `<!--` can close either (the regex would rescan to the end for each).
 */
function* htmlComments(text: string): Generator<{ 0: string; 1: string; index: number }> {
  for (let i = text.indexOf('<!--'); i >= 0; ) {
    const close = text.indexOf('-->', i + 4);
    if (close < 0) return;
    yield { 0: text.slice(i, close + 3), 1: text.slice(i + 4, close), index: i };
    i = text.indexOf('<!--', close + 3);
  }
}

/** Reads every factcheck directive in `text`, in text order. Never throws. */
export function parseDirectives(text: string, languageId: string): ParsedDirectives {
  const out: ParsedDirectives = { directives: [], problems: [] };
  if (!/factcheck-/i.test(text)) return out;
  const starts = lineStarts(text);
  const markdown = isMarkdown(languageId);
  const fences = markdown ? fencedRanges(text, starts) : [];
  for (const syntax of syntaxesFor(languageId)) {
    // Matches come in text order: a cursor over the fences and a running backtick count on the current
    // line keep this linear (testing every fence and rescanning the line per match was quadratic).
    let fence = 0;
    let tickLine = -1;
    let tickPos = 0;
    let ticks = 0;
    const inCode = (offset: number) => {
      if (!markdown) return false;
      while (fence < fences.length && fences[fence][1] <= offset) fence++;
      if (fence < fences.length && fences[fence][0] <= offset) return true;
      const line = lineAt(starts, offset);
      if (line !== tickLine) [tickLine, tickPos, ticks] = [line, starts[line], 0];
      for (; tickPos < offset; tickPos++) if (text.charCodeAt(tickPos) === 96) ticks++;
      return ticks % 2 === 1; // after an odd number of backticks on its line: inside an inline code span
    };
    for (const m of syntax === 'comment' ? htmlComments(text) : text.matchAll(/\[([^[\]\r\n]*)\]/g)) {
      if (!/^\s*factcheck-/i.test(m[1]) || inCode(m.index!)) continue;
      parseBody(m[1], m.index!, m.index! + m[0].length, syntax, out);
    }
  }
  out.directives.sort((a, b) => a.start - b.start);
  out.problems.sort((a, b) => a.start - b.start);
  return out;
}

interface Scope {
  /** true: every rule, except `rules` when it lists exceptions; false: only `rules`. */
  all: boolean;
  rules: Set<string>;
}

const covers = (s: Scope | undefined, rule: string) => !!s && (s.all ? !s.rules.has(rule) : s.rules.has(rule));

/** Answers "is `rule` at `offset` switched off by a directive?" for one parsed document. */
export class Suppressions {
  private readonly starts: number[];
  private readonly file: Scope = { all: false, rules: new Set() };
  private readonly lines = new Map<number, Scope>();
  /** Region state after each disable/enable directive, in text order. */
  private readonly regions: { at: number; scope: Scope }[] = [];

  constructor(text: string, parsed: ParsedDirectives) {
    this.starts = lineStarts(text);
    let region: Scope = { all: false, rules: new Set() };
    for (const d of parsed.directives) {
      switch (d.name) {
        case 'disable-file':
          if (!d.rules.length) this.file.all = true;
          for (const r of d.rules) this.file.rules.add(r);
          break;
        case 'disable-line':
        case 'disable-next-line': {
          const line = lineAt(this.starts, d.name === 'disable-line' ? d.start : Math.max(d.start, d.end - 1)) + (d.name === 'disable-next-line' ? 1 : 0);
          const s = this.lines.get(line) ?? { all: false, rules: new Set<string>() };
          if (!d.rules.length) s.all = true;
          for (const r of d.rules) s.rules.add(r);
          this.lines.set(line, s);
          break;
        }
        case 'disable':
        case 'enable': {
          const off = d.name === 'disable';
          const next: Scope = { all: region.all, rules: new Set(region.rules) };
          if (!d.rules.length) {
            next.all = off;
            next.rules.clear();
          } else {
            // In "all" mode the set lists exceptions (rules enabled again); otherwise the disabled rules.
            for (const r of d.rules) (off !== region.all ? next.rules.add(r) : next.rules.delete(r));
          }
          region = next;
          this.regions.push({ at: d.end, scope: region });
          break;
        }
      }
    }
  }

  isSuppressed(rule: string, offset: number): boolean {
    if (this.file.all || this.file.rules.has(rule)) return true;
    const line = this.lines.get(lineAt(this.starts, offset));
    if (line && (line.all || line.rules.has(rule))) return true;
    // The last region starting at or before `offset` (binary search: regions are in text order).
    const lo = firstIndex(this.regions.length, (mid) => this.regions[mid].at <= offset);
    return covers(lo ? this.regions[lo - 1].scope : undefined, rule);
  }
}

/** Drops findings switched off by directives; returns the directive problems as findings too (before filtering). */
export function applyDirectives<F extends { rule: string; start: number }>(
  findings: F[],
  text: string,
  languageId: string,
  problemFinding: (p: DirectiveProblem) => F,
): F[] {
  const parsed = parseDirectives(text, languageId);
  const all = parsed.problems.length ? [...findings, ...parsed.problems.map(problemFinding)].sort((a, b) => a.start - b.start) : findings;
  if (!parsed.directives.length) return all;
  const s = new Suppressions(text, parsed);
  return all.filter((f) => !s.isSuppressed(f.rule, f.start));
}

// ---- Edits for quick fixes (offsets; the server maps them to LSP positions) ----

export interface EditPlan {
  start: number;
  end: number;
  newText: string;
}

function eolOf(text: string): string {
  const m = /\r\n|\r|\n/.exec(text);
  return m ? m[0] : '\n';
}

function withRule(d: Directive, rule: string): EditPlan {
  if (!d.rules.length || d.rules.includes(rule)) return { start: d.end, end: d.end, newText: '' };
  return { start: d.start, end: d.end, newText: formatDirective(d.name, [...d.rules, rule], d.syntax) };
}

/** Where a line-ignore comment can go above a Markdown line without changing how the document renders. */
function safeAboveMarkdown(text: string, starts: readonly number[], line: number): boolean {
  const content = text.slice(starts[line], lineEnd(text, starts, line));
  // Block quotes, list items and table rows would be split by an HTML block above them.
  if (/^\s*(>|[-+*][ \t]|\d{1,9}[.)][ \t]|\|)/.test(content)) return false;
  if (line === 0) return true;
  const above = text.slice(starts[line - 1], lineEnd(text, starts, line - 1));
  // After a blank line (a new block) or after another HTML comment line; never inside a paragraph.
  return above.trim() === '' || /^\s*<!--[\s\S]*-->\s*$/.test(above);
}

/**
 * The edit behind "Ignore <rule> on this line" for a finding starting at `offset`: extends an
 * existing directive for the line, else inserts a next-line directive above (same indentation) or,
 * in Markdown where a line above would split a paragraph, list or quote, a disable-line comment at
 * the end of the line.
 */
export function ignoreLineEdit(text: string, languageId: string, offset: number, rule: string): EditPlan {
  const starts = lineStarts(text);
  const line = lineAt(starts, Math.max(0, Math.min(offset, text.length)));
  const { directives } = parseDirectives(text, languageId);
  const syntax = preferredSyntax(languageId);
  for (const d of directives) {
    if (d.name === 'disable-line' && lineAt(starts, d.start) === line) return withRule(d, rule);
    if (d.name === 'disable-next-line' && lineAt(starts, Math.max(d.start, d.end - 1)) === line - 1) return withRule(d, rule);
  }
  const start = starts[line];
  const end = lineEnd(text, starts, line);
  const content = text.slice(start, end);
  const indent = /^[ \t]*/.exec(content)![0];
  if (syntax === 'comment' && !safeAboveMarkdown(text, starts, line)) {
    // Before trailing spaces and a backslash: both are hard line breaks in Markdown.
    let cut = content.length; // what content.replace(/(\\)?[ \t]*$/, '') keeps, without its quadratic backtracking on blank runs
    while (cut > 0 && (content[cut - 1] === ' ' || content[cut - 1] === '\t')) cut--;
    if (cut > 0 && content[cut - 1] === '\\') cut--;
    const at = start + cut;
    return { start: at, end: at, newText: ' ' + formatDirective('disable-line', [rule], syntax) };
  }
  return { start, end: start, newText: indent + formatDirective('disable-next-line', [rule], syntax) + eolOf(text) };
}

/** Where a file directive goes: the top, or after Markdown front matter. */
function fileDirectiveOffset(text: string, languageId: string): number {
  if (!isMarkdown(languageId)) return 0;
  const starts = lineStarts(text);
  const first = text.slice(0, lineEnd(text, starts, 0));
  const fence = /^(---|\+\+\+)[ \t]*$/.exec(first);
  if (!fence || starts.length < 2) return 0;
  for (let l = 1; l < starts.length; l++) {
    const content = text.slice(starts[l], lineEnd(text, starts, l)).trimEnd();
    if (content === fence[1] || (fence[1] === '---' && content === '...'))
      return l + 1 < starts.length ? starts[l + 1] : text.length;
  }
  return 0;
}

/** The edit behind "Disable <rule> in this file": extends an existing file directive or adds one at the top. */
export function disableFileEdit(text: string, languageId: string, rule: string): EditPlan {
  const existing = parseDirectives(text, languageId).directives.find((d) => d.name === 'disable-file');
  if (existing) return withRule(existing, rule);
  const at = fileDirectiveOffset(text, languageId);
  const eol = eolOf(text);
  const lead = at === text.length && at > 0 && !/[\r\n]$/.test(text) ? eol : '';
  return { start: at, end: at, newText: lead + formatDirective('disable-file', [rule], preferredSyntax(languageId)) + eol };
}
