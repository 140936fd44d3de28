// The SPARQL the service sends, past ENTITY_GRAPH_MAX_TRIPLES, to find and read the entities a
// reconciliation query, a suggest prefix or a search can match, instead of holding every name of
// the store in memory (store-reconciler.ts). Client text enters only as fragments of its
// normalised form, each written by sparqlString (sparql-literal.ts); IRIs only through sparqlIri.
//   candidateQuery  the entities (of the wanted types) with a name (rdfs:label, skos:prefLabel,
//                   skos:altLabel, rep:abbreviation) containing a fragment (a letter pair) of the
//                   query, those containing most fragments first, at most `limit`. Cost in the
//                   store: one pass over the names of the default graphs (CONTAINS has no index),
//                   then a grouping and sort of the matching entities (with letter pairs, most
//                   of them); the answer is at most `limit` rows.
//   recordQuery     what the index reads of those entities (reconcile-index.ts): types, names,
//                   aliases, description. At most `limit` entities, a few triples each.
//   schemaQuery     the rdfs:subClassOf edges below the reconciliation types (the ontology: a
//                   few dozen triples whatever the size of the data; read once per graph version).
import type { Quad } from '@rdfjs/types';
import { sparqlIri } from '../entity/neighbourhood-query.js';
import { NS, RDF_TYPE, RDFS_LABEL } from '../../vocab.js';
import { IDENTIFIER_SPACE, RECONCILE_TYPES } from './reconcile-types.js';
import { sparqlString } from './sparql-literal.js';

/** Most fragments sent for one query: the letter pairs of its first words (about five words of five letters). */
export const MAX_FRAGMENTS = 24;

const NAME_PREDICATES = [RDFS_LABEL, NS.skos('prefLabel'), NS.skos('altLabel'), NS.rep('abbreviation')];
const RECORD_PREDICATES = [RDF_TYPE, ...NAME_PREDICATES, NS.rep('description')];
const SUBCLASS = `<${NS.rdfs('subClassOf')}>`;

/**
 * Substrings a name resembling `normalised` (a normaliseName result) contains, lower case: the
 * letter pairs of each word (a one-letter word itself), Latin and Chinese alike. name-similarity.ts
 * scores names by shared words or by shared letter pairs (Chinese: character pairs), so a name
 * that shares none of these pairs scores 0 there too; first and last trigrams would miss a typo
 * such as "Geenva" for Geneva. A name is found when it contains one pair; candidates are ranked
 * by how many pairs their best name contains. Only the first MAX_FRAGMENTS pairs are sent.
 */
export function nameFragments(normalised: string): string[] {
  const out = new Set<string>();
  for (const word of normalised.split(' ')) {
    const chars = [...word];
    if (chars.length === 1) out.add(word);
    for (let i = 0; i + 1 < chars.length; i += 1) out.add(`${chars[i]}${chars[i + 1]}`);
  }
  return [...out].slice(0, MAX_FRAGMENTS);
}

/** The ontology classes of the given type ids (every reconciliation type when none). */
export function classesOf(typeIds: readonly string[] = []): string[] {
  const types = typeIds.length === 0 ? RECONCILE_TYPES : RECONCILE_TYPES.filter((t) => typeIds.includes(t.id));
  return [...new Set(types.flatMap((t) => t.classes))];
}

/**
 * Every class at or below `roots` by the rdfs:subClassOf edges in `schema` (schemaQuery's
 * answer). Computed here rather than with a property path in the candidate query: Virtuoso 7.2
 * answers `?c rdfs:subClassOf* ?t` with no rows when ?t has one value.
 */
export function classesBelow(schema: readonly Quad[], roots: readonly string[]): string[] {
  const out = new Set(roots);
  const queue = [...roots];
  while (queue.length > 0) {
    const current = queue.pop() as string;
    for (const q of schema) {
      if (q.object.value === current && q.predicate.value === NS.rdfs('subClassOf') && q.subject.termType === 'NamedNode' && !out.has(q.subject.value)) {
        out.add(q.subject.value);
        queue.push(q.subject.value);
      }
    }
  }
  return [...out].sort();
}

const iris = (values: readonly string[]) => values.map(sparqlIri).join(' ');
const fromClauses = (from: readonly string[]) => from.map((graph) => `FROM ${sparqlIri(graph)} `).join('');

/** SELECT ?e: the entities below IDENTIFIER_SPACE, of one of `classes` (classesBelow), with a name containing one of `fragments`. */
export function candidateQuery(fragments: readonly string[], classes: readonly string[], limit: number, from: readonly string[] = []): string {
  if (fragments.length === 0) throw new Error('candidateQuery needs at least one fragment.');
  const hits = fragments.map((f) => `IF(CONTAINS(?l, ${sparqlString(f)}), 1, 0)`).join(' + ');
  return `SELECT ?e (MAX(?hits) AS ?best) ${fromClauses(from)}WHERE {
  VALUES ?p { ${iris(NAME_PREDICATES)} }
  ?e ?p ?name .
  FILTER(isIRI(?e) && isLiteral(?name) && STRSTARTS(STR(?e), ${sparqlString(IDENTIFIER_SPACE)}))
  BIND(LCASE(STR(?name)) AS ?l)
  BIND((${hits}) AS ?hits)
  FILTER(?hits > 0)
  VALUES ?c { ${iris(classes)} }
  ?e <${RDF_TYPE}> ?c .
} GROUP BY ?e ORDER BY DESC(?best) ?e LIMIT ${limit}`;
}

/** CONSTRUCT of the types, names, aliases and description of each of `entities`. */
export function recordQuery(entities: readonly string[], from: readonly string[] = []): string {
  return `CONSTRUCT { ?e ?p ?o } ${fromClauses(from)}WHERE {
  VALUES ?e { ${iris(entities)} }
  VALUES ?p { ${iris(RECORD_PREDICATES)} }
  ?e ?p ?o .
}`;
}

/** CONSTRUCT of the rdfs:subClassOf edges of every class at or below a reconciliation type's classes. */
export function schemaQuery(from: readonly string[] = []): string {
  return `CONSTRUCT { ?s ${SUBCLASS} ?o } ${fromClauses(from)}WHERE {
  VALUES ?t { ${iris(classesOf())} }
  ?s ${SUBCLASS}* ?t .
  ?s ${SUBCLASS} ?o .
}`;
}
