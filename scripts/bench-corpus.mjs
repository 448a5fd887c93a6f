// Corpus for the benchmarks, made at run time from a folder of article .txt files (by default the
// PolNeAR training texts). Nothing of it is committed: the bench keeps what it writes under .bench/.
import fs from 'node:fs';
import path from 'node:path';

export const DEFAULT_CORPUS = '/work/shared/eval/polnear/train/text';
/** "MB" in the bench = 10^6 UTF-16 code units (the corpus is almost all ASCII). */
export const MB = 1e6;

/** The articles of `dir`, sorted by file name; null when the folder is missing or has no .txt file. */
export function readArticles(dir) {
  let names;
  try {
    names = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  } catch {
    return null;
  }
  const texts = names.map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).filter((t) => t.trim());
  return texts.length ? texts : null;
}

/** Whole articles, cycled in order, until they add up to at least `chars` characters. */
export function articlePieces(texts, chars) {
  const out = [];
  let n = 0;
  for (let i = 0; n < chars; i++) {
    const t = texts[i % texts.length];
    out.push(t);
    n += t.length;
  }
  return out;
}

/** One document of about `chars` characters: the articles joined by blank lines. */
export function oneDocument(texts, chars) {
  return articlePieces(texts, chars).join('\n\n');
}
