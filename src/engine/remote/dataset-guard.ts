// What the remote engine checks before a query leaves the service, because the store would
// otherwise act on whatever a client names: a query sparqljs cannot parse never reaches the store
// (its vendor extensions, e.g. Virtuoso's `DEFINE get:soft`, can make it fetch URLs); graphs named
// by FROM, FROM NAMED, default-graph-uri or named-graph-uri that the service does not expose are
// replaced by an empty graph's name (a store may dereference an unknown graph IRI); SERVICE endpoints must be on the allowlist and, unless
// SERVICE_ALLOW_PRIVATE, resolve to public addresses (service-guard.ts). Then it fixes the dataset
// sent to the store: without one from the client, the exposed default and named graphs (SPARQL 1.1
// Protocol §2.1.4; a store's own default is often the union of all its graphs, system graphs included).
// Cost: one sparqljs parse (linear in the query length; microseconds for typical queries).
import sparqljs from 'sparqljs';
import { BASE_IRI } from '../../config.js';
import { BadRequestError, ForbiddenError, MalformedQueryError } from '../../http/errors.js';
import { datasetOf, type QueryDataset } from '../query-analysis.js';
import type { QueryOptions } from '../query-engine.js';
import { checkServiceUrl, isAllowlisted } from '../service-guard.js';
import { EMPTY_GRAPH } from './remote-config.js';

export interface DatasetPolicy {
  readonly defaultGraphs: readonly string[];
  readonly namedGraphs: readonly string[];
  readonly serviceAllowlist: readonly string[];
  readonly allowPrivate: boolean;
}

/** The FROM / FROM NAMED IRIs of a parsed query; throws MalformedQueryError (sparqljs's message and line). */
export function parseForDataset(query: string): QueryDataset {
  let parsed: sparqljs.SparqlQuery;
  try {
    parsed = new sparqljs.Parser({ baseIRI: BASE_IRI }).parse(query);
  } catch (error) {
    const e = error as { message?: string; hash?: { loc?: { last_line?: number; last_column?: number } } };
    // The position just after the last token read, as Oxigraph reports it (1-based column).
    const line = e.hash?.loc?.last_line;
    const column = e.hash?.loc?.last_column;
    const first = (e.message ?? 'syntax error').split('\n').filter((l) => l.trim() !== '' && !/^-*\^$/.test(l.trim()));
    throw new MalformedQueryError(
      `Syntax error${line !== undefined ? ` at line ${line}${column !== undefined ? `, column ${column + 1}` : ''}` : ''}: ${first.slice(-1)[0] ?? 'cannot parse the query'}`,
      line,
      column !== undefined ? column + 1 : undefined,
    );
  }
  if (parsed.type === 'update') return { from: [], fromNamed: [] };
  return datasetOf(parsed);
}

/**
 * A graph the service exposes stays; any other name becomes EMPTY_GRAPH, so it reads as an empty
 * graph (as with the embedded engine, where a name selects a graph in the store) and the store
 * never sees, let alone fetches, an IRI a client chose.
 */
function exposedOrEmpty(graphs: readonly string[], policy: DatasetPolicy): string[] {
  const exposed = new Set([...policy.defaultGraphs, ...policy.namedGraphs]);
  return [...new Set(graphs.map((g) => (exposed.has(g) ? g : EMPTY_GRAPH)))];
}

/** Checks SERVICE targets (analysis.services from query-analysis.ts). */
export async function checkServices(services: readonly string[], policy: DatasetPolicy): Promise<void> {
  for (const service of services) {
    if (service.startsWith('?')) {
      throw new BadRequestError(`SERVICE ${service}: a variable endpoint is not supported; name the endpoint IRI.`);
    }
    const servicePolicy = { allowlist: policy.serviceAllowlist, allowPrivate: policy.allowPrivate };
    if (!isAllowlisted(service, servicePolicy)) {
      throw new ForbiddenError(
        `SERVICE <${service}> is not allowed. Allowed endpoints: ${policy.serviceAllowlist.join(', ') || '(none)'}.`,
        'service_not_allowed',
      );
    }
    try {
      await checkServiceUrl(service, servicePolicy);
    } catch (error) {
      throw new ForbiddenError(`SERVICE <${service}> is not allowed: ${(error as Error).message}.`, 'service_not_allowed');
    }
  }
}

/**
 * The protocol parameters for the dataset, always sent so they override any FROM in the query
 * (Protocol §2.1.4): the client's parameters, else the query's FROM / FROM NAMED, else the
 * exposed graphs; unknown graph names replaced by EMPTY_GRAPH; an empty part as EMPTY_GRAPH.
 */
export function datasetParams(
  query: QueryDataset,
  options: QueryOptions,
  policy: DatasetPolicy,
): { defaultGraphUris: readonly string[]; namedGraphUris: readonly string[] } {
  const clientDefault = options.defaultGraphUris ?? [];
  const clientNamed = options.namedGraphUris ?? [];
  let wanted: { d: readonly string[]; n: readonly string[] };
  if (clientDefault.length > 0 || clientNamed.length > 0) wanted = { d: clientDefault, n: clientNamed };
  else if (query.from.length > 0 || query.fromNamed.length > 0) wanted = { d: query.from, n: query.fromNamed };
  else return { defaultGraphUris: orEmpty(policy.defaultGraphs), namedGraphUris: orEmpty(policy.namedGraphs) };
  return { defaultGraphUris: orEmpty(exposedOrEmpty(wanted.d, policy)), namedGraphUris: orEmpty(exposedOrEmpty(wanted.n, policy)) };
}

const orEmpty = (graphs: readonly string[]) => (graphs.length > 0 ? graphs : [EMPTY_GRAPH]);
