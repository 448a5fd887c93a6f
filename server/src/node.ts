// Node entry of the language server: picks the transport from the command line (--stdio,
// --node-ipc, --socket=N, --pipe=NAME; stdio when none is given) and runs the shared core.
// It exits when its input closes or the client process disappears, with or without a shutdown.
// The same bundle, started as a worker thread by runner.node.ts, is the analysis worker.
import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter, type Message } from 'vscode-languageserver/node';
import { version } from '../../package.json';
import { nodeClaimFiles } from './features/claimFiles.node';
import { inThreadRunner, splitRunner } from './runner';
import { isAnalysisWorker, runAnalysisWorker, workerRunner } from './runner.node';
import { startServer } from './server';

/**
 * The stdio transport, with what vscode-languageserver's own `--stdio` handling lacks: input that is
 * not LSP (a header without "Content-Length", say) would leave its reader stuck on the bad bytes and
 * the server silently deaf; here it is one line on stderr and exit status 1, so the client can restart
 * the server (a well-framed body that is not JSON is skipped with one line). Like the library, the server exits when stdin ends (status 0 after a shutdown request,
 * 1 otherwise), and console output goes to stderr, never into the LSP stream on stdout.
 */
function stdio(): [StreamMessageReader, StreamMessageWriter] {
  const reader = new StreamMessageReader(process.stdin);
  const writer = new StreamMessageWriter(process.stdout);
  let shutdown = false;
  const listen = reader.listen.bind(reader);
  reader.listen = (callback) =>
    listen((msg: Message) => {
      if ((msg as { method?: unknown }).method === 'shutdown') shutdown = true;
      callback(msg);
    });
  reader.onError((e) => {
    const why = e.message.split('\n')[0];
    // A bad header leaves the reader unable to find the next message: nothing more can be read.
    // A well-framed message whose body is not JSON is skipped, and the next one is read as usual.
    if (!/header|content-length/i.test(why)) return void process.stderr.write(`factcheck server: skipped a message that is not JSON-RPC: ${why}\n`);
    process.stderr.write(`factcheck server: unreadable input from the client, exiting: ${why}\n`);
    process.exit(1);
  });
  const end = () => process.exit(shutdown ? 0 : 1);
  process.stdin.on('end', end);
  process.stdin.on('close', end);
  const toStderr = (...xs: unknown[]) => void process.stderr.write(xs.map((x) => (typeof x === 'string' ? x : String(x))).join(' ') + '\n');
  console.log = console.info = console.debug = console.warn = console.error = console.trace = toStderr;
  return [reader, writer];
}

/** Characters analysed on the server's own thread at most (~50 ms of engine time); larger documents go to the worker. */
const IN_THREAD_MAX = 100_000;

function main(): void {
  const args = process.argv.slice(2);
  if (args.includes('--version')) {
    process.stdout.write(`factcheck language server ${version}\n`);
    process.exit(0);
  }
  if (args.includes('--help')) {
    process.stdout.write('Usage: node dist/server.js [--stdio | --node-ipc | --socket=PORT | --pipe=NAME]\n' +
      'The factcheck language server (LSP). With no transport argument it speaks LSP over stdio.\n');
    process.exit(0);
  }
  const otherTransport = args.some((a) => a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'));
  const connection = otherTransport ? createConnection(ProposedFeatures.all) : createConnection(ProposedFeatures.all, ...stdio());

  // vscode-languageserver already exits when the stdio input ends and watches the client's process id
  // (initialize.processId / --clientProcessId). Cover the IPC channel closing as well.
  if (args.includes('--node-ipc')) process.on('disconnect', () => process.exit(0));

  // Last line of defence: log, never die with a stack trace on stdout (stdout may be the LSP channel).
  process.on('uncaughtException', (e) => {
    process.stderr.write(`factcheck server: uncaught error: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
  });
  process.on('unhandledRejection', (e) => {
    process.stderr.write(`factcheck server: unhandled rejection: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
  });

  // Documents over IN_THREAD_MAX characters are analysed in a worker thread (runner.node.ts), so the
  // message loop never waits for a large document; smaller ones in-thread (a few ms, no copying).
  startServer(connection, version, {
    claimFiles: nodeClaimFiles,
    runner: (log) => splitRunner(IN_THREAD_MAX, inThreadRunner(), workerRunner(__filename, log)),
  });
}

if (isAnalysisWorker()) runAnalysisWorker();
else main();
