// Reading the crosswalk back from the graph: the other records of an entity's case (its
// rep:caseRecord link nodes, data/links/case-records.ttl) as plain values, for the entity page,
// reconciliation data extension, the release table and the ISHR export. Index lookups only (a
// handful per record). Sorted: ISHR case entries first (by code), then by publisher and URL.
import { DataFactory } from 'n3';
import type { QuadIndex } from '../../store/graph-store.js';
import { NS } from '../../vocab.js';

const { namedNode } = DataFactory;

export interface CaseRecordValue {
  /** The link node's IRI. */
  readonly node: string;
  readonly url?: string;
  readonly publisher?: string;
  readonly kind?: string;
  readonly title?: string;
  readonly language?: string;
  readonly ishrCode?: string;
  readonly reportYear?: string;
  /** The graph's reprisals report the ISHR entry belongs to. */
  readonly report?: string;
  /** For a reprisals report: its UN document symbol. */
  readonly symbol?: string;
  readonly paragraphs?: string;
  /** data/links/crosswalk/….tsv#row=N */
  readonly checkedSource?: string;
}

export function caseRecordsOf(store: QuadIndex, iri: string): CaseRecordValue[] {
  const one = (node: string, p: string) => store.getObjects(namedNode(node), namedNode(p), null)[0]?.value;
  const records = store.getObjects(namedNode(iri), namedNode(NS.rep('caseRecord')), null).map((t) => {
    const node = t.value;
    const fields: Record<string, string | undefined> = {
      url: one(node, NS.rep('recordUrl')),
      publisher: one(node, NS.rep('recordPublisher')),
      kind: one(node, NS.rep('recordKind')),
      title: one(node, NS.dcterms('title')),
      language: one(node, NS.dcterms('language')),
      ishrCode: one(node, NS.rep('ishrCode')),
      reportYear: one(node, NS.rep('sgReportYear')),
      report: one(node, NS.rep('inSgReport')),
      symbol: one(node, NS.rep('documentSymbol')),
      paragraphs: one(node, NS.rep('paragraphsCited')),
      checkedSource: one(node, NS.rep('checkedSource')),
    };
    return { node, ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) } as CaseRecordValue;
  });
  const rank = (r: CaseRecordValue) => (r.ishrCode ? 0 : r.publisher === 'ISHR' ? 1 : 2);
  return records.sort((a, b) => rank(a) - rank(b) || (a.ishrCode ?? '').localeCompare(b.ishrCode ?? '') || (a.publisher ?? '').localeCompare(b.publisher ?? '') || (a.url ?? a.node).localeCompare(b.url ?? b.node));
}
