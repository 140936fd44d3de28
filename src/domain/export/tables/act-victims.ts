// act_victims.csv: one row per (act, victim). A victim is a named person, an unnamed group or an
// organisation; person_id, group_id and organisation_iri are filled for their kind only, so each can be a foreign
// key (Table Schema skips null foreign-key values). A group's count is repeated on its rows so
// that "how many people" needs no join.
import { NS, REP } from '../../../vocab.js';
import { kindOf, slugOf, type GraphView } from '../graph-view.js';
import { sortRows, type Row, type Table, type TableSpec } from '../table.js';
import { booleanCell, integerCell } from './common-fields.js';

export const VICTIM_KINDS = ['person', 'group', 'organisation', 'other'] as const;

export const ACT_VICTIMS: TableSpec = {
  name: 'act_victims',
  title: 'Victims of acts',
  description: 'The victims of each act, one row per act and victim.',
  primaryKey: ['act_id', 'victim_iri'],
  fields: [
    { name: 'act_id', type: 'string', required: true, description: 'The act (acts.act_id).' },
    { name: 'victim_iri', type: 'string', format: 'uri', required: true, property: REP.victim, description: '' },
    { name: 'victim_kind', type: 'string', required: true, enum: VICTIM_KINDS, description: 'Which kind of agent the victim is, from its IRI.' },
    { name: 'person_id', type: 'string', description: 'The victim as persons.person_id when it is a person; else empty.' },
    { name: 'group_id', type: 'string', description: 'The victim as groups.group_id when it is a group; else empty.' },
    { name: 'organisation_iri', type: 'string', format: 'uri', description: 'The victim as organisations.iri when it is an organisation; else empty.' },
    { name: 'victim_label', type: 'string', description: "The victim's English name or label." },
    { name: 'member_count', type: 'integer', property: NS.rep('memberCount'), description: "The group's count (groups.member_count); empty for a person or when no number is given." },
    { name: 'count_is_minimum', type: 'boolean', property: NS.rep('countIsMinimum'), description: "Copied from groups.count_is_minimum." },
  ],
  foreignKeys: [
    { fields: 'act_id', reference: { resource: 'acts', fields: 'act_id' } },
    { fields: 'person_id', reference: { resource: 'persons', fields: 'person_id' } },
    { fields: 'group_id', reference: { resource: 'groups', fields: 'group_id' } },
    { fields: 'organisation_iri', reference: { resource: 'organisations', fields: 'iri' } },
  ],
};

export function actVictimsTable(view: GraphView): Table {
  const rows: Row[] = [];
  for (const act of view.subjectsOfType(REP.ReprisalAct)) {
    for (const victim of view.values(act, REP.victim)) {
      const kind = kindOf(victim);
      rows.push({
        act_id: slugOf(act),
        victim_iri: victim,
        victim_kind: (VICTIM_KINDS as readonly string[]).includes(kind) ? kind : 'other',
        person_id: view.hasType(victim, REP.Person) ? slugOf(victim) : undefined,
        group_id: view.hasType(victim, REP.PersonGroup) ? slugOf(victim) : undefined,
        organisation_iri: kind === 'organisation' ? victim : undefined,
        victim_label: view.label(victim),
        member_count: integerCell(view.one(victim, NS.rep('memberCount'))),
        count_is_minimum: booleanCell(view.one(victim, NS.rep('countIsMinimum'))),
      });
    }
  }
  return { spec: ACT_VICTIMS, rows: sortRows(rows, ACT_VICTIMS.primaryKey) };
}
