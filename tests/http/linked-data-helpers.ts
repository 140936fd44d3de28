// Helpers for the linked-data, API and home-page tests: raw HTTP requests (fetch would normalise
// "..", so path tricks need node:http) and the bundled graph, read independently of the service.
import http from 'node:http';
import { loadGraph } from '../../src/store/load-graph.js';
import { createOxigraphStore } from '../../src/store/oxigraph-store.js';
import { EntityGraph } from '../../src/domain/entity/entity-graph.js';

export const BASE = 'https://w3id.org/hrd-reprisals/';

export interface RawResponse {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
}

/** Sends `path` exactly as given (no normalisation, no re-encoding). */
export function rawRequest(url: string, path: string, options: { method?: string; headers?: Record<string, string> } = {}): Promise<RawResponse> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname, port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

let graph: EntityGraph | undefined;
/** The bundled graph in an N3 store (what the service reads for pages and the API). */
export function bundledGraph(): EntityGraph {
  graph ??= new EntityGraph(loadGraph().store);
  return graph;
}

let oxigraph: ReturnType<typeof createOxigraphStore> | undefined;
/**
 * SPARQL over the bundled graph in Oxigraph: an implementation independent of the API's
 * filters, used to compute the values the API must return. Returns the values of ?x.
 */
export function sparqlValues(query: string): string[] {
  oxigraph ??= createOxigraphStore();
  const rows = oxigraph.query(query) as Map<string, { value: string }>[];
  return rows.map((row) => row.get('x')!.value);
}

export const PREFIXES = `PREFIX rep: <${BASE}ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX schema: <https://schema.org/>
`;
