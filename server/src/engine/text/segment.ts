// Segmenting: what of the text is prose. Returns a copy of the text of the same length in which
// everything that is not prose (URLs; in Markdown also front matter, code, HTML comments and tags,
// link targets and markup characters) is replaced by spaces, newlines kept, so every later stage
// works on prose while every offset stays an offset into the original text.
import { isSpace } from './chars';

export interface Masked {
  text: string;
  /** Ranges that were blanked, in order. */
  masked: [number, number][];
}

function lineEnd(text: string, i: number): number {
  const n = text.indexOf('\n', i);
  return n < 0 ? text.length : n;
}

function isUrlChar(c: number): boolean {
  return !(isSpace(c) || c === 0x22 || c === 0x3c || c === 0x3e || c === 0x201c || c === 0x201d || c === 0x60);
}

/** URLs: http(s)://..., www.... ; trailing punctuation and an unbalanced ")" are left as prose. */
function findUrls(text: string, out: [number, number][]): void {
  let from = 0;
  let h = -2;
  let w = -2;
  for (;;) {
    // cached next occurrences keep this linear when one of the two is frequent and the other rare
    if (h !== -1 && h < from) h = text.indexOf('http', from);
    if (w !== -1 && w < from) w = text.indexOf('www.', from);
    const i = h < 0 ? w : w < 0 ? h : Math.min(h, w);
    if (i < 0) return;
    const isHttp = i === h && (text.startsWith('http://', i) || text.startsWith('https://', i));
    const isWww = i === w && (i === 0 || isSpace(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === 0x28);
    if (!isHttp && !isWww) {
      from = i + 4;
      continue;
    }
    let j = i;
    let depth = 0;
    while (j < text.length && isUrlChar(text.charCodeAt(j))) {
      const c = text.charCodeAt(j);
      if (c === 0x28) depth++;
      else if (c === 0x29) {
        if (depth === 0) break;
        depth--;
      }
      j++;
    }
    while (j > i && '.,;:!?\'’'.indexOf(text[j - 1]) >= 0) j--;
    out.push([i, j]);
    from = Math.max(j, i + 4);
  }
}

function markdownRanges(text: string, out: [number, number][]): void {
  const n = text.length;
  let i = 0;
  // front matter
  if (text.startsWith('---\n') || text.startsWith('---\r\n') || text.startsWith('+++\n')) {
    const fence = text.slice(0, 3);
    let p = lineEnd(text, 0) + 1;
    while (p < n) {
      const e = lineEnd(text, p);
      if (text.slice(p, e).trim() === fence) {
        out.push([0, e]);
        i = e;
        break;
      }
      p = e + 1;
    }
  }
  // line-based: fenced code, headings, block quote and list markers
  let inFence: string | null = null;
  let fenceStart = 0;
  let p = i;
  while (p < n) {
    const e = lineEnd(text, p);
    let q = p;
    while (q < e && q - p < 4 && text.charCodeAt(q) === 0x20) q++;
    const c = text.charCodeAt(q);
    if (inFence) {
      if (text.startsWith(inFence, q) && text.slice(q + inFence.length, e).trim() === '') {
        out.push([fenceStart, e]);
        inFence = null;
      }
    } else if ((c === 0x60 || c === 0x7e) && q - p < 4 && (text.startsWith('```', q) || text.startsWith('~~~', q))) {
      let r = q;
      while (r < e && text.charCodeAt(r) === c) r++;
      inFence = text.slice(q, r);
      fenceStart = p;
    } else {
      // block markers at the line start: "#", ">", "-", "*", "+", "1."
      let r = q;
      for (;;) {
        const d = text.charCodeAt(r);
        if (d === 0x3e) r++;
        else if (d === 0x23) {
          while (text.charCodeAt(r) === 0x23) r++;
        } else if ((d === 0x2d || d === 0x2a || d === 0x2b) && text.charCodeAt(r + 1) === 0x20) r++;
        else break;
        while (r < e && text.charCodeAt(r) === 0x20) r++;
      }
      if (r > q) out.push([q, r]);
    }
    p = e + 1;
  }
  if (inFence) out.push([fenceStart, n]);
  // inline: code spans, HTML comments and tags, link targets, emphasis markers
  let para = -2;
  for (let k = i; k < n; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x60) {
      let r = k;
      while (r < n && text.charCodeAt(r) === 0x60) r++;
      const tick = text.slice(k, r);
      if (para !== -1 && para < r) para = text.indexOf('\n\n', r);
      const limit = para < 0 ? n : para;
      const close = findTick(text, tick, r, limit);
      if (close > 0) {
        out.push([k, close + tick.length]);
        k = close + tick.length - 1;
      } else k = r - 1;
    } else if (c === 0x3c) {
      if (text.startsWith('<!--', k)) {
        const close = text.indexOf('-->', k + 4);
        const end = close < 0 ? n : close + 3;
        out.push([k, end]);
        k = end - 1;
      } else {
        const d = text.charCodeAt(k + 1);
        if ((d >= 0x61 && d <= 0x7a) || (d >= 0x41 && d <= 0x5a) || d === 0x2f) {
          const close = findWithin(text, '>', k, Math.min(n, k + 500));
          if (close > 0 && text.slice(k, close).indexOf('\n') < 0) {
            out.push([k, close + 1]);
            k = close;
          }
        }
      }
    } else if (c === 0x5d && text.charCodeAt(k + 1) === 0x28) {
      const close = findWithin(text, ')', k + 2, Math.min(n, k + 2000));
      out.push([k, k + 1]);
      if (close > 0 && text.slice(k, close).indexOf('\n') < 0) {
        out.push([k + 1, close + 1]);
        k = close;
      }
    } else if (c === 0x5b || c === 0x2a || (c === 0x5f && (k === 0 || !isWordChar(text.charCodeAt(k - 1)) || !isWordChar(text.charCodeAt(k + 1))))) {
      out.push([k, k + 1]);
    }
  }
}

