// groups.csv: the unnamed groups of persons acts are directed at ("at least three human rights
// defenders, including two lawyers"), with the count the report gives and whether it is a minimum.
import { NS, REP } from '../../../vocab.js';
import { MultiValuedCellError, slugOf, type GraphView } from '../graph-view.js';
import { sortRows, type Table, type TableSpec } from '../table.js';
import { booleanCell, conceptField, idField, integerCell, iriField, labelField, SCHEME } from './common-fields.js';

export const GROUPS: TableSpec = {
  name: 'groups',
  title: 'Groups of persons',
  description: 'Unnamed persons acted upon together (rep:PersonGroup).',
  rowClass: REP.PersonGroup,
  primaryKey: ['group_id'],
  fields: [
    idField('group_id', 'group'),
    iriField('iri', 'IRI of the group (https://w3id.org/hrd-reprisals/id/group/{group_id}).', true),
    labelField(),
    { name: 'description', type: 'string', property: NS.rep('description'), description: '' },
    { name: 'member_count', type: 'integer', property: NS.rep('memberCount'), description: 'Empty when the report gives no number.' },
    { name: 'count_is_minimum', type: 'boolean', property: NS.rep('countIsMinimum'), description: 'Empty when the report does not mark the count as a lower bound.' },
    conceptField('member_role', NS.rep('memberRole'), SCHEME.role),
    {
      name: 'associated_with_iri',
      type: 'string',
      format: 'uri',
      property: NS.rep('associatedWith'),
      description: 'A person or an organisation; resolved in associated_with_person_id or associated_with_organisation_iri.',
    },
    { name: 'associated_with_person_id', type: 'string', description: 'associated_with_iri as persons.person_id when it is a person; else empty.' },
    { name: 'associated_with_organisation_iri', type: 'string', format: 'uri', description: 'associated_with_iri as organisations.iri when it is an organisation; else empty.' },
    { name: 'part_of_group_id', type: 'string', property: NS.rep('includesGroup'), description: 'The larger group this one is a named subgroup of (inverse of rep:includesGroup), as groups.group_id.' },
  ],
  foreignKeys: [
    { fields: 'part_of_group_id', reference: { resource: '', fields: 'group_id' } },
    { fields: 'associated_with_person_id', reference: { resource: 'persons', fields: 'person_id' } },
    { fields: 'associated_with_organisation_iri', reference: { resource: 'organisations', fields: 'iri' } },
  ],
};

export function groupsTable(view: GraphView): Table {
  const rows = view.subjectsOfType(REP.PersonGroup).map((iri) => {
    const parents = view.subjects(NS.rep('includesGroup'), iri);
    if (parents.length > 1) throw new MultiValuedCellError(iri, `^${NS.rep('includesGroup')}`, parents);
    const associated = view.one(iri, NS.rep('associatedWith'));
    return {
      group_id: slugOf(iri),
      iri,
      label: view.label(iri),
      description: view.one(iri, NS.rep('description')),
      member_count: integerCell(view.one(iri, NS.rep('memberCount'))),
      count_is_minimum: booleanCell(view.one(iri, NS.rep('countIsMinimum'))),
      member_role: slugOf(view.one(iri, NS.rep('memberRole'))),
      associated_with_iri: associated,
      associated_with_person_id: associated !== undefined && view.hasType(associated, REP.Person) ? slugOf(associated) : undefined,
      associated_with_organisation_iri: associated !== undefined && !view.hasType(associated, REP.Person) ? associated : undefined,
      part_of_group_id: slugOf(parents[0]),
    };
  });
  return { spec: GROUPS, rows: sortRows(rows, GROUPS.primaryKey) };
}
