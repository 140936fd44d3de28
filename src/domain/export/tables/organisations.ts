// organisations.csv: one row per organisation that is not part of the UN — states, state organs
// (police, courts, ministries: the perpetrators of act_perpetrators.csv), NGOs and others. UN
// bodies, mechanisms and offices are in un_bodies.csv. Ids are the last segment of the IRI and
// may repeat across kinds (a state's IRI is a place's: id/place/china), so the key is the IRI.
import { NS, REP } from '../../../vocab.js';
import { slugOf, type GraphView } from '../graph-view.js';
import { sortRows, type ClassSet, type Table, type TableSpec } from '../table.js';
import {
  classField,
  conceptField,
  externalLinkCells,
  externalLinkFields,
  iriField,
  labelField,
  mostSpecificClass,
  SCHEME,
  subjectsOfClasses,
} from './common-fields.js';
import { classValues } from '../field-schema.js';

const P = (local: string) => NS.rep(local);
const CLASSES: ClassSet = { root: REP.Organisation, exclude: [REP.UNEntity] };
/** UN bodies are organisations too (rep:UNBody ⊑ rep:Organisation) but have their own table. */
const UN_BODY: ClassSet = { root: REP.UNBody };

export const ORGANISATIONS: TableSpec = {
  name: 'organisations',
  title: 'Organisations, state organs and states',
  description: 'Every organisation the report names outside the UN: states, their organs (the perpetrators), NGOs and others.',
  rowClass: REP.Organisation,
  primaryKey: ['iri'],
  fields: [
    iriField('iri', 'IRI of the organisation (…/id/organisation/{organisation_id}; a state\'s is …/id/place/{organisation_id}).', true),
    { name: 'organisation_id', type: 'string', required: true, description: 'The last segment of the IRI.' },
    classField('organisation_class', CLASSES, 'The most specific class of the organisation.'),
    labelField(),
    { name: 'abbreviation', type: 'string', property: P('abbreviation'), description: '' },
    { name: 'description', type: 'string', property: P('description'), description: '' },
    conceptField('organ_type', P('organType'), SCHEME.organType, 'Empty unless a state organ.'),
    { name: 'organ_of_iri', type: 'string', format: 'uri', property: P('organOf'), description: 'The state (organisations.iri).' },
    { name: 'jurisdiction_iri', type: 'string', format: 'uri', property: P('jurisdiction'), description: 'As places.iri.' },
    { name: 'location_iri', type: 'string', format: 'uri', property: NS.schema('location'), description: 'Where it is based (places.iri).' },
    ...externalLinkFields(),
  ],
  foreignKeys: [
    { fields: 'organ_of_iri', reference: { resource: '', fields: 'iri' } },
    { fields: 'jurisdiction_iri', reference: { resource: 'places', fields: 'iri' } },
    { fields: 'location_iri', reference: { resource: 'places', fields: 'iri' } },
  ],
};

export function organisationsTable(view: GraphView): Table {
  const classes = classValues(view, CLASSES);
  const un = new Set(classValues(view, UN_BODY));
  const members = subjectsOfClasses(view, classes).filter((iri) => !view.values(iri, NS.rdf('type')).some((t) => un.has(t)));
  const rows = members.map((iri) => ({
    iri,
    organisation_id: slugOf(iri),
    organisation_class: slugOf(mostSpecificClass(view, iri, classes)),
    label: view.label(iri),
    abbreviation: view.one(iri, P('abbreviation')),
    description: view.one(iri, P('description'), 'en'),
    organ_type: slugOf(view.one(iri, P('organType'))),
    organ_of_iri: view.one(iri, P('organOf')),
    jurisdiction_iri: view.one(iri, P('jurisdiction')),
    location_iri: view.one(iri, NS.schema('location')),
    ...externalLinkCells(view, iri),
  }));
  return { spec: ORGANISATIONS, rows: sortRows(rows, ORGANISATIONS.primaryKey) };
}
