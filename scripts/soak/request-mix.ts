// The soak's traffic: one weighted fast-check arbitrary of requests, normal and hostile, drawn
// from the real graph's terms and the competency queries (queries/*.rq). Weights are in
// requests per 100; `lookup` marks the requests whose p99 the report gives (entity lookup by
// SPARQL and entity pages, half of the SPARQL ones made unique by a comment so they reach the
// engine rather than the HTTP cache).
import fc from 'fast-check';
import { fieldText, graphAccept, MAX_TARGET, oddAccept, resultsAccept, trickyPath } from './http-arbitraries.js';
import { crossProductQuery, deeplyNestedQuery, hugeConstructQuery, malformedQuery, remoteSourceQuery, sparqlQuery, type GraphTerms } from './sparql-arbitraries.js';

export interface SoakRequest {
  /** Traffic class, for the report. */
  readonly kind: string;
  readonly method: string;
  /** The raw request-target, sent as is. */
  readonly path: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
  readonly lookup?: boolean;
  /** Sent on the same client right after this one (the crash recipe of issue 8 is a pair). */
  readonly then?: SoakRequest;
}

export interface MixInputs {
  readonly selfUrl: string;
  readonly terms: GraphTerms;
  /** Paths of entity pages (e.g. /id/person/cao-shunli). */
  readonly entityPaths: readonly string[];
  /** Texts of the competency queries. */
  readonly queries: readonly string[];
}

const get = (kind: string, path: string, headers: Record<string, string> = {}, lookup = false): SoakRequest => ({ kind, method: 'GET', path, headers, lookup });
/** A GET /sparql, or a POST of the query text when the URL would pass MAX_TARGET. */
function sparqlGet(kind: string, query: string, headers: Record<string, string> = {}, extra = ''): SoakRequest {
  const path = `/sparql?query=${encodeURIComponent(query)}${extra}`;
  if (path.length <= MAX_TARGET) return get(kind, path, headers);
  return { kind, method: 'POST', path: `/sparql${extra.replace(/^&/u, '?')}`, headers: { ...headers, 'Content-Type': 'application/sparql-query' }, body: query };
}
const timeoutParam = fc.option(fc.integer({ min: 50, max: 5000 }), { nil: undefined }).map((t) => (t === undefined ? '' : `&timeout=${t}`));

/** Bodies a POST /sparql or /reconcile may carry, good and bad. */
function postVariants(query: fc.Arbitrary<string>): fc.Arbitrary<SoakRequest> {
  return fc.tuple(query, fc.constantFrom('direct', 'form', 'wrong-type', 'bad-charset', 'update', 'oversize'), resultsAccept).map(([q, variant, accept]) => {
    const headers: Record<string, string> = { Accept: accept, 'Content-Type': 'application/sparql-query' };
    let body = q;
    if (variant === 'form') [headers['Content-Type'], body] = ['application/x-www-form-urlencoded', `query=${encodeURIComponent(q)}`];
    if (variant === 'wrong-type') headers['Content-Type'] = 'text/plain';
    if (variant === 'bad-charset') headers['Content-Type'] = 'application/sparql-query; charset=latin-9';
    if (variant === 'update') [headers['Content-Type'], body] = ['application/sparql-update', 'DELETE WHERE { ?s ?p ?o }'];
    if (variant === 'oversize') body = `${q} #${'x'.repeat(70 * 1024)}`;
    return { kind: `post-${variant}`, method: 'POST', path: '/sparql', headers, body };
  });
}

