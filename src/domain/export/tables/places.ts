// places.csv: one row per place the graph names (rep:Place: cities, provinces, countries — a
// state is a place and an organisation, so it has a row here and in organisations.csv). The
// target of every place column: acts.place_iri, engagements.place_iri, events.place_iri,
// persons.citizenship_iri and birth_place_iri, act_perpetrators.jurisdiction_iri.
import { NS, REP } from '../../../vocab.js';
import { slugOf, type GraphView } from '../graph-view.js';
import { sortRows, type Table, type TableSpec } from '../table.js';
import { externalLinkCells, externalLinkFields, idField, iriField, labelField, subjectsOfClasses } from './common-fields.js';

export const PLACES: TableSpec = {
  name: 'places',
  title: 'Places',
  description: 'Every place the report names, with the place it lies in.',
  rowClass: REP.Place,
  primaryKey: ['place_id'],
  fields: [
    idField('place_id', 'place'),
    iriField('iri', 'IRI of the place (https://w3id.org/hrd-reprisals/id/place/{place_id}).', true),
    labelField(),
    { name: 'is_state', type: 'boolean', required: true, property: NS.rdf('type'), description: 'true when the place is also a state (rep:State); the state has a row in organisations.csv too.' },
    { name: 'contained_in_iri', type: 'string', format: 'uri', property: NS.schema('containedInPlace'), description: 'The place it lies in (places.iri).' },
    { name: 'abbreviation', type: 'string', property: NS.rep('abbreviation'), description: '' },
    { name: 'description', type: 'string', property: NS.rep('description'), description: '' },
    ...externalLinkFields(),
  ],
  foreignKeys: [{ fields: 'contained_in_iri', reference: { resource: '', fields: 'iri' } }],
};

export function placesTable(view: GraphView): Table {
  const rows = subjectsOfClasses(view, view.subclassClosure(REP.Place)).map((iri) => ({
    place_id: slugOf(iri),
    iri,
    label: view.label(iri),
    is_state: view.hasType(iri, REP.State),
    contained_in_iri: view.one(iri, NS.schema('containedInPlace')),
    abbreviation: view.one(iri, NS.rep('abbreviation')),
    description: view.one(iri, NS.rep('description'), 'en'),
    ...externalLinkCells(view, iri),
  }));
  return { spec: PLACES, rows: sortRows(rows, PLACES.primaryKey) };
}
