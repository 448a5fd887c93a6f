// Process entry of the CLI (bundled to dist/cli.js, started by bin/factcheck.js).
import { run } from './run';

const write = (stream: NodeJS.WriteStream) => (s: string) => void stream.write(s);
run(process.argv.slice(2), { stdout: write(process.stdout), stderr: write(process.stderr) }).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`factcheck: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
