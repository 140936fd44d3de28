// Comparing query results with a W3C test's expected results: SELECT/ASK as SPARQL results
// (SRX or SRJ), CONSTRUCT/DESCRIBE as graphs. Solutions are compared as multisets (order is not
// checked — a stated limitation: ORDER BY correctness is only tested where a test is ordered
// by construction); blank nodes match under a consistent one-to-one renaming (small backtracking
// search, fine for test-sized results).
import type { JsonResults, JsonTerm } from '../../src/engine/results-serializer.js';

export type Row = ReadonlyMap<string, string>;

const XSD = 'http://www.w3.org/2001/XMLSchema#';

const NUMERIC = new Set(['double', 'float', 'decimal'].map((t) => XSD + t));

/**
 * A term as a comparable string; blank nodes as `_:label`. xsd:double/float/decimal literals are
 * compared by value ("3.21E4" = "32100"), as the suite's results are not in canonical form.
 */
export function termKey(term: JsonTerm): string {
  if (term.type === 'literal' && term.datatype && NUMERIC.has(term.datatype) && !Number.isNaN(Number(term.value))) {
    return `"${Number(term.value)}"^^<${term.datatype}>`;
  }
  if (term.type === 'uri') return `<${term.value}>`;
  if (term.type === 'bnode') return `_:${term.value}`;
  if (term['xml:lang']) return `"${term.value}"@${term['xml:lang'].toLowerCase()}`;
  const dt = term.datatype && term.datatype !== `${XSD}string` ? term.datatype : undefined;
  return dt ? `"${term.value}"^^<${dt}>` : `"${term.value}"`;
}

export function rowsOf(results: JsonResults): Row[] {
  return (results.results?.bindings ?? []).map(
    (binding) => new Map(Object.entries(binding).map(([name, term]) => [name, termKey(term)])),
  );
}

/** Parses SPARQL Query Results XML (the subset the test suite uses). */
export function parseSrx(xml: string): JsonResults {
  const unescape = (s: string) =>
    s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'")
      .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
      .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
      .replace(/&amp;/g, '&');
  const booleanMatch = /<boolean>\s*(true|false)\s*<\/boolean>/.exec(xml);
  if (booleanMatch) return { head: {}, boolean: booleanMatch[1] === 'true' };
  const vars = [...xml.matchAll(/<variable\s+name=["']([^"']+)["']/g)].map((m) => m[1]!);
  const bindings = [...xml.matchAll(/<result>([\s\S]*?)<\/result>|<result\s*\/>/g)].map((m) => {
    const row: Record<string, JsonTerm> = {};
    for (const b of (m[1] ?? '').matchAll(/<binding\s+name=["']([^"']+)["']\s*>([\s\S]*?)<\/binding>/g)) {
      const inner = b[2]!.trim();
      let term: JsonTerm;
      const uri = /^<uri>([\s\S]*)<\/uri>$/.exec(inner);
      const bnode = /^<bnode>([\s\S]*)<\/bnode>$/.exec(inner);
      const literal = /^<literal([^>]*?)(?:\/>|>([\s\S]*)<\/literal>)$/.exec(inner);
      if (uri) term = { type: 'uri', value: unescape(uri[1]!) };
      else if (bnode) term = { type: 'bnode', value: bnode[1]! };
      else if (literal) {
        const attrs = literal[1]!;
        const lang = /xml:lang=["']([^"']*)["']/.exec(attrs)?.[1];
        const datatype = /datatype=["']([^"']*)["']/.exec(attrs)?.[1];
        term = { type: 'literal', value: unescape(literal[2] ?? ''), ...(lang ? { 'xml:lang': lang } : {}), ...(datatype ? { datatype: unescape(datatype) } : {}) };
      } else throw new Error(`Unrecognised SRX binding: ${inner}`);
      row[b[1]!] = term;
    }
    return row;
  });
  return { head: { vars }, results: { bindings } };
}

const isBlank = (key: string) => key.startsWith('_:');

/** True when the two row multisets are equal up to a bijective renaming of blank nodes. */
export function sameRows(expected: readonly Row[], actual: readonly Row[]): boolean {
  if (expected.length !== actual.length) return false;
  const signature = (row: Row) =>
    [...row].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k}=${isBlank(v) ? '_' : v}`).join(' ');
  const bySig = (rows: readonly Row[]) => rows.map(signature).sort().join('\n');
  if (bySig(expected) !== bySig(actual)) return false;
  const hasBlank = expected.some((row) => [...row.values()].some(isBlank));
  if (!hasBlank) return true;
  const used = new Array<boolean>(actual.length).fill(false);
  let budget = 200_000;
  const match = (i: number, map: Map<string, string>, back: Map<string, string>): boolean => {
    if (i === expected.length) return true;
    if (--budget < 0) return false;
    const want = expected[i]!;
    for (let j = 0; j < actual.length; j++) {
      if (used[j]) continue;
      const got = actual[j]!;
      if (got.size !== want.size) continue;
      const m = new Map(map);
      const b = new Map(back);
      let ok = true;
      for (const [name, value] of want) {
        const other = got.get(name);
        if (other === undefined) { ok = false; break; }
        if (isBlank(value) !== isBlank(other)) { ok = false; break; }
        if (!isBlank(value)) { if (value !== other) { ok = false; break; } continue; }
        if ((m.has(value) && m.get(value) !== other) || (b.has(other) && b.get(other) !== value)) { ok = false; break; }
        m.set(value, other);
        b.set(other, value);
      }
      if (!ok) continue;
      used[j] = true;
      if (match(i + 1, m, b)) return true;
      used[j] = false;
    }
    return false;
  };
  return match(0, new Map(), new Map());
}
