// acts.csv: one row per reprisal act with its single-valued properties — date (as printed, with
// precision and bounds), place, status at the report's date, certainty, legal proceeding and
// charge. What an act can have several of lives in long tables keyed by act_id: act_types,
// act_victims, act_perpetrators, act_engagements, and sources (the exact passages).
import { NS, REP } from '../../../vocab.js';
import { slugOf, type GraphView } from '../graph-view.js';
import { sortRows, type Table, type TableSpec } from '../table.js';
import { booleanCell, conceptField, dateCells, dateFields, idField, iriField, labelField, SCHEME } from './common-fields.js';

const P = (local: string) => NS.rep(local);

export const ACTS: TableSpec = {
  name: 'acts',
  title: 'Reprisal acts',
  description: 'One row per act of intimidation or reprisal (rep:ReprisalAct). Legal steps (detention, arrest, indictment, trial, conviction, disbarment) are acts too.',
  rowClass: REP.ReprisalAct,
  primaryKey: ['act_id'],
  fields: [
    idField('act_id', 'act'),
    iriField('iri', 'IRI of the act (https://w3id.org/hrd-reprisals/id/act/{act_id}).', true),
    labelField(),
    ...dateFields(),
    { ...conceptField('act_status', P('actStatus'), SCHEME.status, 'Empty when the report does not say.'), conceptValues: 'used' },
    conceptField('certainty', P('certainty'), SCHEME.certainty, 'Empty means stated as fact.'),
    { name: 'attempt_only', type: 'boolean', property: P('attemptOnly'), description: 'Empty means the act was carried out.' },
    { name: 'place_iri', type: 'string', format: 'uri', property: P('place'), description: 'As places.iri.' },
    { name: 'place_label', type: 'string', description: "The place's English label." },
    { name: 'responsible_state_iri', type: 'string', format: 'uri', property: P('responsibleState'), description: 'As organisations.iri. Perpetrators named by the report are in act_perpetrators.csv.' },
    { name: 'proceeding_id', type: 'string', property: P('inProceeding'), description: 'As proceedings.proceeding_id.' },
    conceptField('charge', P('charge'), SCHEME.charge),
    { name: 'charge_as_printed', type: 'string', property: P('chargeAsPrinted'), description: '' },
    { ...conceptField('charge_status', P('chargeStatus'), SCHEME.status), conceptValues: 'used' },
    { name: 'part_of_event_iri', type: 'string', format: 'uri', property: P('partOfEvent'), description: 'As events.iri.' },
    { name: 'part_of_event_label', type: 'string', description: "The event's English label." },
    { name: 'state_claim', type: 'string', property: P('stateClaim'), description: '' },
    { name: 'accountability', type: 'string', property: P('accountability'), description: '' },
    { name: 'note', type: 'string', property: P('note'), description: '' },
  ],
  foreignKeys: [
    { fields: 'proceeding_id', reference: { resource: 'proceedings', fields: 'proceeding_id' } },
    { fields: 'place_iri', reference: { resource: 'places', fields: 'iri' } },
    { fields: 'responsible_state_iri', reference: { resource: 'organisations', fields: 'iri' } },
    { fields: 'part_of_event_iri', reference: { resource: 'events', fields: 'iri' } },
  ],
};

export function actsTable(view: GraphView): Table {
  const rows = view.subjectsOfType(REP.ReprisalAct).map((iri) => {
    const place = view.one(iri, P('place'));
    const event = view.one(iri, P('partOfEvent'));
    return {
      act_id: slugOf(iri),
      iri,
      label: view.label(iri),
      ...dateCells(view, iri),
      act_status: slugOf(view.one(iri, P('actStatus'))),
      certainty: slugOf(view.one(iri, P('certainty'))),
      attempt_only: booleanCell(view.one(iri, P('attemptOnly'))),
      place_iri: place,
      place_label: view.label(place),
      responsible_state_iri: view.one(iri, P('responsibleState')),
      proceeding_id: slugOf(view.one(iri, P('inProceeding'))),
      charge: slugOf(view.one(iri, P('charge'))),
      charge_as_printed: view.one(iri, P('chargeAsPrinted')),
      charge_status: slugOf(view.one(iri, P('chargeStatus'))),
      part_of_event_iri: event,
      part_of_event_label: view.label(event),
      state_claim: view.one(iri, P('stateClaim')),
      accountability: view.one(iri, P('accountability')),
      note: view.one(iri, P('note')),
    };
  });
  return { spec: ACTS, rows: sortRows(rows, ACTS.primaryKey) };
}
