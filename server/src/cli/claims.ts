// `factcheck claims ...` subcommands (export of marked claims). (placeholder)
export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

/** Runs `factcheck claims <argv...>`; returns the exit code. */
export async function claimsCommand(argv: string[], io: CliIO): Promise<number> {
  io.stderr(`factcheck claims: not implemented yet (${argv.join(' ')})\n`);
  return 2;
}
