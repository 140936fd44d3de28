// The one SPARQL query that reads, from any SPARQL 1.1 store, everything an entity's
// representations read of the graph (its page, every RDF syntax, the JSON-LD API item), so that
// with a remote store (SPARQL_BACKEND) a page is rendered per request from a small graph instead
// of a copy of the whole store, as Trifid and Pubby do. What the renderers read, with X the IRI:
//   1 X's triples                     statements, types, names, the RDF description (CBD root)
//   2 triples pointing at X           acts and other resources naming X, "cited by", involvement
//   3 the triples of X's objects      its {X}#parts (passages' selectors), documents, case records,
//                                     and what labels an unlabelled linked resource
//   4 the triples of X's referrers    the acts' descriptions, relations, affiliations, raisings
//   5 two hops out of 3 and 4: types, labels, abbreviation and role (labels, the API's stubs, the
//     network's node kinds), and whole for source passages and {…}#parts (quotes and selectors)
//   6 the selectors of passages two hops out (the quotes of the acts' passages); by oa:hasSelector,
//     not by type and IRI prefix, which Virtuoso 7 plans as a scan of every passage (6 s a page)
//   7 labels of the predicates of 1–3 (statement headings, involvement)
//   8 the skos:broader chains of the referring acts' types and the labels of the act-type families
//     (the timeline's colours and legend)
//   9 raisings and engagements one hop behind X's referrers, and the victims of the acts a raising
//     of X concerns (the network's raised-by and engaged-with edges and their weights)
//  10 the whole of the resources X's engagements engaged with, and the types and labels of what
//     they link (the UN body one hop from a meeting)
// The proof that this is everything, for every entity of the bundled graph: the pages built from
// the answer are byte-identical to those built from the whole graph
// (tests/domain/entity/neighbourhood-equivalence.test.ts). A reader that starts reading further
// must extend this query in the same commit, or that test fails.
// Cost: one query; its size follows the resource's degree and its referrers' (on the bundled
// graph at most about 2,100 triples, a few hundred for a person; 0.05–0.5 s on Virtuoso 7.2).
import { FAMILY_SLUGS } from '../viz/act-families.js';
import { NS, OA, RDF_TYPE, RDFS_LABEL, REP } from '../../vocab.js';

/** An IRI a client named that cannot be written as a SPARQL IRIREF (SPARQL 1.1 §19.8, rule 139). */
export class InvalidIriError extends Error {
  override readonly name = 'InvalidIriError';
}

/**
 * `<iri>` for a SPARQL query. Refuses (InvalidIriError) what IRIREF does not allow — `<>"{}|^\``,
 * the backslash, spaces and control characters (code points up to U+0020) — instead of escaping
 * it: IRIREF has no escapes for them, and refusing closes every way out of the `<…>` (no query
 * injection). Also refuses a relative IRI (no scheme), which a store would resolve against its
 * own base.
 */
