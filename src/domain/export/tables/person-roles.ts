// person_roles.csv: a long table, one row per (person, role) — a person has up to three roles
// in the report, and a long table keeps every cell single-valued and every role joinable.
import { NS, REP } from '../../../vocab.js';
import { slugOf, type GraphView } from '../graph-view.js';
import { sortRows, type Row, type Table, type TableSpec } from '../table.js';
import { conceptField, SCHEME } from './common-fields.js';

export const PERSON_ROLES: TableSpec = {
  name: 'person_roles',
  title: 'Roles of persons',
  description: 'The roles the report gives each person, one row per person and role.',
  primaryKey: ['person_id', 'role'],
  fields: [
    { name: 'person_id', type: 'string', required: true, description: 'The person (persons.person_id).' },
    { ...conceptField('role', NS.rep('role'), SCHEME.role), required: true },
    { name: 'role_label', type: 'string', description: "The role concept's English label (skos:prefLabel)." },
  ],
  foreignKeys: [{ fields: 'person_id', reference: { resource: 'persons', fields: 'person_id' } }],
};

export function personRolesTable(view: GraphView): Table {
  const rows: Row[] = [];
  for (const person of view.subjectsOfType(REP.Person)) {
    for (const role of view.values(person, NS.rep('role'))) {
      rows.push({ person_id: slugOf(person), role: slugOf(role), role_label: view.label(role) });
    }
  }
  return { spec: PERSON_ROLES, rows: sortRows(rows, PERSON_ROLES.primaryKey) };
}
