// Preloaded into a process the bench measures (node --import scripts/bench-rss-hook.mjs ...): writes
// the process's peak resident set size to the file named by FACTCHECK_BENCH_RSS when it exits.
import fs from 'node:fs';

const file = process.env.FACTCHECK_BENCH_RSS;
if (file) {
  process.on('exit', () => {
    fs.writeFileSync(file, JSON.stringify({ maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024) }));
  });
}
