// engagement_parties.csv: who engaged (rep:engagedBy, up to two) and what they engaged with
// (rep:engagedWith: a UN entity, meeting, training or instrument, up to three), one row each.
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
    { name: 'party_label', type: 'string', description: "The party's English label." },
  ],
  foreignKeys: [
    { fields: 'engagement_id', reference: { resource: 'engagements', fields: 'engagement_id' } },
    { fields: 'person_id', reference: { resource: 'persons', fields: 'person_id' } },
  ],
};

export function engagementPartiesTable(view: GraphView): Table {
  const rows: Row[] = [];
  for (const engagement of view.subjectsOfType(REP.UNEngagement)) {
    for (const [side, predicate] of [['engaged-by', ENGAGED_BY], ['engaged-with', ENGAGED_WITH]] as const) {
      for (const party of view.values(engagement, predicate)) {
        rows.push({
          engagement_id: slugOf(engagement),
          side,
          party_iri: party,
          party_kind: kindOf(party),
          person_id: view.hasType(party, REP.Person) ? slugOf(party) : undefined,
          party_label: view.label(party),
        });
      }
    }
  }
  return { spec: ENGAGEMENT_PARTIES, rows: sortRows(rows, ENGAGEMENT_PARTIES.primaryKey) };
}
