// Process entry of the CLI (bundled to dist/cli.js, started by bin/factcheck.js).
import { run } from './run';

// The reader of our output went away (`factcheck scan . | head -1`): stop quietly, status 0, the way
// Unix filters end on a closed pipe. Any other output error is one line on stderr and status 2.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') process.exit(0);
  try {
    process.stderr.write(`factcheck: cannot write the output: ${e.message}\n`);
  } finally {
    process.exit(2);
  }
});
// Nothing useful can be done when stderr itself is closed; never crash over it.
process.stderr.on('error', () => undefined);

const write = (stream: NodeJS.WriteStream) => (s: string) => {
  if (!stream.destroyed) stream.write(s);
};
run(process.argv.slice(2), { stdout: write(process.stdout), stderr: write(process.stderr) }).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`factcheck: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
