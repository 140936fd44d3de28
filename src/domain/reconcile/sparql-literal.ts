// A client's text inside a SPARQL query, as a string literal (SPARQL 1.1 §19.8, rule 156
// STRING_LITERAL2 with ECHAR, rule 160): the only way client text enters the queries the
// service builds past ENTITY_GRAPH_MAX_TRIPLES (candidate-query.ts). Every character that could
// end the literal or start an escape is escaped (`"` and `\`), and so are the line breaks the
// grammar forbids raw (LF, CR) and the other ECHAR characters (tab, backspace, form feed); any
// other character, braces, `#`, `'` and CJK included, is inert between the quotes. Characters
// no store can take in a query (other C0 controls, unpaired surrogates) are dropped: they can
// never be part of a name.

const ECHAR: Readonly<Record<string, string>> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

/** `"…"` holding exactly `text` (less C0 controls other than the ECHAR ones, and lone surrogates). */
export function sparqlString(text: string): string {
  // With the u flag a surrogate pair is one code point, so [\uD800-\uDFFF] matches only an unpaired half.
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u0007\u000B\u000E-\u001F\u007F]|[\uD800-\uDFFF]/gu, '');
  return `"${clean.replace(/["\\\n\r\t\b\f]/gu, (c) => ECHAR[c] ?? c)}"`;
}
