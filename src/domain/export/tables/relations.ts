// relations.csv: one row per qualified relation between persons (rep:PersonalRelation: spouse,
// lawyer of, associate of, relative of), with both ends as IRIs and, for persons, as person ids.
import { NS, REP } from '../../../vocab.js';
import { slugOf, type GraphView } from '../graph-view.js';
import { sortRows, type Table, type TableSpec } from '../table.js';
import { conceptField, idField, iriField, SCHEME } from './common-fields.js';

const P = (local: string) => NS.rep(local);

export const RELATIONS: TableSpec = {
  name: 'relations',
  title: 'Relations between persons',
  description: 'Qualified relations between two agents, each with its source passage (sources.csv).',
  rowClass: REP.PersonalRelation,
  primaryKey: ['relation_id'],
  fields: [
    idField('relation_id', 'relation'),
    iriField('iri', 'IRI of the relation (https://w3id.org/hrd-reprisals/id/relation/{relation_id}).', true),
    { ...conceptField('relation_type', P('relationType'), SCHEME.relationType), required: true },
    { name: 'from_iri', type: 'string', format: 'uri', required: true, property: P('relationFrom'), description: '' },
    { name: 'from_person_id', type: 'string', description: 'from_iri as persons.person_id when it is a person.' },
    { name: 'from_label', type: 'string', description: 'English name of the from side.' },
    { name: 'to_iri', type: 'string', format: 'uri', required: true, property: P('relationTo'), description: '' },
    { name: 'to_person_id', type: 'string', description: 'to_iri as persons.person_id when it is a person.' },
    { name: 'to_label', type: 'string', description: 'English name of the to side.' },
    { name: 'description', type: 'string', property: P('description'), description: '' },
    conceptField('certainty', P('certainty'), SCHEME.certainty, 'Empty means stated as fact.'),
    { name: 'note', type: 'string', property: P('note'), description: '' },
  ],
  foreignKeys: [
    { fields: 'from_person_id', reference: { resource: 'persons', fields: 'person_id' } },
    { fields: 'to_person_id', reference: { resource: 'persons', fields: 'person_id' } },
  ],
};

export function relationsTable(view: GraphView): Table {
  const rows = view.subjectsOfType(REP.PersonalRelation).map((iri) => {
    const from = view.one(iri, P('relationFrom'));
    const to = view.one(iri, P('relationTo'));
    const personId = (x: string | undefined) => (x !== undefined && view.hasType(x, REP.Person) ? slugOf(x) : undefined);
    return {
      relation_id: slugOf(iri),
      iri,
      relation_type: slugOf(view.one(iri, P('relationType'))),
      from_iri: from,
      from_person_id: personId(from),
      from_label: view.label(from),
      to_iri: to,
      to_person_id: personId(to),
      to_label: view.label(to),
      description: view.one(iri, P('description')),
      certainty: slugOf(view.one(iri, P('certainty'))),
      note: view.one(iri, P('note')),
    };
  });
  return { spec: RELATIONS, rows: sortRows(rows, RELATIONS.primaryKey) };
}
