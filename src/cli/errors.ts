// Errors the CLI reports, and the one mapping from any error to a message and an exit code.
// Exit codes: 0 success; 1 the data is invalid (violations, Turtle syntax error); 2 the command
// was used wrongly (unknown option, missing file, malformed query, quote not found);
// 70 an internal error (EX_SOFTWARE, sysexits.h). No stack trace is ever printed.
import { PassageNotFoundError } from '../domain/passage.js';
import { TurtleSyntaxError } from '../store/parse-turtle.js';

export const EXIT = { ok: 0, invalid: 1, usage: 2, internal: 70 } as const;

/** A mistake in how the command was called: options, arguments. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A file named on the command line that does not exist or cannot be read. */
export class InputFileError extends Error {
  override readonly name = 'InputFileError';
}

/** A SPARQL query the parser rejects; the message carries `source:line:column`. */
export class QuerySyntaxError extends Error {
  override readonly name = 'QuerySyntaxError';
  constructor(
    readonly source: string,
    readonly line: number,
    readonly column: number,
    readonly detail: string,
  ) {
    super(`${source}:${line}:${column}: SPARQL syntax error: ${detail}`);
  }
}

/** What to print (on stderr) and which exit code to return for an error thrown by a command. */
export function describeError(error: unknown): { message: string; exitCode: number } {
  if (error instanceof TurtleSyntaxError) {
    return { message: `Turtle syntax error: ${error.message}`, exitCode: EXIT.invalid };
  }
  if (
    error instanceof UsageError ||
    error instanceof InputFileError ||
    error instanceof QuerySyntaxError ||
    error instanceof PassageNotFoundError
  ) {
    return { message: error.message, exitCode: EXIT.usage };
  }
  if (isParseArgsError(error)) {
    return { message: `${error.message} (see kg --help)`, exitCode: EXIT.usage };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { message: `internal error: ${message}`, exitCode: EXIT.internal };
}

/** node:util parseArgs throws TypeErrors with codes ERR_PARSE_ARGS_*. */
function isParseArgsError(error: unknown): error is Error {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}
