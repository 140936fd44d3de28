// `kg cite "<exact quote>"`: prints the Turtle block of a source passage for a curator to paste
// next to the facts it supports. Fails (exit 2) when the quote is not verbatim or not unique.
import { readFileSync } from 'node:fs';
import { SOURCE_TEXT_FILE } from '../config.js';
import { locatePassage, passageTurtle } from '../domain/passage.js';

export function cite(quotes: readonly string[]): string {
  const text = readFileSync(SOURCE_TEXT_FILE, 'utf8');
  return quotes.map((quote) => passageTurtle(locatePassage(text, quote))).join('\n\n');
}
