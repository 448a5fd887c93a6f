// Node entry of the language server: picks the transport from the command line (--stdio,
// --node-ipc, --socket=N, --pipe=NAME; stdio when none is given) and runs the shared core.
// It exits when its input closes or the client process disappears, with or without a shutdown.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { version } from '../../package.json';
import { nodeClaimFiles } from './features/claimFiles.node';
import { startServer } from './server';

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
const transportGiven = args.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'));
const connection = transportGiven
  ? createConnection(ProposedFeatures.all)
  : createConnection(ProposedFeatures.all, process.stdin, process.stdout);

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

startServer(connection, version, { claimFiles: nodeClaimFiles });
