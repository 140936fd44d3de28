// What the remote engine checks before a query leaves the service, because the store would
// otherwise act on whatever a client names: a query sparqljs cannot parse never reaches the store
// (its vendor extensions, e.g. Virtuoso's `DEFINE get:soft`, can make it fetch URLs); graphs named
// by FROM, FROM NAMED, default-graph-uri or named-graph-uri must be graphs the service exposes (a
// store may dereference an unknown graph IRI); SERVICE endpoints must be on the allowlist and, unless
// SERVICE_ALLOW_PRIVATE, resolve to public addresses (service-guard.ts). Then it fixes the dataset
// sent to the store: without one from the client, the exposed default and named graphs (SPARQL 1.1
// Protocol §2.1.4; a store's own default is often the union of all its graphs, system graphs included).
// Cost: one sparqljs parse (linear in the query length; microseconds for typical queries).
import sparqljs from 'sparqljs';
import { BASE_IRI } from '../../config.js';
import { BadRequestError, ForbiddenError, MalformedQueryError } from '../../http/errors.js';
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
export function parseForDataset(query: string): { from: readonly string[]; fromNamed: readonly string[] } {
  let parsed: sparqljs.SparqlQuery;
  try {
    parsed = new sparqljs.Parser({ baseIRI: BASE_IRI }).parse(query);
  } catch (error) {
    const e = error as { message?: string; hash?: { loc?: { first_line?: number; first_column?: number } } };
    const line = e.hash?.loc?.first_line;
    const column = e.hash?.loc?.first_column;
    const first = (e.message ?? 'syntax error').split('\n').filter((l) => l.trim() !== '' && !/^-*\^$/.test(l.trim()));
    throw new MalformedQueryError(
      `Syntax error${line !== undefined ? ` at line ${line}${column !== undefined ? `, column ${column + 1}` : ''}` : ''}: ${first.slice(-1)[0] ?? 'cannot parse the query'}`,
      line,
      column !== undefined ? column + 1 : undefined,
    );
  }
  const from = (parsed as { from?: { default?: { value: string }[]; named?: { value: string }[] } }).from;
  return { from: (from?.default ?? []).map((t) => t.value), fromNamed: (from?.named ?? []).map((t) => t.value) };
}

/** 403 unless every graph is one the service exposes. */
function checkGraphs(graphs: readonly string[], policy: DatasetPolicy, where: string): void {
  const exposed = new Set([...policy.defaultGraphs, ...policy.namedGraphs]);
  for (const graph of graphs) {
    if (!exposed.has(graph)) {
      throw new ForbiddenError(
        `${where} <${graph}> is not a graph of this service. Graphs: ${[...exposed].map((g) => `<${g}>`).join(', ') || '(none)'}.`,
        'graph_not_allowed',
      );
    }
  }
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
 * The protocol parameters for the dataset: the client's (checked), none when the query names
 * its own with FROM (checked; protocol parameters would override it), else the exposed graphs.
 */
export function datasetParams(
  query: { from: readonly string[]; fromNamed: readonly string[] },
  options: QueryOptions,
  policy: DatasetPolicy,
): { defaultGraphUris: readonly string[]; namedGraphUris: readonly string[] } {
  const clientDefault = options.defaultGraphUris ?? [];
  const clientNamed = options.namedGraphUris ?? [];
  checkGraphs(clientDefault, policy, 'default-graph-uri');
  checkGraphs(clientNamed, policy, 'named-graph-uri');
  checkGraphs(query.from, policy, 'FROM');
  checkGraphs(query.fromNamed, policy, 'FROM NAMED');
  if (clientDefault.length > 0 || clientNamed.length > 0) {
    return {
      defaultGraphUris: clientDefault.length > 0 ? clientDefault : [EMPTY_GRAPH],
      namedGraphUris: clientNamed.length > 0 ? clientNamed : [EMPTY_GRAPH],
    };
  }
  if (query.from.length > 0 || query.fromNamed.length > 0) return { defaultGraphUris: [], namedGraphUris: [] };
  return {
    defaultGraphUris: policy.defaultGraphs.length > 0 ? policy.defaultGraphs : [EMPTY_GRAPH],
    namedGraphUris: policy.namedGraphs.length > 0 ? policy.namedGraphs : [EMPTY_GRAPH],
  };
}
