// act_perpetrators.csv: one row per (act, perpetrator) as the report names them ("Sichuan
// police", "a Hunan court"); up to two per act. Acts whose perpetrator the report does not name
// carry acts.responsible_state_iri instead and have no row here.
import { NS, REP } from '../../../vocab.js';
import { slugOf, type GraphView } from '../graph-view.js';
import { sortRows, type Row, type Table, type TableSpec } from '../table.js';
import { conceptField, SCHEME } from './common-fields.js';

export const ACT_PERPETRATORS: TableSpec = {
  name: 'act_perpetrators',
  title: 'Perpetrators of acts',
  description: 'The perpetrators of each act as the report names them, one row per act and perpetrator.',
  primaryKey: ['act_id', 'perpetrator_iri'],
  fields: [
    { name: 'act_id', type: 'string', required: true, description: 'The act (acts.act_id).' },
    { name: 'perpetrator_iri', type: 'string', format: 'uri', required: true, property: REP.perpetrator, description: 'As organisations.iri.' },
    { name: 'perpetrator_label', type: 'string', description: "The perpetrator's English label." },
    conceptField('organ_type', NS.rep('organType'), SCHEME.organType, 'Empty when the perpetrator is not a state organ.'),
    { name: 'jurisdiction_iri', type: 'string', format: 'uri', property: NS.rep('jurisdiction'), description: 'As places.iri.' },
  ],
  foreignKeys: [
    { fields: 'act_id', reference: { resource: 'acts', fields: 'act_id' } },
    { fields: 'perpetrator_iri', reference: { resource: 'organisations', fields: 'iri' } },
    { fields: 'jurisdiction_iri', reference: { resource: 'places', fields: 'iri' } },
  ],
};

export function actPerpetratorsTable(view: GraphView): Table {
  const rows: Row[] = [];
  for (const act of view.subjectsOfType(REP.ReprisalAct)) {
    for (const perpetrator of view.values(act, REP.perpetrator)) {
      rows.push({
        act_id: slugOf(act),
        perpetrator_iri: perpetrator,
        perpetrator_label: view.label(perpetrator),
        organ_type: slugOf(view.one(perpetrator, NS.rep('organType'))),
        jurisdiction_iri: view.one(perpetrator, NS.rep('jurisdiction')),
      });
    }
  }
  return { spec: ACT_PERPETRATORS, rows: sortRows(rows, ACT_PERPETRATORS.primaryKey) };
}
