// SPARQL 1.1 Protocol query operation at /sparql (https://www.w3.org/TR/sparql11-protocol/ §2.1):
// GET with `query` (§2.1.1), POST url-encoded (§2.1.2), POST application/sparql-query (§2.1.3),
// with default-graph-uri/named-graph-uri (§2.1.4), plus `format=` and `timeout=<ms>`. GET
// without a query serves the Service Description. Read-only: updates are refused (403).
// Contract: every client mistake becomes a typed 4xx (415 wrong body type or charset, 413 body
// too large, 406 no acceptable format, 400 malformed query with line and column).
import express, { type RequestHandler } from 'express';
import { serializeQuads } from '../../domain/serialize-rdf.js';
import type { RouteContext } from '../route-context.js';
import { BadRequestError, ForbiddenError, MethodNotAllowedError, PayloadTooLargeError, UnsupportedMediaTypeError } from '../errors.js';
import { negotiate } from '../negotiate.js';
import { protocolParams, type ProtocolParams } from './protocol-params.js';
import { serviceDescription } from './service-description.js';

export interface SparqlEndpoint {
  readonly get: RequestHandler;
  readonly parseBody: RequestHandler;
  readonly post: RequestHandler;
  readonly methodNotAllowed: RequestHandler;
}

const FORM = 'application/x-www-form-urlencoded';
const DIRECT = 'application/sparql-query';
const UPDATE = 'application/sparql-update';
const ALLOWED = ['GET', 'HEAD', 'POST', 'OPTIONS'];

export function sparqlEndpoint(context: RouteContext): SparqlEndpoint {
  const limit = context.limits.maxBodyBytes;
  const form = express.urlencoded({ extended: false, limit, parameterLimit: 100, type: FORM });
  const direct = express.text({ limit, type: DIRECT, defaultCharset: 'utf-8' });

  const answer = async (req: express.Request, res: express.Response, params: ProtocolParams) => {
    const query = params.query!;
    if (query.length > context.limits.maxQueryLength) {
      throw new PayloadTooLargeError(`Query is ${query.length} characters long; the limit is ${context.limits.maxQueryLength}.`);
    }
    const accept = req.get('Accept');
    const result = await context.engine.query(query, (kind) => negotiate(kind, accept, params.format), {
      timeoutMs: params.timeoutMs,
      defaultGraphUris: params.defaultGraphUris,
      namedGraphUris: params.namedGraphUris,
    });
    res.set('Vary', 'Accept');
    res.set('X-Result-Count', String(result.count));
    if (result.truncated) res.set('X-Result-Truncated', 'true');
    res.type(`${result.mediaType}; charset=utf-8`).send(result.body);
  };

  const describe = async (req: express.Request, res: express.Response, params: ProtocolParams) => {
    const mediaType = negotiate('graph', req.get('Accept'), params.format);
    const base = context.publicBaseUrl ?? `${req.protocol}://${req.get('host')}/`;
    const info = context.engine.info();
    const quads = serviceDescription({ endpoint: new URL('sparql', base).href, ...info });
    res.set('Vary', 'Accept');
    res.type(`${mediaType}; charset=utf-8`).send(await serializeQuads(quads, mediaType));
  };

  return {
    get: async (req, res) => {
      const params = protocolParams(req);
      if (params.query === undefined) await describe(req, res, params);
      else await answer(req, res, params);
    },
    parseBody: (req, res, next) => {
      const type = req.get('Content-Type') ?? '';
      // No body at all (neither Content-Length nor Transfer-Encoding: RFC 9112 §6.3): say so,
      // rather than refuse a Content-Type that may well be the right one.
      if (req.headers['content-length'] === undefined && req.headers['transfer-encoding'] === undefined) {
        return next(new BadRequestError(`POST ${req.path} has no body: send the query as ${DIRECT}, or as query=… in an ${FORM} body.`));
      }
      if (req.is(FORM)) return form(req, res, next);
      if (req.is(DIRECT)) {
        const charset = /charset\s*=\s*"?([^";\s]+)/i.exec(type)?.[1];
        if (charset && !/^utf-?8$/i.test(charset)) {
          return next(new UnsupportedMediaTypeError(type, [`${DIRECT} (UTF-8)`]));
        }
        return direct(req, res, next);
      }
      if (req.is(UPDATE)) {
        return next(new ForbiddenError('This service is read-only: SPARQL Update is not accepted.', 'read_only'));
      }
      next(new UnsupportedMediaTypeError(type, [FORM, DIRECT]));
    },
    post: async (req, res) => {
      const body = req.is(DIRECT) ? (typeof req.body === 'string' ? req.body : '') : undefined;
      const params = protocolParams(req, body);
      if (params.query === undefined) throw new BadRequestError('No query: send it as the `query` form field or as an application/sparql-query body.');
      await answer(req, res, params);
    },
    methodNotAllowed: (req, _res, next) => next(new MethodNotAllowedError(req.method, ALLOWED)),
  };
}
