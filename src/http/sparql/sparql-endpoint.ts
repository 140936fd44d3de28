// SPARQL 1.1 Protocol query operation at /sparql (https://www.w3.org/TR/sparql11-protocol/ §2.1).
// (interface first; implementation follows)
import type { RequestHandler } from 'express';
import type { RouteContext } from '../app.js';
import { MethodNotAllowedError } from '../errors.js';

export interface SparqlEndpoint {
  readonly get: RequestHandler;
  readonly parseBody: RequestHandler;
  readonly post: RequestHandler;
  readonly methodNotAllowed: RequestHandler;
}

export function sparqlEndpoint(_context: RouteContext): SparqlEndpoint {
  const notYet: RequestHandler = (_req, res) => void res.status(501).end();
  return {
    get: notYet,
    parseBody: (_req, _res, next) => next(),
    post: notYet,
    methodNotAllowed: (req, _res, next) => next(new MethodNotAllowedError(req.method, ['GET', 'POST', 'OPTIONS'])),
  };
}
