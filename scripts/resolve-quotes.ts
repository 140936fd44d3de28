// Curator tool: `tsx scripts/resolve-quotes.ts data/file.ttl ...` rewrites each `{{quote}}` in a
// data file into the IRI of its source passage (passage:START-END) and appends the passage's
// Turtle block (TextQuoteSelector + TextPositionSelector) at the end of the file, once per
// passage, ordered by offset. Quotes are matched as src/domain/passage.ts locatePassage does
// (whitespace and quote marks forgiven); a quote that is absent or ambiguous stops the rewrite
// with the file untouched.
import { readFileSync, writeFileSync } from 'node:fs';
import { SOURCE_TEXT_FILE } from '../src/config.js';
import { locatePassage, passageAt, passageTurtle, type PassageLocation } from '../src/domain/passage.js';

const MARKER = '# --- source passages (written by scripts/resolve-quotes.ts) ---';
const text = readFileSync(SOURCE_TEXT_FILE, 'utf8');

for (const file of process.argv.slice(2)) {
  const original = readFileSync(file, 'utf8');
  const markerAt = original.indexOf(MARKER);
  const body = markerAt >= 0 ? original.slice(0, markerAt).trimEnd() : original.trimEnd();
  const problems: string[] = [];
  const resolved = body.replace(/\{\{([\s\S]+?)\}\}/g, (whole, quote: string) => {
    try {
      const location = locatePassage(text, quote);
      return `passage:${location.start}-${location.end}`;
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
      return whole;
    }
  });
  if (problems.length > 0) {
    console.error(`${file}: not rewritten\n  ${problems.join('\n  ')}`);
    process.exitCode = 1;
    continue;
  }
  const used = new Map<string, PassageLocation>();
  for (const match of resolved.matchAll(/passage:(\d+)-(\d+)/g)) {
    const start = Number(match[1]);
    const end = Number(match[2]);
    used.set(`${start}-${end}`, passageAt(text, start, end));
  }
  const blocks = [...used.values()]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((location) => passageTurtle(location));
  const passages = blocks.length > 0 ? `\n\n${MARKER}\n\n${blocks.join('\n\n')}` : '';
  writeFileSync(file, `${resolved}${passages}\n`);
  console.log(`${file}: ${used.size} passages`);
}
