// The report's text in the release. The text the passages' offsets count in (data/source/…txt,
// shipped unchanged as source/…txt) is the report's web page as captured: its first lines repeat
// the page title and carry the blog's "Comments Off on …" line, and its last line is the page's
// "Back to Top" link — page residue, not the report's words (shared/source/README.md says so of
// the "Comments Off" line). Trimming that file would shift every offset, so the release keeps it
// and adds a clean reading text without the residue, and the metadata says which lines are residue.
// Residue is found by its shape, never by line number: a leading block that ends with a
// "Comments Off on " line within the first lines, and a trailing "Back to Top" line.

/** One line of page residue: 1-based line number and its code-point span (end exclusive, with its line break). */
export interface ResidueLine {
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** How far into the text the "Comments Off on" line may be for the block above it to count as page header. */
const HEADER_SEARCH_LINES = 6;
const COMMENTS_OFF = /^Comments Off on /u;
const BACK_TO_TOP = /^\s*Back to Top\s*$/u;

interface Line {
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The lines of `text` (LF-separated) with their code-point spans; a span includes its LF. */
function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  text.split('\n').forEach((line, i, all) => {
    const end = start + [...line].length + (i < all.length - 1 ? 1 : 0);
    out.push({ line: i + 1, start, end, text: line });
    start = end;
  });
  if (out.length > 0 && out[out.length - 1]!.text === '') out.pop();
  return out;
}

/** The lines of page residue in the captured text, in order. Empty when none is found. */
export function sourceResidue(text: string): ResidueLine[] {
  const all = lines(text);
  const residue: Line[] = [];
  const header = all.slice(0, HEADER_SEARCH_LINES).findIndex((l) => COMMENTS_OFF.test(l.text));
  if (header >= 0) residue.push(...all.slice(0, header + 1));
  let last = all.length - 1;
  while (last > header && all[last]!.text.trim() === '') last -= 1;
  if (last > header && BACK_TO_TOP.test(all[last]!.text)) residue.push(...all.slice(last));
  return residue.map(({ line, start, end, text: t }) => ({ line, start, end, text: t }));
}

/** The text without the residue lines and the blank lines next to them; LF line ends, one final LF. */
export function cleanSourceText(text: string): string {
  const drop = new Set(sourceResidue(text).map((r) => r.line));
  const kept = lines(text).filter((l) => !drop.has(l.line)).map((l) => l.text);
  return `${kept.join('\n').trim()}\n`;
}

/** A sentence for the metadata: which lines of the captured text are residue, with their spans. */
export function residueNote(text: string): string {
  const residue = sourceResidue(text).filter((r) => r.text.trim() !== '');
  if (residue.length === 0) return 'The text holds no page residue.';
  const spans = residue.map((r) => `line ${r.line} (code points ${r.start}–${r.end})`).join(', ');
  return `Page residue, not the report's words: ${spans} — the page title, the blog's "Comments Off on …" line and the "Back to Top" link. No passage falls in them.`;
}
