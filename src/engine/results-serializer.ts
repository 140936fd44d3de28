// SELECT and ASK results from the SPARQL 1.1 Query Results JSON structure (W3C "SPARQL 1.1 Query
// Results JSON Format" §3) to the other result formats: XML ("SPARQL Query Results XML Format"
// 2nd ed. §2), CSV and TSV ("SPARQL 1.1 Query Results CSV and TSV Formats" §2 and §3).
// Pure string building; cost linear in the result size.

/** One RDF term in the JSON results format (§3.2.2). */
export interface JsonTerm {
  readonly type: 'uri' | 'literal' | 'bnode' | 'typed-literal' | 'triple';
  readonly value: string;
  readonly 'xml:lang'?: string;
  readonly datatype?: string;
}

export type JsonBinding = Readonly<Record<string, JsonTerm>>;

export interface JsonResults {
  readonly head: { readonly vars?: readonly string[]; readonly link?: readonly string[] };
  readonly results?: { readonly bindings: readonly JsonBinding[] };
  readonly boolean?: boolean;
}

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const RDF_LANG_STRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString';

const escapeXml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** Serialises results in one of the four formats; `mediaType` must be one of them. */
export function serializeResults(results: JsonResults, mediaType: string): string {
  switch (mediaType) {
    case 'application/sparql-results+json':
      return JSON.stringify(results);
    case 'application/sparql-results+xml':
      return toXml(results);
    case 'text/csv':
      return toCsv(results);
    case 'text/tab-separated-values':
      return toTsv(results);
    default:
      throw new Error(`No results serialiser for ${mediaType}`);
  }
}

function toXml(results: JsonResults): string {
  const out = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n<head>'];
  for (const v of results.head.vars ?? []) out.push(`<variable name="${escapeXml(v)}"/>`);
  out.push('</head>\n');
  if (results.boolean !== undefined) {
    out.push(`<boolean>${results.boolean}</boolean>\n</sparql>\n`);
    return out.join('');
  }
  out.push('<results>\n');
  for (const row of results.results?.bindings ?? []) {
    out.push('<result>');
    for (const [name, term] of Object.entries(row)) {
      out.push(`<binding name="${escapeXml(name)}">${xmlTerm(term)}</binding>`);
    }
    out.push('</result>\n');
  }
  out.push('</results>\n</sparql>\n');
  return out.join('');
}

function xmlTerm(term: JsonTerm): string {
  switch (term.type) {
    case 'uri':
      return `<uri>${escapeXml(term.value)}</uri>`;
    case 'bnode':
      return `<bnode>${escapeXml(term.value)}</bnode>`;
    default: {
      const lang = term['xml:lang'];
      if (lang) return `<literal xml:lang="${escapeXml(lang)}">${escapeXml(term.value)}</literal>`;
      if (term.datatype) return `<literal datatype="${escapeXml(term.datatype)}">${escapeXml(term.value)}</literal>`;
      return `<literal>${escapeXml(term.value)}</literal>`;
    }
  }
}

/** §2: header of variable names, CRLF line ends, RFC 4180 quoting; terms as plain strings. */
function toCsv(results: JsonResults): string {
  const vars = results.head.vars ?? [];
  const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = [vars.map(quote).join(',')];
  for (const row of results.results?.bindings ?? []) {
    lines.push(vars.map((v) => {
      const term = row[v];
      if (!term) return '';
      return quote(term.type === 'bnode' ? `_:${term.value}` : term.value);
    }).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** §3: header of `?var`, terms in Turtle/SPARQL syntax, LF line ends. */
function toTsv(results: JsonResults): string {
  const vars = results.head.vars ?? [];
  const lines = [vars.map((v) => `?${v}`).join('\t')];
  for (const row of results.results?.bindings ?? []) {
    lines.push(vars.map((v) => (row[v] ? tsvTerm(row[v]) : '')).join('\t'));
  }
  return `${lines.join('\n')}\n`;
}

function tsvTerm(term: JsonTerm): string {
  if (term.type === 'uri') return `<${term.value}>`;
  if (term.type === 'bnode') return `_:${term.value}`;
  const lexical = `"${term.value
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')}"`;
  const lang = term['xml:lang'];
  if (lang) return `${lexical}@${lang}`;
  const dt = term.datatype;
  if (!dt || dt === `${XSD}string` || dt === RDF_LANG_STRING) return lexical;
  if (dt === `${XSD}integer` && /^[+-]?\d+$/.test(term.value)) return term.value;
  return `${lexical}^^<${dt}>`;
}
