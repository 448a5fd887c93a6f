// One throughput measurement in a fresh process (so one library's heap never slows another's, and
// peak RSS belongs to one library and one corpus). Started by scripts/bench.mjs.
//
// usage: node scripts/bench-worker.mjs LIB FORM MB RUNS CORPUS_DIR ENGINE_BUNDLE
//   LIB    engine | wink | retext | compromise
//   FORM   articles (article-sized documents) | one (the corpus as one string)
// Prints one JSON line: { lib, form, mb, chars, docs, seconds: [...], cpuSeconds: [...], units, rssMB }.
import { createRequire } from 'node:module';
import { articlePieces, MB, readArticles } from './bench-corpus.mjs';

const [lib, form, mbArg, runsArg, corpusDir, engineBundle] = process.argv.slice(2);
const runs = Number(runsArg);
const texts = readArticles(corpusDir);
if (!texts) {
  console.error(`no corpus at ${corpusDir}`);
  process.exit(2);
}
const pieces = articlePieces(texts, Number(mbArg) * MB);
const docs = form === 'one' ? [pieces.join('\n\n')] : pieces;
const chars = docs.reduce((s, d) => s + d.length, 0);

let beforeRun = () => undefined;

/** Each library as "analyse one document, return a count that shows the work was done". */
async function load(name) {
  switch (name) {
    case 'engine': {
      const { analyze, clearStatementMemo } = createRequire(import.meta.url)(engineBundle);
      // The engine remembers statement scores (for re-analysis after an edit): forget them before each
      // run, or runs 2..n would score nothing new.
      beforeRun = () => clearStatementMemo?.();
      return (t) => analyze(t).attributions.length;
    }
    case 'wink': {
      // Tokenise + sentence boundaries + part-of-speech tags (the rest of wink's pipeline is off).
      const winkNLP = (await import('wink-nlp')).default;
      const model = (await import('wink-eng-lite-web-model')).default;
      const nlp = winkNLP(model, ['sbd', 'pos']);
      const its = nlp.its;
      return (t) => nlp.readDoc(t).tokens().out(its.pos).length;
    }
    case 'retext': {
      const { unified } = await import('unified');
      const retextEnglish = (await import('retext-english')).default;
      const retextPos = (await import('retext-pos')).default;
      const processor = unified().use(retextEnglish).use(retextPos).freeze();
      return (t) => processor.runSync(processor.parse(t)).children.length;
    }
    case 'compromise': {
      const nlp = (await import('compromise')).default;
      return (t) => nlp(t).terms().length;
    }
    default:
      throw new Error(`unknown library ${name}`);
  }
}

const run = await load(lib);
run(texts[0]); // warm-up: model load, JIT
const seconds = [];
// CPU seconds of the process (all its threads: the garbage collector's helpers too) per run: less
// sensitive than wall time to other work on a shared machine
const cpuSeconds = [];
let units = 0;
for (let r = 0; r < runs; r++) {
  units = 0;
  beforeRun();
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (const d of docs) units += run(d);
  seconds.push(Number(process.hrtime.bigint() - t0) / 1e9);
  const c = process.cpuUsage(c0);
  cpuSeconds.push((c.user + c.system) / 1e6);
}
const rssMB = Math.round(process.resourceUsage().maxRSS / 1024);
process.stdout.write(JSON.stringify({ lib, form, mb: Number(mbArg), chars, docs: docs.length, seconds, cpuSeconds, units, rssMB }) + '\n');
