// The OpenAPI 3.1 description of the JSON-LD API and the linked-data routes, built from the same
// tables the handlers use (resource kinds, their filters, paging limits), so it cannot drift
// from them. Served at /openapi.json; every path carries examples that a test requests.
import { DEFAULT_LIMIT, KIND_FILTERS, MAX_LIMIT, MAX_YEAR, MIN_YEAR } from '../../domain/api/list-query.js';
import { RESOURCE_KINDS, type ResourceKind } from '../../domain/api/resource-graph.js';
import { listTablePaths } from './list-tables.js';

type Json = Record<string, unknown>;

const KIND_INFO: Readonly<Record<ResourceKind, { label: string; example: string; typeHelp: string }>> = {
  persons: { label: 'persons', example: 'cao-shunli', typeHelp: 'act type (slug of vocab/act-type, narrower types included) of an act the person suffered' },
  acts: { label: 'reprisal acts', example: 'cao-shunli-airport-detention-2013', typeHelp: 'act type (slug of vocab/act-type, narrower types included)' },
  organisations: { label: 'organisations (NGOs, state organs, states)', example: 'chrd', typeHelp: 'class: Organisation, NGO, StateOrgan or State' },
  'un-bodies': { label: 'UN bodies, mechanisms and offices', example: 'cat', typeHelp: 'class: UNEntity, UNBody, TreatyBody, UNMechanism, SpecialProcedureMandate or UNOffice' },
};

const FILTER_DOCS: Readonly<Record<string, (kind: ResourceKind) => Json>> = {
  type: (kind) => ({ description: `Only items of this ${KIND_INFO[kind].typeHelp}.`, schema: { type: 'string' } }),
  role: () => ({ description: 'Slug of a role (vocab/role), e.g. lawyer.', schema: { type: 'string' } }),
  from: () => ({ description: `First year; items dated (earliest..latest) overlapping [from, to].`, schema: { type: 'integer', minimum: MIN_YEAR, maximum: MAX_YEAR } }),
  to: () => ({ description: 'Last year of the range.', schema: { type: 'integer', minimum: MIN_YEAR, maximum: MAX_YEAR } }),
  charge: () => ({ description: 'Slug of a charge (vocab/charge), of the act or its proceeding.', schema: { type: 'string' } }),
  place: (kind) => ({
    description: kind === 'organisations' ? 'Slug of a place (id/place): the organ’s jurisdiction, or within it.' : 'Slug of a place (id/place): where the act happened, or within it.',
    schema: { type: 'string' },
  }),
  unBody: () => ({ description: 'Slug of a UN entity (id/un): the engagement punished addressed it (or a meeting it held), or it raised the case.', schema: { type: 'string' } }),
};

const JSONLD_RESPONSE = (description: string): Json => ({
  description,
  content: { 'application/ld+json': { schema: { type: 'object' } } },
});

const ERROR = (description: string): Json => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });

export function openApiDocument(serverUrl: string): Json {
  const paths: Json = {};
  for (const kind of RESOURCE_KINDS) {
    const info = KIND_INFO[kind];
    paths[`/api/${kind}`] = {
      get: {
        summary: `List ${info.label}`,
        operationId: `list-${kind}`,
        parameters: [
          ...KIND_FILTERS[kind].map((name) => ({ name, in: 'query', required: false, ...FILTER_DOCS[name]!(kind) })),
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT } },
          { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0, default: 0 } },
        ],
        responses: {
          200: JSONLD_RESPONSE('A hydra:Collection page: total, limit, offset, first/prev/next links, items (framed JSON-LD).'),
          400: ERROR('A filter or paging value is wrong; the message says what to send.'),
        },
      },
    };
    paths[`/api/${kind}/{slug}`] = {
      get: {
        summary: `One of the ${info.label}, framed with its acts and sources`,
        operationId: `get-${kind}`,
        parameters: [{ name: 'slug', in: 'path', required: true, schema: { type: 'string' }, example: info.example }],
        responses: { 200: JSONLD_RESPONSE('The item.'), 404: ERROR('No such item.'), 400: ERROR('Not a slug.') },
      },
    };
  }
  Object.assign(paths, listTablePaths());
  paths['/context.jsonld'] = {
    get: { summary: 'The JSON-LD context of every API response', operationId: 'context', responses: { 200: JSONLD_RESPONSE('The context.') } },
  };
  paths['/id/{kind}/{slug}'] = {
    get: {
      summary: 'Dereference an entity IRI (https://w3id.org/hrd-reprisals/id/{kind}/{slug}): HTML or RDF by Accept or format=',
      operationId: 'entity',
      parameters: [
        { name: 'kind', in: 'path', required: true, schema: { type: 'string' }, example: 'person' },
        { name: 'slug', in: 'path', required: true, schema: { type: 'string' }, example: 'cao-shunli' },
        { name: 'format', in: 'query', schema: { type: 'string', enum: ['html', 'ttl', 'nt', 'nq', 'trig', 'jsonld', 'rdf'] } },
      ],
      responses: { 200: { description: 'The description (Vary: Accept).', content: rdfContent() }, 404: ERROR('Unknown IRI.'), 400: ERROR('Path trick.'), 406: ERROR('No acceptable format.') },
    },
  };
  paths['/vocab/{scheme}/{concept}'] = {
    get: {
      summary: 'Dereference a SKOS concept of the vocabularies',
      operationId: 'concept',
      parameters: [
        { name: 'scheme', in: 'path', required: true, schema: { type: 'string' }, example: 'act-type' },
        { name: 'concept', in: 'path', required: true, schema: { type: 'string' }, example: 'detention' },
      ],
      responses: { 200: { description: 'The concept and the acts typed with it.', content: rdfContent() }, 404: ERROR('Unknown concept.') },
    },
  };
  paths['/ontology'] = {
    get: { summary: 'The ontology: HTML documentation or RDF', operationId: 'ontology', responses: { 200: { description: 'The ontology.', content: rdfContent() } } },
  };
  paths['/sparql'] = {
    get: {
      summary: 'SPARQL 1.1 Protocol endpoint (without `query`: the service description)',
      operationId: 'sparql',
      parameters: [{ name: 'query', in: 'query', required: false, schema: { type: 'string' } }],
      responses: { 200: { description: 'Query results or the service description.' }, 400: ERROR('Malformed query.') },
    },
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'HRD reprisals graph — JSON-LD API and linked data',
      version: '0.1.0',
      description:
        'Framed JSON-LD (short keys from /context.jsonld) for persons, acts, organisations and UN bodies; the browse lists as JSON or CSV tables (/api/lists/{kind}); and dereferenceable IRIs of the graph.',
      license: { name: 'CC BY 4.0', identifier: 'CC-BY-4.0' },
    },
    servers: [{ url: serverUrl }],
    paths,
    components: {
      schemas: {
        Error: {
          type: 'object',
          properties: { error: { type: 'object', properties: { status: { type: 'integer' }, code: { type: 'string' }, message: { type: 'string' } } } },
        },
      },
    },
  };
}

function rdfContent(): Json {
  const types = ['text/html', 'text/turtle', 'application/n-triples', 'application/ld+json', 'application/rdf+xml'];
  return Object.fromEntries(types.map((type) => [type, {}]));
}
