// Parsing Turtle files with N3.js into quads, with errors that name the file and line.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Parser, type Quad } from 'n3';
import { PROJECT_ROOT } from '../config.js';

/** A Turtle syntax error, located: `file:line: message`. */
export class TurtleSyntaxError extends Error {
  override readonly name = 'TurtleSyntaxError';
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly detail: string,
  ) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${detail}`);
  }
}

/** Parses Turtle text; `file` is used only in error messages. Cost: linear, synchronous. */
export function parseTurtle(text: string, file: string, baseIRI?: string): Quad[] {
  try {
    return new Parser({ format: 'text/turtle', baseIRI }).parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const context = (error as { context?: { line?: number } }).context;
    const line = context?.line ?? Number(/on line (\d+)/.exec(message)?.[1] ?? Number.NaN);
    throw new TurtleSyntaxError(file, Number.isNaN(line) ? undefined : line, message);
  }
}

/** Reads and parses one Turtle file; errors name it relative to the project root. */
export function parseTurtleFile(file: string): Quad[] {
  return parseTurtle(readFileSync(file, 'utf8'), path.relative(PROJECT_ROOT, file) || file);
}
