// The hedge lexicon (lexicon.ts HEDGES), compiled once: "reportedly", "allegedly", "so-called".
import { dataLines, HEDGES } from './lexicon';

export interface Hedge {
  word: string;
  ask: string;
}

let table: Map<string, Hedge> | undefined;
let re: RegExp | undefined;

const HYPHENS = '[-\u2010\u2011\u2012\u2013]';

function compile(): void {
  table = new Map();
  for (const l of dataLines(HEDGES)) {
    const [word, ask = ''] = l.split('|').map((x) => x.trim());
    table.set(word.toLowerCase(), { word: word.toLowerCase(), ask });
  }
  const alts = [...table.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/-/g, HYPHENS));
  re = new RegExp(`(?<![\\p{L}\\p{N}'’-])(${alts.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

/** The hedge a word is ("Reportedly" -> reportedly), or undefined. */
export function hedgeOf(word: string): Hedge | undefined {
  if (!table) compile();
  return table!.get(word.toLowerCase().replace(/[\u2010\u2011\u2012\u2013]/g, '-'));
}

/** Every hedge in text[start, end), as document offsets. */
export function findHedges(text: string, start: number, end: number): { start: number; end: number; hedge: Hedge }[] {
  if (!re) compile();
  const out: { start: number; end: number; hedge: Hedge }[] = [];
  const slice = text.slice(start, end);
  re!.lastIndex = 0;
  for (let m = re!.exec(slice); m; m = re!.exec(slice)) {
    const h = hedgeOf(m[1]);
    if (h) out.push({ start: start + m.index, end: start + m.index + m[1].length, hedge: h });
  }
  return out;
}
