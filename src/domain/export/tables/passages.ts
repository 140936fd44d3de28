// passages.csv: every passage of the report a fact is taken from (rep:SourcePassage), with its
// exact words and its offsets — 0-based, end exclusive, in Unicode code points of the report's
// text as bundled in the release (source/…txt), so `[...text].slice(start, end).join('')`
// (Python: text[start:end]) gives `exact` back.
import type { Term } from 'n3';
import { OA, REP } from '../../../vocab.js';
import { MultiValuedCellError, slugOf, type GraphView } from '../graph-view.js';
import { sortRows, type Table, type TableSpec } from '../table.js';
import { integerCell, iriField } from './common-fields.js';

export const PASSAGES: TableSpec = {
  name: 'passages',
  title: 'Source passages',
  description: "The exact passages of the CHRD report that the graph's facts are taken from.",
  rowClass: REP.SourcePassage,
  primaryKey: ['passage_id'],
  fields: [
    { name: 'passage_id', type: 'string', required: true, description: 'Id of the passage: `{start}-{end}`, the last segment of its IRI.' },
    iriField('iri', 'IRI of the passage (https://w3id.org/hrd-reprisals/id/passage/{passage_id}).', true),
    { name: 'start', type: 'integer', required: true, property: OA.start, description: 'Offset of the first code point (0-based).' },
    { name: 'end', type: 'integer', required: true, property: OA.end, description: 'Offset after the last code point.' },
    { name: 'exact', type: 'string', required: true, property: OA.exact, description: 'The exact words of the report.' },
    { name: 'prefix', type: 'string', property: OA.prefix, description: 'The text just before, to locate the quote.' },
    { name: 'suffix', type: 'string', property: OA.suffix, description: 'The text just after.' },
  ],
};

export function passagesTable(view: GraphView): Table {
  const rows = view.subjectsOfType(REP.SourcePassage).map((iri) => {
    // Selectors are hash IRIs in the data, blank nodes in some fixtures: kept as terms.
    const selectors = view.objects(iri, OA.hasSelector);
    const quote = only(iri, selectors.filter((s) => view.hasType(s, OA.TextQuoteSelector)));
    const position = only(iri, selectors.filter((s) => view.hasType(s, OA.TextPositionSelector)));
    return {
      passage_id: slugOf(iri),
      iri,
      start: integerCell(position && view.one(position, OA.start)),
      end: integerCell(position && view.one(position, OA.end)),
      exact: quote && view.one(quote, OA.exact),
      prefix: quote && view.one(quote, OA.prefix),
      suffix: quote && view.one(quote, OA.suffix),
    };
  });
  return { spec: PASSAGES, rows: sortRows(rows, ['start', 'end']) };
}

function only(subject: string, selectors: Term[]): Term | undefined {
  if (selectors.length > 1) throw new MultiValuedCellError(subject, OA.hasSelector, selectors.map((s) => s.value));
  return selectors[0];
}
