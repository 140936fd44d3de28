// engagement_parties.csv: who engaged (rep:engagedBy, up to two) and what they engaged with
// (rep:engagedWith: a UN entity, meeting, training or instrument, up to three), one row each.
// The party resolves in the column of its kind (person_id, group_id, organisation_iri, un_iri,
// event_iri: each a foreign key); an instrument (a treaty) has no table and only party_iri.
import { NS, REP } from '../../../vocab.js';
import { kindOf, slugOf, type GraphView } from '../graph-view.js';
import { sortRows, type Row, type Table, type TableSpec } from '../table.js';

const ENGAGED_BY = NS.rep('engagedBy');
const ENGAGED_WITH = NS.rep('engagedWith');

export const ENGAGEMENT_PARTIES: TableSpec = {
  name: 'engagement_parties',
  title: 'Parties to UN engagements',
  description: 'Who engaged with the UN and what they engaged with, one row per engagement, side and party.',
  primaryKey: ['engagement_id', 'side', 'party_iri'],
  fields: [
    { name: 'engagement_id', type: 'string', required: true, description: 'The engagement (engagements.engagement_id).' },
    {
      name: 'side',
      type: 'string',
      required: true,
      enum: ['engaged-by', 'engaged-with'],
      description: 'engaged-by: the person, group or organisation who engaged (rep:engagedBy); engaged-with: the UN entity, meeting, training or instrument addressed (rep:engagedWith).',
    },
    { name: 'party_iri', type: 'string', format: 'uri', required: true, description: 'IRI of the party.' },
    { name: 'party_kind', type: 'string', required: true, description: 'The kind segment of the party\'s IRI (person, group, organisation, un, event, instrument, ...).' },
    { name: 'person_id', type: 'string', description: 'The party as persons.person_id when it is a person; else empty.' },
    { name: 'group_id', type: 'string', description: 'The party as groups.group_id when it is a group; else empty.' },
    { name: 'organisation_iri', type: 'string', format: 'uri', description: 'The party as organisations.iri when it is an organisation outside the UN; else empty.' },
    { name: 'un_iri', type: 'string', format: 'uri', description: 'The party as un_bodies.iri when it is a UN body, mechanism or office; else empty.' },
    { name: 'event_iri', type: 'string', format: 'uri', description: 'The party as events.iri when it is an event (a session, review, meeting, visit or training); else empty.' },
    { name: 'party_label', type: 'string', description: "The party's English label." },
  ],
  foreignKeys: [
    { fields: 'engagement_id', reference: { resource: 'engagements', fields: 'engagement_id' } },
    { fields: 'person_id', reference: { resource: 'persons', fields: 'person_id' } },
    { fields: 'group_id', reference: { resource: 'groups', fields: 'group_id' } },
    { fields: 'organisation_iri', reference: { resource: 'organisations', fields: 'iri' } },
    { fields: 'un_iri', reference: { resource: 'un_bodies', fields: 'iri' } },
    { fields: 'event_iri', reference: { resource: 'events', fields: 'iri' } },
  ],
};

export function engagementPartiesTable(view: GraphView): Table {
  const rows: Row[] = [];
  for (const engagement of view.subjectsOfType(REP.UNEngagement)) {
    for (const [side, predicate] of [['engaged-by', ENGAGED_BY], ['engaged-with', ENGAGED_WITH]] as const) {
      for (const party of view.values(engagement, predicate)) {
        const kind = kindOf(party);
        rows.push({
          engagement_id: slugOf(engagement),
          side,
          party_iri: party,
          party_kind: kind,
          person_id: view.hasType(party, REP.Person) ? slugOf(party) : undefined,
          group_id: view.hasType(party, REP.PersonGroup) ? slugOf(party) : undefined,
          organisation_iri: kind === 'organisation' ? party : undefined,
          un_iri: kind === 'un' ? party : undefined,
          event_iri: kind === 'event' ? party : undefined,
          party_label: view.label(party),
        });
      }
    }
  }
  return { spec: ENGAGEMENT_PARTIES, rows: sortRows(rows, ENGAGEMENT_PARTIES.primaryKey) };
}
