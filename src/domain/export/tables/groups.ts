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
    { name: 'associated_with_iri', type: 'string', format: 'uri', property: NS.rep('associatedWith'), description: '' },
    { name: 'part_of_group_id', type: 'string', property: NS.rep('includesGroup'), description: 'The larger group this one is a named subgroup of (inverse of rep:includesGroup), as groups.group_id.' },
  ],
  foreignKeys: [{ fields: 'part_of_group_id', reference: { resource: '', fields: 'group_id' } }],
};

export function groupsTable(view: GraphView): Table {
  const rows = view.subjectsOfType(REP.PersonGroup).map((iri) => {
    const parents = view.subjects(NS.rep('includesGroup'), iri);
    if (parents.length > 1) throw new MultiValuedCellError(iri, `^${NS.rep('includesGroup')}`, parents);
    return {
      group_id: slugOf(iri),
      iri,
      label: view.label(iri),
      description: view.one(iri, NS.rep('description')),
      member_count: integerCell(view.one(iri, NS.rep('memberCount'))),
      count_is_minimum: booleanCell(view.one(iri, NS.rep('countIsMinimum'))),
      member_role: slugOf(view.one(iri, NS.rep('memberRole'))),
      associated_with_iri: view.one(iri, NS.rep('associatedWith')),
      part_of_group_id: slugOf(parents[0]),
    };
  });
  return { spec: GROUPS, rows: sortRows(rows, GROUPS.primaryKey) };
}
