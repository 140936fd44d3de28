// engagements.csv: one row per engagement with the UN (rep:UNEngagement) — the conduct a
// reprisal punished. Its types (up to two) are in engagement_types.csv; who engaged and with
// which UN entity, meeting or training (several) in engagement_parties.csv.
import { NS, REP } from '../../../vocab.js';
import { slugOf, type GraphView } from '../graph-view.js';
import { sortRows, type Table, type TableSpec } from '../table.js';
import { conceptField, dateCells, dateFields, idField, iriField, labelField, SCHEME } from './common-fields.js';

export const ENGAGEMENTS: TableSpec = {
  name: 'engagements',
  title: 'Engagements with the UN',
  description: 'Cooperation, or attempts at it, with the UN human-rights system that reprisals punished or prevented.',
  rowClass: REP.UNEngagement,
  primaryKey: ['engagement_id'],
  fields: [
    idField('engagement_id', 'engagement'),
    iriField('iri', 'IRI of the engagement (https://w3id.org/hrd-reprisals/id/engagement/{engagement_id}).', true),
    labelField(),
    { ...conceptField('engagement_status', NS.rep('engagementStatus'), SCHEME.status), conceptValues: 'used' },
    ...dateFields(),
    { name: 'place_iri', type: 'string', format: 'uri', property: NS.rep('place'), description: 'As places.iri.' },
    conceptField('certainty', NS.rep('certainty'), SCHEME.certainty, 'Empty means stated as fact.'),
    { name: 'note', type: 'string', property: NS.rep('note'), description: '' },
  ],
  foreignKeys: [{ fields: 'place_iri', reference: { resource: 'places', fields: 'iri' } }],
};

export function engagementsTable(view: GraphView): Table {
  const rows = view.subjectsOfType(REP.UNEngagement).map((iri) => ({
    engagement_id: slugOf(iri),
    iri,
    label: view.label(iri),
    engagement_status: slugOf(view.one(iri, NS.rep('engagementStatus'))),
    ...dateCells(view, iri),
    place_iri: view.one(iri, NS.rep('place')),
    certainty: slugOf(view.one(iri, NS.rep('certainty'))),
    note: view.one(iri, NS.rep('note')),
  }));
  return { spec: ENGAGEMENTS, rows: sortRows(rows, ENGAGEMENTS.primaryKey) };
}