/** The first `ch` in [from, to), or -1: a bounded scan, so many unmatched marks stay linear. */
function findWithin(text: string, ch: string, from: number, to: number): number {
  const c = ch.charCodeAt(0);
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === c) return i;
  return -1;
}

/** The next backtick run of exactly the length of `tick` before `to`, looking at most 32 runs ahead. */
function findTick(text: string, tick: string, from: number, to: number): number {
  let i = from;
  for (let runs = 0; runs < 32; runs++) {
    const k = findWithin(text, '`', i, Math.min(to, i + 20000));
    if (k < 0) return -1;
    let r = k;
    while (r < to && text.charCodeAt(r) === 0x60) r++;
    if (r - k === tick.length) return k;
    i = r;
  }
  return -1;
}

function isWordChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c > 0x7f;
}

/** Blanks non-prose. `languageId` "markdown" enables the Markdown rules; URLs are masked always. */
export function maskText(text: string, languageId?: string): Masked {
  const ranges: [number, number][] = [];
  if (languageId === 'markdown') markdownRanges(text, ranges);
  findUrls(text, ranges);
  if (!ranges.length) return { text, masked: [] };
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  const parts: string[] = [];
  let pos = 0;
  for (const [s, e] of merged) {
    parts.push(text.slice(pos, s));
    parts.push(blank(text, s, e));
    pos = e;
  }
  parts.push(text.slice(pos));
  return { text: parts.join(''), masked: merged };
}

function blank(text: string, s: number, e: number): string {
  const seg = text.slice(s, e);
  if (seg.indexOf('\n') < 0) return ' '.repeat(e - s);
  let out = '';
  for (let i = 0; i < seg.length; i++) out += seg.charCodeAt(i) === 0x0a ? '\n' : ' ';
  return out;
}