export function requestMix(inputs: MixInputs): fc.Arbitrary<SoakRequest> {
  const { terms, entityPaths, queries, selfUrl } = inputs;
  const entityPath = fc.constantFrom(...entityPaths);
  const entityIri = fc.constantFrom(...terms.entities);
  const kinds = fc.constantFrom('persons', 'acts', 'organisations', 'un-bodies');
  const apiParam = fc.tuple(fc.constantFrom('limit', 'offset', 'type', 'from', 'to', 'charge', 'place', 'unBody', 'role', 'junk'), fc.oneof(fc.nat(200).map(String), fc.constantFrom('-1', '1e9', 'abc', '', '2016', 'person/cao-shunli'), fieldText))
    .map(([name, value]) => `${name}=${encodeURIComponent(value)}`);
  const reconcileQuery = fc.record({ query: fc.oneof(fc.constantFrom('Cao Shunli', 'Wang Yu', 'Jiang Tianyong', 'Chen'), fc.string({ unit: 'grapheme', maxLength: 40 })), type: fc.option(fc.constantFrom('Person', 'Organisation', 'Nonsense'), { nil: undefined }), limit: fc.option(fc.integer({ min: -5, max: 500 }), { nil: undefined }) });
  const generated = sparqlQuery(terms);
  return fc.oneof(
    // --- what researchers do ---
    { weight: 16, arbitrary: fc.tuple(fc.constantFrom(...queries), resultsAccept).map(([q, accept]) => sparqlGet('competency-query', q, { Accept: accept })) },
    { weight: 12, arbitrary: fc.tuple(entityIri, fc.boolean(), fc.nat()).map(([iri, unique, n]) => ({ ...sparqlGet('lookup-sparql', `SELECT ?p ?o WHERE { <${iri}> ?p ?o }${unique ? ` # ${n}` : ''}`, { Accept: 'application/sparql-results+json' }), lookup: true })) },
    { weight: 12, arbitrary: fc.tuple(entityPath, graphAccept).map(([path, accept]) => get('entity-page', path, { Accept: accept }, true)) },
    { weight: 7, arbitrary: fc.tuple(kinds, fc.array(apiParam, { maxLength: 4 })).map(([kind, params]) => get('api-list', `/api/${kind}${params.length ? `?${params.join('&')}` : ''}`)) },
    { weight: 3, arbitrary: entityPath.map((path) => get('api-item', path.replace(/^\/id\/person\//u, '/api/persons/'))) },
    { weight: 3, arbitrary: fc.dictionary(fc.constantFrom('q0', 'q1', 'q2'), reconcileQuery).map((batch) => get('reconcile-get', `/reconcile?queries=${encodeURIComponent(JSON.stringify(batch))}`)) },
    { weight: 2, arbitrary: fc.oneof(fc.dictionary(fc.string({ maxLength: 4 }), reconcileQuery), fc.jsonValue()).map((batch) => ({ kind: 'reconcile-post', method: 'POST', path: '/reconcile', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(batch) ?? 'null' })) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom('entity', 'type', 'property'), fc.string({ unit: 'grapheme', maxLength: 20 })).map(([what, prefix]) => get('reconcile-suggest', `/reconcile/suggest/${what}?prefix=${encodeURIComponent(prefix)}`)) },
    { weight: 2, arbitrary: fc.constantFrom('/', '/ontology', '/openapi.json', '/context.jsonld', '/sparql', '/.well-known/void', '/release/').map((path) => get('documents', path)) },
    // --- generated and hostile ---
    { weight: 10, arbitrary: fc.tuple(generated, resultsAccept, timeoutParam).map(([q, accept, t]) => sparqlGet('generated-sparql', q, { Accept: accept }, t)) },
    { weight: 4, arbitrary: postVariants(generated) },
    { weight: 6, arbitrary: malformedQuery(terms).map((q) => sparqlGet('malformed-sparql', q, { Accept: 'application/json' })) },
    { weight: 3, arbitrary: deeplyNestedQuery.map((q) => sparqlGet('deep-nesting', q)) },
    { weight: 2, arbitrary: fc.tuple(crossProductQuery, timeoutParam).map(([q, t]) => sparqlGet('cross-product', q, {}, t)) },
    { weight: 2, arbitrary: fc.tuple(hugeConstructQuery, graphAccept).map(([q, accept]) => sparqlGet('huge-construct', q, { Accept: accept })) },
    { weight: 1, arbitrary: fc.constantFrom('text/turtle', 'application/n-triples').map((accept) => ({
      ...sparqlGet('crash-recipe', 'SELECT (GROUP_CONCAT(STR(?o)) AS ?all) WHERE { ?s ?p ?o . ?x ?y ?z }', { Accept: 'application/sparql-results+json' }, '&timeout=300'),
      then: sparqlGet('crash-recipe', 'CONSTRUCT { ?a ?b ?f } WHERE { ?a ?b ?c . ?d ?e ?f }', { Accept: accept }),
    })) },
    { weight: 3, arbitrary: remoteSourceQuery(selfUrl).map((q) => sparqlGet('service-from', q)) },
    { weight: 1, arbitrary: fc.constantFrom('file:///etc/passwd', `${selfUrl}/sparql`, 'http://127.0.0.1:1/').map((iri) => sparqlGet('graph-uri-param', 'SELECT * WHERE { ?s ?p ?o } LIMIT 3', {}, `&default-graph-uri=${encodeURIComponent(iri)}&named-graph-uri=${encodeURIComponent(iri)}`)) },
    { weight: 4, arbitrary: trickyPath.map((path) => get('path-trick', path)) },
    { weight: 3, arbitrary: fc.tuple(oddAccept, fc.oneof(entityPath, fc.constant('/sparql?query=SELECT%20*%20WHERE%20%7B%3Fs%20%3Fp%20%3Fo%7D%20LIMIT%202'), fc.constant('/api/persons'), fc.constant('/release/'), fc.constant('/ontology')))
      .map(([accept, path]) => get('odd-accept', path, { Accept: accept })) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('PUT', 'DELETE', 'PATCH', 'PROPFIND', 'OPTIONS', 'TRACE'), fc.constantFrom('/sparql', '/id/person/cao-shunli', '/api/persons', '/reconcile', '/')).map(([method, path]) => ({ kind: 'odd-method', method, path, headers: { 'Access-Control-Request-Method': 'GET' } })) },
  );
}
