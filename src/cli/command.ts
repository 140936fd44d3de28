// The contract of a CLI command: arguments in, text for stdout and an exit code out. Commands
// throw typed errors (src/cli/errors.ts) for everything else; main.ts prints them.

export interface CommandResult {
  /** Written to stdout, followed by a newline when non-empty. */
  readonly output: string;
  readonly exitCode: number;
}

export type Command = (args: string[]) => Promise<CommandResult>;
