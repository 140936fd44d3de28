// Comparing a researcher's cell with a name of the graph, in English or Chinese. Pure and cheap
// (a few string operations per pair); the index is small enough (a few hundred names) to compare
// every name with every query.
//
// normaliseName: Unicode NFKC (full-width forms, compatibility ideographs), case-folded, Latin
// diacritics removed, quotes and punctuation dropped, spaces collapsed, a leading "the" dropped,
// and spaces between Chinese characters removed ("王 宇" = "王宇"). Simplified and traditional
// characters are NOT unified (王峭嶺 is printed so; 王峭岭 is a partial match only).

const HAN = /\p{Script=Han}/u;

export function normaliseName(text: string): string {
  const folded = text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .replace(/['’‘`"“”]/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /u, '');
  return folded.replace(/(\p{Script=Han}) (?=\p{Script=Han})/gu, '$1');
}

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

function tokens(text: string): string[] {
  return text.split(' ').filter((t) => t !== '');
}

function bigrams(text: string): string[] {
  const chars = [...text.replace(/ /gu, '')];
  if (chars.length < 2) return chars;
  return chars.slice(1).map((c, i) => `${chars[i]}${c}`);
}

function dice(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const rest = [...b];
  let shared = 0;
  for (const x of a) {
    const i = rest.indexOf(x);
    if (i >= 0) {
      shared += 1;
      rest.splice(i, 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}

/**
 * Similarity of two normalised names, 0–1; 1 only when they are equal. Chinese names are
 * compared by character bigrams; other names by words (same words in another order: 0.9; the
 * query's words all in the name: by the share of the name they cover), falling back to letter
 * bigrams for misspellings.
 */
export function nameSimilarity(query: string, name: string): number {
  if (query === '' || name === '') return 0;
  if (query === name) return 1;
  if (hasHan(query) || hasHan(name)) return 0.95 * dice(bigrams(query), bigrams(name));
  const q = tokens(query);
  const n = tokens(name);
  const sameWords = q.length === n.length && [...q].sort().join(' ') === [...n].sort().join(' ');
  if (sameWords) return 0.9;
  const covered = q.every((t) => n.includes(t)) ? 0.85 * (q.length / n.length) : 0;
  const words = 0.8 * dice(q, n);
  const letters = 0.75 * dice(bigrams(query), bigrams(name));
  return Math.max(covered, words, letters);
}