export function sparqlIri(iri: string): string {
  // eslint-disable-next-line no-control-regex
  const bad = /[\u0000-\u0020<>"{}|^`\\]/u.exec(iri);
  if (bad) {
    const shown = bad[0].charCodeAt(0) <= 0x20 ? `U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : `"${bad[0]}"`;
    throw new InvalidIriError(`The IRI contains ${shown}, which an IRI may not contain (RFC 3987); percent-encode it.`);
  }
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:/u.test(iri)) throw new InvalidIriError(`"${iri.slice(0, 80)}" is not an absolute IRI (it needs a scheme such as https:).`);
  return `<${iri}>`;
}

const iri = (value: string) => `<${value}>`;
/** Predicates of the two-hop stubs (branch 5): what labels, types and kinds a linked node. */
const STUBS = [RDF_TYPE, RDFS_LABEL, NS.skos('prefLabel'), NS.rep('abbreviation'), NS.rep('role')].map(iri).join(', ');
const LABELS = [RDFS_LABEL, NS.skos('prefLabel')].map(iri).join(', ');
const FAMILIES = FAMILY_SLUGS.map((slug) => iri(NS.acttype(slug))).join(' ');
const BROADER = iri(NS.skos('broader'));
const PASSAGE = iri(REP.SourcePassage);
const TYPE = iri(RDF_TYPE);
const SELECTOR = iri(OA.hasSelector);
const ENGAGED_WITH = iri(NS.rep('engagedWith'));
const CONCERNS_ACT = iri(NS.rep('concernsAct'));
const VICTIM = iri(REP.victim);
const ACT_TYPE = iri(REP.actType);

/**
 * The CONSTRUCT of the neighbourhood of `target` (an IRI checked by sparqlIri), each triple once
 * (SELECT DISTINCT inside, so duplicates never count against the store's row cap) and at most
 * `limit` triples. Past the limit the store returns an arbitrary subset: the page is then built
 * from part of the neighbourhood (NeighbourhoodSource logs it and counts it as truncated).
 * `from`: the store's default graphs, written as FROM clauses (the same dataset the remote engine
 * would send as default-graph-uri; measured on Virtuoso 7.2 with the release's three graphs, the
 * query took 2.6–3.8 s with the parameters alone and 0.1–0.5 s with FROM in its text).
 */
export function neighbourhoodQuery(target: string, limit: number, from: readonly string[] = []): string {
  const x = sparqlIri(target);
  const hop1 = `{ ${x} ?x ?h } UNION { ?h ?x ${x} }`;
  const dataset = from.map((graph) => `FROM ${sparqlIri(graph)} `).join('');
  return `CONSTRUCT { ?s ?p ?o } ${dataset}WHERE { SELECT DISTINCT ?s ?p ?o WHERE {
  { ${x} ?p ?o . BIND(${x} AS ?s) }
  UNION { ?s ?p ${x} . BIND(${x} AS ?o) }
  UNION { ${x} ?x ?s . ?s ?p ?o }
  UNION { ?s ?x ${x} . ?s ?p ?o }
  UNION { ${hop1} ?h ?y ?s . FILTER(isIRI(?s)) ?s ?p ?o .
    FILTER(?p IN (${STUBS}) || STRSTARTS(STR(?s), CONCAT(STR(?h), "#")) || EXISTS { ?s ${TYPE} ${PASSAGE} }) }
  UNION { ${hop1} ?h ?y ?t . ?t ${SELECTOR} ?s . ?s ?p ?o }
  UNION { { ${x} ?s ?v } UNION { ?v ?s ${x} } UNION { ${x} ?y ?v . ?v ?s ?w } ?s ?p ?o . FILTER(?p IN (${LABELS})) }
  UNION { ?a ?x ${x} . ?a ${ACT_TYPE} ?t . ?t ${BROADER}* ?s . ?s ?p ?o . FILTER(?p = ${BROADER}) }
  UNION { VALUES ?s { ${FAMILIES} } ?s ?p ?o . FILTER(?p IN (${LABELS})) }
  UNION { ?a ?x ${x} . ?s ?w ?a . FILTER(?w IN (${CONCERNS_ACT}, ${ENGAGED_WITH})) ?s ?p ?o }
  UNION { ?a ?x ${x} . ?c ?w ?a . FILTER(?w IN (${CONCERNS_ACT}, ${ENGAGED_WITH})) ?c ?y ?s . ?s ?p ?o . FILTER(?p IN (${STUBS})) }
  UNION { ?c ?x ${x} . ?c ${CONCERNS_ACT} ?s . ?s ?p ?o . FILTER(?p = ${VICTIM}) }
  UNION { ?c ?x ${x} . ?c ${CONCERNS_ACT} ?a . ?a ${VICTIM} ?s . ?s ?p ?o . FILTER(?p IN (${STUBS})) }
  UNION { ?e ?x ${x} . ?e ${ENGAGED_WITH} ?s . ?s ?p ?o }
  UNION { ?e ?x ${x} . ?e ${ENGAGED_WITH} ?t . ?t ?y ?s . ?s ?p ?o . FILTER(?p IN (${STUBS})) }
} LIMIT ${limit} }`;
}
