// sources.csv: which passage states which fact — one row per (entity, passage) for every
// rep:source in the graph (acts, engagements, proceedings, sentences, relations, affiliations,
// case raisings, recommendations, persons). For an act: `entity_kind = act`, `entity_id = act_id`.
import { REP } from '../../../vocab.js';
import { kindOf, slugOf, type GraphView } from '../graph-view.js';
import { sortRows, type Table, type TableSpec } from '../table.js';

export const SOURCES: TableSpec = {
  name: 'sources',
  title: 'Source passages of facts',
  description: 'The passage(s) of the report stating each entity or fact, one row per entity and passage.',
  primaryKey: ['entity_iri', 'passage_id'],
  fields: [
    { name: 'entity_iri', type: 'string', format: 'uri', required: true, description: 'IRI of the entity or fact.' },
    { name: 'entity_kind', type: 'string', required: true, description: 'The kind segment of its IRI: act, engagement, proceeding, sentence, relation, person, ...' },
    { name: 'entity_id', type: 'string', required: true, description: "The entity's id in its table (last segment of its IRI): acts.act_id for kind act, and so on." },
    { name: 'passage_id', type: 'string', required: true, property: REP.source, description: 'As passages.passage_id.' },
  ],
  foreignKeys: [{ fields: 'passage_id', reference: { resource: 'passages', fields: 'passage_id' } }],
};

export function sourcesTable(view: GraphView): Table {
  const rows = view.store
    .getQuads(null, REP.source, null, null)
    .filter((q) => q.subject.termType === 'NamedNode')
    .map((q) => ({
      entity_iri: q.subject.value,
      entity_kind: kindOf(q.subject.value),
      entity_id: slugOf(q.subject.value),
      passage_id: slugOf(q.object.value),
    }));
  return { spec: SOURCES, rows: sortRows(rows, SOURCES.primaryKey) };
}
