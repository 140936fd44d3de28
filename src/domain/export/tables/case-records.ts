// case_records.csv: one row per crosswalk link (data/links/case-records.ttl): a person's other
// record of the case — an ISHR End Reprisals entry with its code and the Secretary-General's
// report year, a CHRD or Front Line Defenders case page, a UN special procedures letter — or a
// reprisals report's UN document symbol; each with the crosswalk table row it was checked in.
import { NS } from '../../../vocab.js';
import { kindOf, slugOf, type GraphView } from '../graph-view.js';
import { sortRows, type Table, type TableSpec } from '../table.js';

const P = (local: string) => NS.rep(local);

export const CASE_RECORDS: TableSpec = {
  name: 'case_records',
  title: 'Other records of the same cases',
  description: "Links from persons of the graph to the UN's and the NGOs' own records of the same case (ISHR End Reprisals entries with their case code and report year, CHRD and Front Line Defenders case pages, a UN special procedures letter), and the UN document symbols of the Secretary-General's reprisals reports. Every URL comes from a checked crosswalk table (data/links/crosswalk/, copies of shared/crosswalk/) through a hand-reviewed mapping; pointers, not sources of the graph's statements.",
  rowClass: P('CrosswalkLink'),
  primaryKey: ['record_iri'],
  fields: [
    { name: 'record_iri', type: 'string', format: 'uri', required: true, description: 'IRI of the link node (id/link/case-record/… or id/link/document-symbol/…).' },
    { name: 'record_type', type: 'string', required: true, enum: ['case-record', 'document-symbol'], description: 'A case record of a person, or the document symbol of a report.' },
    { name: 'subject_iri', type: 'string', format: 'uri', required: true, property: P('recordOf'), description: 'The person (or report) of the graph.' },
    { name: 'subject_kind', type: 'string', required: true, description: "The kind segment of the subject's IRI (person, document)." },
    { name: 'subject_id', type: 'string', required: true, description: "The subject's id in its table (last segment of its IRI)." },
    { name: 'url', type: 'string', format: 'uri', property: P('recordUrl'), description: 'The address of the record, exactly as the checked table holds it.' },
    { name: 'publisher', type: 'string', property: P('recordPublisher'), description: '' },
    { name: 'record_kind', type: 'string', property: P('recordKind'), description: '' },
    { name: 'title', type: 'string', property: NS.dcterms('title'), description: 'The title as the record page shows it (ISHR entries).' },
    { name: 'language', type: 'string', property: NS.dcterms('language'), description: 'Language of the record page (BCP 47).' },
    { name: 'ishr_code', type: 'string', property: P('ishrCode'), description: '' },
    { name: 'sg_report_year', type: 'year', property: P('sgReportYear'), description: '' },
    { name: 'sg_report_iri', type: 'string', format: 'uri', property: P('inSgReport'), description: '' },
    { name: 'document_symbol', type: 'string', property: P('documentSymbol'), description: '' },
    { name: 'paragraphs_cited', type: 'string', property: P('paragraphsCited'), description: '' },
    { name: 'checked_how', type: 'string', property: P('checkedHow'), description: '' },
    { name: 'checked_source', type: 'string', property: P('checkedSource'), description: '' },
    { name: 'reviewed_by', type: 'string', property: P('reviewedBy'), description: '' },
    { name: 'reviewed_on', type: 'date', property: P('reviewedOn'), description: '' },
    { name: 'note', type: 'string', property: P('note'), description: '' },
  ],
};

export function caseRecordsTable(view: GraphView): Table {
  const nodes = [...new Set(view.store.getSubjects(P('recordOf'), null, null).map((t) => t.value))];
  const rows = nodes.map((iri) => {
    const subject = view.one(iri, P('recordOf')) ?? '';
    return {
      record_iri: iri,
      record_type: view.one(iri, P('documentSymbol')) !== undefined ? 'document-symbol' : 'case-record',
      subject_iri: subject,
      subject_kind: kindOf(subject),
      subject_id: slugOf(subject),
      url: view.one(iri, P('recordUrl')),
      publisher: view.one(iri, P('recordPublisher')),
      record_kind: view.one(iri, P('recordKind')),
      title: view.one(iri, NS.dcterms('title')),
      language: view.one(iri, NS.dcterms('language')),
      ishr_code: view.one(iri, P('ishrCode')),
      sg_report_year: view.one(iri, P('sgReportYear')),
      sg_report_iri: view.one(iri, P('inSgReport')),
      document_symbol: view.one(iri, P('documentSymbol')),
      paragraphs_cited: view.one(iri, P('paragraphsCited')),
      checked_how: view.one(iri, P('checkedHow')),
      checked_source: view.one(iri, P('checkedSource')),
      reviewed_by: view.one(iri, P('reviewedBy')),
      reviewed_on: view.one(iri, P('reviewedOn')),
      note: view.one(iri, P('note')),
    };
  });
  return { spec: CASE_RECORDS, rows: sortRows(rows, CASE_RECORDS.primaryKey) };
}
