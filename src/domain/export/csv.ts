// Rows to CSV text: UTF-8, RFC 4180 (CRLF record ends, fields quoted only when they hold a comma,
// a double quote or a line break, quotes doubled), a header row, no BOM. These are the CSV Dialect
// defaults, but datapackage.json declares them anyway (CSV_DIALECT on every CSV resource): readers
// that sniff a missing dialect (the Frictionless JS `tableschema`) guess wrong on tables whose
// first lines hold more of another character than commas. Booleans are written `true`/`false`
// and a missing value as an empty field (Table Schema's default missingValues).
import { stringify } from 'csv-stringify/sync';
import type { Table } from './table.js';

/** The CSV Dialect (https://specs.frictionlessdata.io/csv-dialect/) tableToCsv writes. */
export const CSV_DIALECT = {
  delimiter: ',',
  quoteChar: '"',
  doubleQuote: true,
  lineTerminator: '\r\n',
  skipInitialSpace: false,
  header: true,
} as const;

export function tableToCsv(table: Table): string {
  const columns = table.spec.fields.map((f) => f.name);
  return stringify(
    table.rows.map((row) => columns.map((c) => row[c])),
    {
      header: true,
      columns,
      delimiter: CSV_DIALECT.delimiter,
      quote: CSV_DIALECT.quoteChar,
      record_delimiter: CSV_DIALECT.lineTerminator,
      // csv-stringify quotes the record delimiter (CRLF) but not a lone LF or CR inside a field;
      // RFC 4180 §2.6 wants every line break quoted, so force it. A field that begins or ends
      // with whitespace (passages.prefix/suffix) is quoted too: readers that trim unquoted fields
      // (tableschema's parser left-trims every field) keep the spaces of a quoted one.
      quoted_match: /[\r\n]|^\s|\s$/u,
      cast: { boolean: (value) => (value ? 'true' : 'false'), number: (value) => String(value) },
    },
  );
}
