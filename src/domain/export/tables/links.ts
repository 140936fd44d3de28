// links.csv: one row per reviewed link from an entity of the graph to a Wikidata item or an
// English Wikipedia article (the qualified link nodes of data/links/, each with its provenance:
// confidence, how and where it was checked — a row of the review records the release ships under
// links/ — who reviewed it and when). Empty (header only) while
// data/links/ holds no links; rows appear as the Wikidata-linking curators add them.
import { NS, RDF_TYPE } from '../../../vocab.js';
import { kindOf, slugOf, type GraphView } from '../graph-view.js';
import { releaseCitation } from '../release-link-records.js';
import { sortRows, type Table, type TableSpec } from '../table.js';
import { booleanCell } from './common-fields.js';

const P = (local: string) => NS.rep(local);
const WIKIDATA = NS.wd.iri;
const KIND: Readonly<Record<string, string>> = {
  [P('WikidataLink')]: 'wikidata-item',
  [P('WikipediaArticleLink')]: 'wikipedia-article',
};

export const LINKS: TableSpec = {
  name: 'links',
  title: 'Links to Wikidata and Wikipedia',
  description: 'Reviewed links from entities and concepts of the graph to Wikidata items and English Wikipedia articles, with their provenance.',
  rowClass: P('ExternalLink'),
  primaryKey: ['link_iri'],
  fields: [
    { name: 'link_iri', type: 'string', format: 'uri', required: true, description: 'IRI of the qualified link node (id/link/{wikidata|enwiki}/{kind}/{slug}).' },
    { name: 'link_kind', type: 'string', required: true, enum: ['wikidata-item', 'wikipedia-article', 'other'], description: 'What the target is.' },
    { name: 'subject_iri', type: 'string', format: 'uri', required: true, property: P('linkSubject'), description: '' },
    { name: 'subject_kind', type: 'string', required: true, description: "The kind segment of the subject's IRI (person, place, un, ...; vocabulary for a concept)." },
    { name: 'subject_id', type: 'string', required: true, description: "The subject's id in its table (last segment of its IRI)." },
    { name: 'property_iri', type: 'string', format: 'uri', required: true, property: P('linkProperty'), description: 'schema:sameAs for entities, skos:exactMatch for concepts.' },
    { name: 'target_iri', type: 'string', format: 'uri', required: true, property: P('linkTarget'), description: '' },
    { name: 'wikidata_id', type: 'string', description: 'The Q-id when the target is a Wikidata item.' },
    { name: 'target_label', type: 'string', property: P('targetLabel'), description: '' },
    { name: 'confidence', type: 'string', property: P('confidence'), description: '' },
    { name: 'checked_how', type: 'string', property: P('checkedHow'), description: '' },
    {
      name: 'checked_source',
      type: 'string',
      property: P('checkedSource'),
      description: 'The row of the review record the link was checked against, as a path of this release (links/…; the graph cites the same file under data/links/) with an RFC 7111 row fragment: #row=N, the header is row 1.',
    },
    { name: 'reviewed_by', type: 'string', property: P('reviewedBy'), description: '' },
    { name: 'reviewed_on', type: 'date', property: P('reviewedOn'), description: '' },
    { name: 'awaiting_wikidata_item', type: 'boolean', property: P('awaitingWikidataItem'), description: '' },
    { name: 'match_reason', type: 'string', property: P('matchReason'), description: '' },
    { name: 'accept_reason', type: 'string', property: P('acceptReason'), description: '' },
    { name: 'note', type: 'string', property: P('note'), description: '' },
    { name: 'linkset_iri', type: 'string', format: 'uri', property: NS.void('inDataset'), description: 'The VoID linkset the direct link triple belongs to.' },
  ],
};

export function linksTable(view: GraphView): Table {
  const rows = linkNodes(view).map((iri) => {
    const subject = view.one(iri, P('linkSubject')) ?? '';
    const target = view.one(iri, P('linkTarget'));
    const kind = view.values(iri, RDF_TYPE).map((t) => KIND[t]).find((k) => k !== undefined) ?? 'other';
    return {
      link_iri: iri,
      link_kind: kind,
      subject_iri: subject,
      subject_kind: kindOf(subject),
      subject_id: slugOf(subject),
      property_iri: view.one(iri, P('linkProperty')),
      target_iri: target,
      wikidata_id: target?.startsWith(WIKIDATA) ? target.slice(WIKIDATA.length) : undefined,
      target_label: view.one(iri, P('targetLabel')),
      confidence: view.one(iri, P('confidence')),
      checked_how: view.one(iri, P('checkedHow')),
      checked_source: releaseCitation(view.one(iri, P('checkedSource'))),
      reviewed_by: view.one(iri, P('reviewedBy')),
      reviewed_on: view.one(iri, P('reviewedOn')),
      awaiting_wikidata_item: booleanCell(view.one(iri, P('awaitingWikidataItem'))),
      match_reason: view.one(iri, P('matchReason')),
      accept_reason: view.one(iri, P('acceptReason')),
      note: view.one(iri, P('note')),
      linkset_iri: view.one(iri, NS.void('inDataset')),
    };
  });
  return { spec: LINKS, rows: sortRows(rows, LINKS.primaryKey) };
}

/** Every subject that has a rep:linkSubject, sorted by IRI. */
function linkNodes(view: GraphView): string[] {
  return [...new Set(view.store.getSubjects(P('linkSubject'), null, null).map((t) => t.value))].sort();
}
