// The whole HTTP surface of the service, in one table. Each line: method, path, handler.
// Handlers live in their own files (src/http/sparql/, ...); this file only wires them.
//
//   GET     /sparql                 SPARQL 1.1 Protocol query via GET; without `query`: service description
//   POST    /sparql                 query via form (application/x-www-form-urlencoded) or application/sparql-query
//   *       /sparql                 405 with Allow (updates are refused: the service is read-only)
//   OPTIONS *                       CORS preflight (answered in cors.ts)
import type { Express } from 'express';
import type { RouteContext } from './app.js';
import { sparqlEndpoint } from './sparql/sparql-endpoint.js';

export function registerRoutes(app: Express, context: RouteContext): void {
  const sparql = sparqlEndpoint(context);
  app.get('/sparql', sparql.get);
  app.post('/sparql', sparql.parseBody, sparql.post);
  app.all('/sparql', sparql.methodNotAllowed);

  // --- linked data, JSON-LD API and home page (owned by the linked-data engineer) ---
  // (routes for /id/**, /ontology, /context.jsonld, /api/**, / and static YASGUI go here)
  // --- end of linked-data block ---
}
