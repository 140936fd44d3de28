// act_engagements.csv: one row per (act, UN engagement it punished or prevented). The two
// properties are kept apart: rep:preventedEngagement (the act stopped it) is a sub-property of
// rep:inRetaliationFor, and a row is written once, with the more specific link.
import { NS, REP } from '../../../vocab.js';
import { slugOf, type GraphView } from '../graph-view.js';
import { sortRows, type Row, type Table, type TableSpec } from '../table.js';

const RETALIATION = NS.rep('inRetaliationFor');
const PREVENTED = NS.rep('preventedEngagement');

export const ACT_ENGAGEMENTS: TableSpec = {
  name: 'act_engagements',
  title: 'UN engagements punished or prevented by acts',
  description: 'Which engagement with the UN each act punished or prevented, one row per act and engagement.',
  primaryKey: ['act_id', 'engagement_id'],
  fields: [
    { name: 'act_id', type: 'string', required: true, description: 'The act (acts.act_id).' },
    { name: 'engagement_id', type: 'string', required: true, property: RETALIATION, description: 'The engagement (engagements.engagement_id).' },
    {
      name: 'link',
      type: 'string',
      required: true,
      enum: ['in-retaliation-for', 'prevented'],
      description: 'prevented: the act stopped or was meant to stop the engagement (rep:preventedEngagement); in-retaliation-for: it punished it (rep:inRetaliationFor).',
    },
  ],
  foreignKeys: [
    { fields: 'act_id', reference: { resource: 'acts', fields: 'act_id' } },
    { fields: 'engagement_id', reference: { resource: 'engagements', fields: 'engagement_id' } },
  ],
};

export function actEngagementsTable(view: GraphView): Table {
  const rows: Row[] = [];
  for (const act of view.subjectsOfType(REP.ReprisalAct)) {
    const prevented = new Set(view.values(act, PREVENTED));
    const all = new Set([...prevented, ...view.values(act, RETALIATION)]);
    for (const engagement of [...all].sort()) {
      rows.push({ act_id: slugOf(act), engagement_id: slugOf(engagement), link: prevented.has(engagement) ? 'prevented' : 'in-retaliation-for' });
    }
  }
  return { spec: ACT_ENGAGEMENTS, rows: sortRows(rows, ACT_ENGAGEMENTS.primaryKey) };
}
