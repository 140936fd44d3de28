// Downloads of the dataset release and its VoID description:
//   GET /release/          the list of files (HTML, or JSON when preferred) with size and SHA-256
//   GET /release/<path>    one file, with its media type, ETag (its SHA-256) and conditional GET
//   GET /.well-known/void  the VoID/DCAT description (RFC 8615 well-known URI, VoID §7.2) with
//                          endpoint and download URLs on this server
// Files come from the in-memory release (release-cache.ts), never from the file system: a path
// that is not a file of the release is 404, a path trick 400 (release-path.ts).
// In front of a SPARQL store larger than RELEASE_MAX_TRIPLES every one of them is 503
// `release_too_large`, saying how to build the release offline (src/engine/release-limit.ts).
import type { RequestHandler } from 'express';
import type { Release } from '../../domain/export/build-release.js';
import { DATASET } from '../../domain/export/release-info.js';
import { sha256, type ReleaseFile } from '../../domain/export/release-file.js';
import { voidTurtle } from '../../domain/export/void-description.js';
import type { RouteContext } from '../route-context.js';
import { HttpError, MethodNotAllowedError, NotFoundError, ServiceUnavailableError } from '../errors.js';
import { negotiate } from '../negotiate.js';
import { ReleaseTooLargeError } from '../../engine/release-limit.js';
import { ReleaseBuildError } from '../../engine/release-process.js';
import { publicBase } from '../linked-data/public-url.js';
import { renderReleaseBuilding, renderReleaseIndex } from './release-index-view.js';
import { releasePath } from './release-path.js';
import { sharedRelease } from './release-cache.js';

export interface ReleaseHandlers {
  readonly index: RequestHandler;
  readonly file: RequestHandler;
  readonly wellKnownVoid: RequestHandler;
  readonly methodNotAllowed: RequestHandler;
}

const TEXT = /^(text\/|application\/(n-triples|n-quads|ld\+json|rdf\+xml|json|x-yaml))/u;

/** Content-Type of a release file: its media type, with charset=utf-8 for text. */
export function contentType(file: Pick<ReleaseFile, 'mediaType'>): string {
  return TEXT.test(file.mediaType) ? `${file.mediaType}; charset=utf-8` : file.mediaType;
}

/** 503 without Retry-After: retrying does not help until the operator raises the limit or exports offline. */
export class ReleaseTooLargeHttpError extends HttpError {
  override readonly name = 'ReleaseTooLargeHttpError';
  constructor(message: string) {
    super(503, 'release_too_large', message);
  }
}

export function releaseHandlers(context: RouteContext, build: () => Promise<Release> = sharedRelease): ReleaseHandlers {
  const release = () =>
    build().catch((error: unknown) => {
      if (error instanceof ReleaseTooLargeError) throw new ReleaseTooLargeHttpError(error.message);
      // The child's message may name internals (the store's address): logged there, not sent.
      if (error instanceof ReleaseBuildError) {
        throw new ServiceUnavailableError('The dataset release could not be built; it is tried again on the next request.', 'release_failed', 5);
      }
      throw error;
    });
  return {
    index: async (req, res) => {
      // HTML or JSON (negotiate.ts, kind `index`); an Accept that excludes both is 406 (RFC 9110 §12.5.1).
      res.set('Vary', 'Accept');
      const format = typeof req.query.format === 'string' ? req.query.format : undefined;
      const type = negotiate('index', req.get('Accept'), format);
      const pending = release();
      // A browser never waits on a blank page: while the build (started with the server) runs,
      // it gets a page saying so that reloads itself (503 + Retry-After, RFC 9110 §15.6.4).
      if (type === 'text/html' && (await settledNow(pending)) === 'pending') {
        res.status(503).set({ 'Retry-After': '2', 'Cache-Control': 'no-store' }).type('text/html; charset=utf-8').send(renderReleaseBuilding());
        return;
      }
      const r = await pending;
      if (type === 'application/json') {
        const files = r.files.map((f) => ({ path: f.path, title: f.title, mediaType: f.mediaType, bytes: f.content.length, sha256: sha256(f) }));
        res.type('application/json; charset=utf-8').send(JSON.stringify({ version: r.info.version, issued: r.info.issued, files }, null, 2));
        return;
      }
      res.type('text/html; charset=utf-8').send(renderReleaseIndex(r));
    },
    file: async (req, res) => {
      const path = releasePath(req.originalUrl);
      const r = await release();
      const file = r.files.find((f) => f.path === path);
      if (!file) throw new NotFoundError(`The release has no file ${path}; see /release/ for the list.`);
      res.set({
        'Content-Type': contentType(file),
        ETag: `"${sha256(file)}"`,
        'Cache-Control': 'public, max-age=3600',
        'X-Content-Type-Options': 'nosniff',
      });
      res.send(file.content);
    },
    wellKnownVoid: async (req, res) => {
      const r = await release();
      const turtle = await voidTurtle({ ...r.void, serviceBase: publicBase(req, context.publicBaseUrl) });
      res.type('text/turtle; charset=utf-8').set('Link', `<${DATASET.releasePath}void.ttl>; rel="alternate"`).send(turtle);
    },
    methodNotAllowed: (req, _res, next) => {
      if (req.method === 'GET' || req.method === 'HEAD') return next();
      throw new MethodNotAllowedError(req.method, ['GET', 'HEAD', 'OPTIONS']);
    },
  };
}

/** Whether the promise has settled (either way) by the next turn of the event loop; never waits for it. */
async function settledNow(promise: Promise<unknown>): Promise<'settled' | 'pending'> {
  const later = new Promise<'pending'>((resolve) => setImmediate(() => resolve('pending')));
  return Promise.race([promise.then(() => 'settled' as const, () => 'settled' as const), later]);
}
