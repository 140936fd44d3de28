// Reading and writing the tab-separated review tables. Fields never contain tabs or newlines,
// and quotes are literal (a note may say ("Hooligan Sparrow")), so quoting is off both ways.
import { parse } from 'csv-parse/sync';

/** One data row keyed by header, with its RFC 7111 row number (the header is row 1). */
export interface TsvRow {
  readonly row: number;
  readonly cells: Readonly<Record<string, string>>;
}

export class TsvFormatError extends Error {
  override readonly name = 'TsvFormatError';
}

/** Parses TSV text whose first line is the header; `required` columns must be present. */
export function parseTsv(text: string, file: string, required: readonly string[]): TsvRow[] {
  const records = parse(text, { delimiter: '\t', quote: null, relax_column_count: false, skip_empty_lines: true }) as string[][];
  const [header, ...body] = records;
  if (!header) throw new TsvFormatError(`${file}: empty table (a header line is required)`);
  const missing = required.filter((column) => !header.includes(column));
  if (missing.length > 0) throw new TsvFormatError(`${file}: missing column(s) ${missing.join(', ')}`);
  return body.map((cells, index) => ({
    row: index + 2,
    cells: Object.fromEntries(header.map((name, i) => [name, (cells[i] ?? '').trim()])),
  }));
}

/** Serialises rows under `columns` as TSV (header first, LF line ends). */
export function stringifyTsv(columns: readonly string[], rows: readonly Record<string, string>[]): string {
  for (const row of rows) {
    for (const column of columns) {
      if (/[\t\r\n]/u.test(row[column] ?? '')) throw new TsvFormatError(`a ${column} value holds a tab or a line break`);
    }
  }
  const lines = [columns.join('\t'), ...rows.map((row) => columns.map((c) => row[c] ?? '').join('\t'))];
  return `${lines.join('\n')}\n`;
}
