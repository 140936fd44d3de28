// un_bodies.csv: one row per UN body, mechanism, special-procedure mandate or office the report
// names (rep:UNEntity), with the body it belongs to. The target of events.reviewing_body_iri and
// of the UN parties of engagement_parties.csv.
import { NS, REP } from '../../../vocab.js';
import { slugOf, type GraphView } from '../graph-view.js';
import { classValues } from '../field-schema.js';
import { sortRows, type ClassSet, type Table, type TableSpec } from '../table.js';
import { classField, externalLinkCells, externalLinkFields, idField, iriField, labelField, mostSpecificClass, subjectsOfClasses } from './common-fields.js';

const P = (local: string) => NS.rep(local);
const CLASSES: ClassSet = { root: REP.UNEntity };

export const UN_BODIES: TableSpec = {
  name: 'un_bodies',
  title: 'UN bodies, mechanisms and offices',
  description: 'Every UN body, treaty body, mechanism, special-procedure mandate and office the report names.',
  rowClass: REP.UNEntity,
  primaryKey: ['un_id'],
  fields: [
    idField('un_id', 'UN entity'),
    iriField('iri', 'IRI of the UN entity (https://w3id.org/hrd-reprisals/id/un/{un_id}).', true),
    classField('un_class', CLASSES, 'The most specific class of the UN entity.'),
    labelField(),
    { name: 'abbreviation', type: 'string', property: P('abbreviation'), description: '' },
    { name: 'description', type: 'string', property: P('description'), description: '' },
    { name: 'part_of_iri', type: 'string', format: 'uri', property: P('partOfUN'), description: 'As un_bodies.iri.' },
    { name: 'mandate_holder_person_id', type: 'string', property: P('mandateHolder'), description: 'As persons.person_id.' },
    { name: 'monitors_instrument_iri', type: 'string', format: 'uri', property: P('monitorsInstrument'), description: '' },
    ...externalLinkFields(),
  ],
  foreignKeys: [
    { fields: 'part_of_iri', reference: { resource: '', fields: 'iri' } },
    { fields: 'mandate_holder_person_id', reference: { resource: 'persons', fields: 'person_id' } },
  ],
};

export function unBodiesTable(view: GraphView): Table {
  const classes = classValues(view, CLASSES);
  const rows = subjectsOfClasses(view, classes).map((iri) => ({
    un_id: slugOf(iri),
    iri,
    un_class: slugOf(mostSpecificClass(view, iri, classes)),
    label: view.label(iri),
    abbreviation: view.one(iri, P('abbreviation')),
    description: view.one(iri, P('description'), 'en'),
    part_of_iri: view.one(iri, P('partOfUN')),
    mandate_holder_person_id: slugOf(view.one(iri, P('mandateHolder'))),
    monitors_instrument_iri: view.one(iri, P('monitorsInstrument')),
    ...externalLinkCells(view, iri),
  }));
  return { spec: UN_BODIES, rows: sortRows(rows, UN_BODIES.primaryKey) };
}
