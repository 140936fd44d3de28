// The entities a reconciliation query can match: every entity of the graph of one of the
// reconciliation types, with its names (rdfs:label in every language, skos:prefLabel) and aliases
// (rep:abbreviation, skos:altLabel), already normalised. Built once per graph (linear in its size);
// the types follow rdfs:subClassOf in the ontology, so a rep:TreatyBody is a UN entity and an
// organisation.
import { DataFactory } from 'n3';
import type { QuadIndex } from '../../store/graph-store.js';
import { NS, RDF_TYPE, RDFS_LABEL } from '../../vocab.js';
import { normaliseName } from './name-similarity.js';
import { IDENTIFIER_SPACE, RECONCILE_TYPES, type TypeRef } from './reconcile-types.js';

const { namedNode } = DataFactory;

export interface IndexedName {
  readonly value: string;
  readonly normalised: string;
  /** Language tag of the label ('' for aliases and untagged labels). */
  readonly lang: string;
  readonly alias: boolean;
}

export interface IndexedEntity {
  readonly id: string;
  readonly iri: string;
  /** The English label (else any label, else the id). */
  readonly name: string;
  readonly names: readonly IndexedName[];
  readonly types: readonly TypeRef[];
  readonly description?: string;
}

export interface ReconcileIndex {
  readonly store: QuadIndex;
  readonly entities: readonly IndexedEntity[];
  byId(id: string): IndexedEntity | undefined;
}

const ALIAS_PREDICATES = [NS.rep('abbreviation'), NS.skos('altLabel')];
const LABEL_PREDICATES = [RDFS_LABEL, NS.skos('prefLabel')];

/** Every class at or below `cls` by rdfs:subClassOf (the ontology is a small tree). */
function subclassesOf(store: QuadIndex, cls: string): Set<string> {
  const out = new Set([cls]);
  const queue = [cls];
  while (queue.length > 0) {
    const current = queue.pop() as string;
    for (const sub of store.getSubjects(NS.rdfs('subClassOf'), namedNode(current), null)) {
      if (!out.has(sub.value)) {
        out.add(sub.value);
        queue.push(sub.value);
      }
    }
  }
  return out;
}

export function buildReconcileIndex(store: QuadIndex): ReconcileIndex {
  const typeClasses = RECONCILE_TYPES.map((type) => ({
    type,
    classes: new Set(type.classes.flatMap((cls) => [...subclassesOf(store, cls)])),
  }));
  const subjects = new Set(
    store.getSubjects(namedNode(RDF_TYPE), null, null).filter((s) => s.termType === 'NamedNode').map((s) => s.value),
  );
  const entities: IndexedEntity[] = [];
  for (const iri of [...subjects].sort()) {
    if (!iri.startsWith(IDENTIFIER_SPACE)) continue;
    const classes = store.getObjects(namedNode(iri), namedNode(RDF_TYPE), null).map((t) => t.value);
    const types = typeClasses
      .filter(({ classes: below }) => classes.some((c) => below.has(c)))
      .map(({ type }) => ({ id: type.id, name: type.name }));
    if (types.length === 0) continue;
    const names: IndexedName[] = [];
    const add = (value: string, lang: string, alias: boolean) => {
      const normalised = normaliseName(value);
      if (normalised !== '' && !names.some((n) => n.normalised === normalised && n.alias === alias)) {
        names.push({ value, normalised, lang, alias });
      }
    };
    for (const p of LABEL_PREDICATES) {
      for (const t of store.getObjects(namedNode(iri), namedNode(p), null)) if (t.termType === 'Literal') add(t.value, t.language, false);
    }
    for (const p of ALIAS_PREDICATES) {
      for (const t of store.getObjects(namedNode(iri), namedNode(p), null)) if (t.termType === 'Literal') add(t.value, t.language, true);
    }
    const labels = names.filter((n) => !n.alias);
    const name = (labels.find((n) => n.lang === 'en') ?? labels[0])?.value ?? iri.slice(IDENTIFIER_SPACE.length);
    const description = store
      .getObjects(namedNode(iri), namedNode(NS.rep('description')), null)
      .find((t) => t.termType === 'Literal')?.value;
    entities.push({ id: iri.slice(IDENTIFIER_SPACE.length), iri, name, names, types, ...(description ? { description } : {}) });
  }
  const byId = new Map(entities.map((e) => [e.id, e]));
  return { store, entities, byId: (id) => byId.get(id) };
}
