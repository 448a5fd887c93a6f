// The factcheck CLI as a function (main.ts is the process entry): `factcheck scan ...`, `factcheck claims ...`, --help, --version.
// Exit status: 0 ran, 2 bad usage / unreadable input / internal error. Never a stack trace.
import { version } from '../../../package.json';
import { claimsCommand, type CliIO } from './claims';
import { scanCommand, SCAN_USAGE, UsageError } from './scan';

export const USAGE = `Usage: factcheck <command> [options]

Commands:
  scan [--format text|json|sarif] PATH...   check .txt/.md files and folders for sourcing problems
  claims ...                                 work with marked claims (see: factcheck claims --help)

Options:
  -h, --help      show this help (or: factcheck scan --help)
  -v, --version   print the version
`;

export async function run(argv: string[], io: CliIO): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    if (cmd === undefined) {
      io.stderr(USAGE);
      return 2;
    }
    if (cmd === '-h' || cmd === '--help' || cmd === 'help') {
      io.stdout(rest[0] === 'scan' ? SCAN_USAGE : USAGE);
      return 0;
    }
    if (cmd === '-v' || cmd === '--version') {
      io.stdout(`factcheck ${version}\n`);
      return 0;
    }
    if (cmd === 'scan') return await scanCommand(rest, io, version);
    if (cmd === 'claims') return await claimsCommand(rest, io);
    io.stderr(`factcheck: unknown command "${cmd}" (try factcheck --help)\n`);
    return 2;
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`factcheck ${cmd}: ${e.message} (try factcheck ${cmd} --help)\n`);
      return 2;
    }
    io.stderr(`factcheck: internal error: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}\n`);
    return 2;
  }
}
