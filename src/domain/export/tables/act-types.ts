// act_types.csv: one row per (act, type). An act has up to three types ("abducted, disappeared");
// the family column (the type's top concept) lets a table count acts per family without SKOS.
import { NS, REP } from '../../../vocab.js';
import { slugOf, type GraphView } from '../graph-view.js';
import { sortRows, type Row, type Table, type TableSpec } from '../table.js';
import { conceptField, SCHEME } from './common-fields.js';

export const ACT_TYPES: TableSpec = {
  name: 'act_types',
  title: 'Types of acts',
  description: 'The types of each act, one row per act and type.',
  primaryKey: ['act_id', 'act_type'],
  fields: [
    { name: 'act_id', type: 'string', required: true, description: 'The act (acts.act_id).' },
    { ...conceptField('act_type', REP.actType, SCHEME.actType), required: true },
    { name: 'act_type_label', type: 'string', description: "The type's English label (skos:prefLabel)." },
    {
      ...conceptField('act_type_family', NS.skos('broader'), SCHEME.actType),
      conceptValues: 'top',
      required: true,
      description: 'The top concept of the act-type scheme the type belongs to (itself when it is one), following skos:broader.',
    },
  ],
  foreignKeys: [{ fields: 'act_id', reference: { resource: 'acts', fields: 'act_id' } }],
};

export function actTypesTable(view: GraphView): Table {
  const rows: Row[] = [];
  for (const act of view.subjectsOfType(REP.ReprisalAct)) {
    for (const type of view.values(act, REP.actType)) {
      const chain = view.broaderClosure(type);
      rows.push({ act_id: slugOf(act), act_type: slugOf(type), act_type_label: view.label(type), act_type_family: slugOf(chain[chain.length - 1]) });
    }
  }
  return { spec: ACT_TYPES, rows: sortRows(rows, ACT_TYPES.primaryKey) };
}
