// engagement_types.csv: one row per (engagement, type); an engagement has up to two types.
import { NS, REP } from '../../../vocab.js';
import { slugOf, type GraphView } from '../graph-view.js';
import { sortRows, type Row, type Table, type TableSpec } from '../table.js';
import { conceptField, SCHEME } from './common-fields.js';

const TYPE = NS.rep('engagementType');

export const ENGAGEMENT_TYPES: TableSpec = {
  name: 'engagement_types',
  title: 'Types of UN engagements',
  description: 'The kinds of each engagement with the UN, one row per engagement and type.',
  primaryKey: ['engagement_id', 'engagement_type'],
  fields: [
    { name: 'engagement_id', type: 'string', required: true, description: 'The engagement (engagements.engagement_id).' },
    { ...conceptField('engagement_type', TYPE, SCHEME.engagementType), required: true },
    { name: 'engagement_type_label', type: 'string', description: "The type's English label (skos:prefLabel)." },
  ],
  foreignKeys: [{ fields: 'engagement_id', reference: { resource: 'engagements', fields: 'engagement_id' } }],
};

export function engagementTypesTable(view: GraphView): Table {
  const rows: Row[] = [];
  for (const engagement of view.subjectsOfType(REP.UNEngagement)) {
    for (const type of view.values(engagement, TYPE)) {
      rows.push({ engagement_id: slugOf(engagement), engagement_type: slugOf(type), engagement_type_label: view.label(type) });
    }
  }
  return { spec: ENGAGEMENT_TYPES, rows: sortRows(rows, ENGAGEMENT_TYPES.primaryKey) };
}
