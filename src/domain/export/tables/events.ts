// events.csv: one row per event the report names (rep:Event: UN sessions and meetings, reviews,
// country visits, trainings, crackdowns) with its date (as printed, precision, bounds), place,
// reviewing UN body and the state under review. The target of acts.part_of_event_iri and of the
// event parties of engagement_parties.csv; its source passages are in sources.csv.
import { NS, REP } from '../../../vocab.js';
import { slugOf, type GraphView } from '../graph-view.js';
import { classValues } from '../field-schema.js';
import { sortRows, type ClassSet, type Table, type TableSpec } from '../table.js';
import {
  classField,
  dateCells,
  dateFields,
  externalLinkCells,
  externalLinkFields,
  idField,
  integerCell,
  iriField,
  labelField,
  mostSpecificClass,
  subjectsOfClasses,
} from './common-fields.js';

const P = (local: string) => NS.rep(local);
/** Acts, engagements, proceedings, sentences, case raisings and state positions are events too, with tables of their own. */
const CLASSES: ClassSet = {
  root: REP.Event,
  exclude: [REP.ReprisalAct, REP.UNEngagement, REP.LegalProceeding, REP.Sentence, REP.CaseRaising, NS.rep('StatePosition')],
};

export const EVENTS: TableSpec = {
  name: 'events',
  title: 'Events',
  description: 'Every event the report names: UN sessions, reviews, meetings, visits and trainings, and crackdowns.',
  rowClass: REP.Event,
  primaryKey: ['event_id'],
  fields: [
    idField('event_id', 'event'),
    iriField('iri', 'IRI of the event (https://w3id.org/hrd-reprisals/id/event/{event_id}).', true),
    classField('event_class', CLASSES, 'The most specific class of the event.'),
    labelField(),
    ...dateFields(),
    { name: 'place_iri', type: 'string', format: 'uri', property: P('place'), description: 'As places.iri.' },
    { name: 'reviewing_body_iri', type: 'string', format: 'uri', property: P('reviewingBody'), description: 'As un_bodies.iri.' },
    { name: 'state_under_review_iri', type: 'string', format: 'uri', property: P('stateUnderReview'), description: 'As organisations.iri (a state).' },
    { name: 'organiser_iri', type: 'string', format: 'uri', property: P('organiser'), description: 'As organisations.iri.' },
    { name: 'cycle', type: 'integer', property: P('cycle'), description: '' },
    { name: 'session_number', type: 'integer', property: P('sessionNumber'), description: '' },
    { name: 'description', type: 'string', property: P('description'), description: '' },
    { name: 'note', type: 'string', property: P('note'), description: '' },
    ...externalLinkFields(),
  ],
  foreignKeys: [
    { fields: 'place_iri', reference: { resource: 'places', fields: 'iri' } },
    { fields: 'reviewing_body_iri', reference: { resource: 'un_bodies', fields: 'iri' } },
    { fields: 'state_under_review_iri', reference: { resource: 'organisations', fields: 'iri' } },
    { fields: 'organiser_iri', reference: { resource: 'organisations', fields: 'iri' } },
  ],
};

export function eventsTable(view: GraphView): Table {
  const classes = classValues(view, CLASSES);
  const rows = subjectsOfClasses(view, classes).map((iri) => ({
    event_id: slugOf(iri),
    iri,
    event_class: slugOf(mostSpecificClass(view, iri, classes)),
    label: view.label(iri),
    ...dateCells(view, iri),
    place_iri: view.one(iri, P('place')),
    reviewing_body_iri: view.one(iri, P('reviewingBody')),
    state_under_review_iri: view.one(iri, P('stateUnderReview')),
    organiser_iri: view.one(iri, P('organiser')),
    cycle: integerCell(view.one(iri, P('cycle'))),
    session_number: integerCell(view.one(iri, P('sessionNumber'))),
    description: view.one(iri, P('description'), 'en'),
    note: view.one(iri, P('note')),
    ...externalLinkCells(view, iri),
  }));
  return { spec: EVENTS, rows: sortRows(rows, EVENTS.primaryKey) };
}
