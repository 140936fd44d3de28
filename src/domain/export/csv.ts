// Rows to CSV text: UTF-8, RFC 4180 (CRLF record ends, fields quoted only when they hold a comma,
// a double quote or a line break, quotes doubled), a header row, no BOM. These are the Table
// Schema / CSV Dialect defaults, so datapackage.json needs no dialect. Booleans are written
// `true`/`false` and a missing value as an empty field (Table Schema's default missingValues).
import { stringify } from 'csv-stringify/sync';
import type { Table } from './table.js';

export function tableToCsv(table: Table): string {
  const columns = table.spec.fields.map((f) => f.name);
  return stringify(
    table.rows.map((row) => columns.map((c) => row[c])),
    {
      header: true,
      columns,
      record_delimiter: '\r\n',
      // csv-stringify quotes the record delimiter (CRLF) but not a lone LF or CR inside a field;
      // RFC 4180 §2.6 wants every line break quoted, so force it.
      quoted_match: /[\r\n]/u,
      cast: { boolean: (value) => (value ? 'true' : 'false'), number: (value) => String(value) },
    },
  );
}
