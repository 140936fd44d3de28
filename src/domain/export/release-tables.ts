// The release's tables, in the order the datapackage and the codebook list them: the entity
// tables first, each followed by the long tables that hold what it can have several of.
// Long tables rather than multi-valued cells: every cell holds one value, every id column can be
// a foreign key, and R (dplyr joins) and pandas (merge) read them without string splitting.
// The places, organisations, UN bodies and events tables are where the IRI columns of the others
// resolve (their foreign keys). A new table: a builder in tables/ returning its spec and rows,
// added to BUILDERS below; datapackage.json, the codebook and validation follow from the spec.
import type { QuadIndex } from '../../store/graph-store.js';
import { GraphView } from './graph-view.js';
import type { Table } from './table.js';
import { actEngagementsTable } from './tables/act-engagements.js';
import { actPerpetratorsTable } from './tables/act-perpetrators.js';
import { actsTable } from './tables/acts.js';
import { actTypesTable } from './tables/act-types.js';
import { actVictimsTable } from './tables/act-victims.js';
import { engagementPartiesTable } from './tables/engagement-parties.js';
import { engagementsTable } from './tables/engagements.js';
import { engagementTypesTable } from './tables/engagement-types.js';
import { eventsTable } from './tables/events.js';
import { groupsTable } from './tables/groups.js';
import { linksTable } from './tables/links.js';
import { organisationsTable } from './tables/organisations.js';
import { caseRecordsTable } from './tables/case-records.js';
import { ishrCasesTable } from './tables/ishr-cases.js';
import { passagesTable } from './tables/passages.js';
import { personRolesTable } from './tables/person-roles.js';
import { personsTable } from './tables/persons.js';
import { placesTable } from './tables/places.js';
import { proceedingsTable } from './tables/proceedings.js';
import { relationsTable } from './tables/relations.js';
import { sourcesTable } from './tables/sources.js';
import { unBodiesTable } from './tables/un-bodies.js';

const BUILDERS = [
  personsTable,
  personRolesTable,
  groupsTable,
  actsTable,
  actTypesTable,
  actVictimsTable,
  actPerpetratorsTable,
  actEngagementsTable,
  proceedingsTable,
  engagementsTable,
  engagementTypesTable,
  engagementPartiesTable,
  relationsTable,
  placesTable,
  organisationsTable,
  unBodiesTable,
  eventsTable,
  passagesTable,
  sourcesTable,
  linksTable,
  caseRecordsTable, // issue 11: other records of the cases (data/links/case-records.ttl)
  ishrCasesTable, // issue 11: the cases in ISHR End Reprisals' column layout
] as const;

/** Every table of the release. Cost: a few store lookups per row; ~50 ms on the bundled graph. */
export function releaseTables(store: QuadIndex): Table[] {
  const view = new GraphView(store);
  return BUILDERS.map((build) => build(view));
}
