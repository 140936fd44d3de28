// Dereferencing the graph's IRIs (Cool URIs for the Semantic Web, §4.3 "hash and slash" with
// content negotiation): GET /id/**, /vocab/** and /ontology answer the description of
// BASE_IRI + path, as HTML for browsers or as RDF (Turtle by default; N-Triples, JSON-LD,
// RDF/XML, N-Quads, TriG), always with `Vary: Accept`. Path tricks are 400 (414 when overlong);
// an IRI the graph does not hold is 404 — both checked before any work is done.
import type { Request, RequestHandler, Response } from 'express';
import { describeEntity } from '../../domain/entity/describe-entity.js';
import type { EntityGraph } from '../../domain/entity/entity-graph.js';
import { entityPage } from '../../domain/entity/entity-page.js';
import { EntityPathError, iriForPath, UnknownEntityError } from '../../domain/entity/entity-path.js';
import { contextDefinition } from '../../domain/jsonld/context.js';
import { ONTOLOGY_IRI, ontologyDoc, ontologyQuads } from '../../domain/ontology/ontology-doc.js';
import { serializeQuads } from '../../domain/serialize-rdf.js';
import type { Quad } from 'n3';
import { BadRequestError, HttpError, NotFoundError } from '../errors.js';
import { MEDIA, negotiate } from '../negotiate.js';
import { renderEntityPage } from '../views/entity-view.js';
import { entitySlots } from '../views/entity-slots.js';
import { renderOntologyPage } from '../views/ontology-view.js';
import { publicContextUrl } from './public-url.js';

export interface LinkedDataRoutes {
  /** GET /id/*path and /vocab/*path. */
  readonly entity: RequestHandler;
  /** GET /ontology. */
  readonly ontology: RequestHandler;
}

/** `graph` is called per request (it returns the same, lazily loaded graph each time). */
export function linkedDataRoutes(graphOf: () => EntityGraph, publicBaseUrl?: string): LinkedDataRoutes {
  return {
    entity: async (req, res) => {
      // Vary first: the 404 and 4xx bodies are negotiated too.
      res.set('Vary', 'Accept');
      const iri = requestedIri(req);
      const graph = graphOf();
      const mediaType = negotiate('entity', req.get('Accept'), formatParam(req));
      // The graph never changes while the process runs, so a representation, once built, is
      // reused: the key holds everything the body depends on (IRI, syntax, public address).
      const key = `${iri}\n${mediaType}\n${publicContextUrl(req, publicBaseUrl)}`;
      const cached = representations.get(key);
      if (cached && cached.graph === graph) {
        res.type(cached.contentType).send(cached.body);
        return;
      }
      const description = describeEntity(graph, iri);
      if (!description) throw new NotFoundError(new UnknownEntityError(iri).message);
      const representation =
        mediaType === MEDIA.html
          ? { contentType: 'text/html; charset=utf-8', body: renderEntityPage(entityPage(graph, description), entitySlots(graph, iri)) }
          : await rdfRepresentation(req, description.quads, mediaType, publicBaseUrl);
      remember(key, { ...representation, graph });
      res.type(representation.contentType).send(representation.body);
    },
    ontology: async (req, res) => {
      res.set('Vary', 'Accept');
      requestedIri(req);
      const graph = graphOf();
      const mediaType = negotiate('entity', req.get('Accept'), formatParam(req));
      res.set('Vary', 'Accept');
      if (mediaType === MEDIA.html) {
        res.type('text/html; charset=utf-8').send(renderOntologyPage(ontologyDoc(graph)));
        return;
      }
      await sendRdf(req, res, ontologyQuads(graph), mediaType, publicBaseUrl, ONTOLOGY_IRI);
    },
  };
}

/** The IRI the raw request path names; path tricks become 400, overlong paths 414. */
function requestedIri(req: Request): string {
  const rawPath = req.originalUrl.split('?')[0] ?? '';
  try {
    return iriForPath(rawPath);
  } catch (error) {
    if (!(error instanceof EntityPathError)) throw error;
    if (error.tooLong) throw new HttpError(414, 'uri_too_long', error.message);
    throw new BadRequestError(error.message);
  }
}

function formatParam(req: Request): string | undefined {
  const format = req.query['format'];
  if (format === undefined) return undefined;
  if (typeof format !== 'string') throw new BadRequestError('Give "format" once, as a short name (ttl, nt, jsonld, rdf, html).');
  return format;
}

/**
 * RDF in the negotiated syntax. JSON-LD is compacted with the project's context given inline
 * (never fetched) and then points at the published context instead of repeating it.
 */
async function sendRdf(
  req: Request,
  res: Response,
  quads: readonly Quad[],
  mediaType: string,
  publicBaseUrl: string | undefined,
  baseIri?: string,
): Promise<void> {
  const { contentType, body } = await rdfRepresentation(req, quads, mediaType, publicBaseUrl, baseIri);
  res.type(contentType).send(body);
}

interface Representation {
  readonly contentType: string;
  readonly body: string;
}

async function rdfRepresentation(
  req: Request,
  quads: readonly Quad[],
  mediaType: string,
  publicBaseUrl: string | undefined,
  baseIri?: string,
): Promise<Representation> {
  let body = await serializeQuads(quads, mediaType, {
    jsonldContext: contextDefinition(),
    ...(baseIri ? { baseIri } : {}),
  });
  if (mediaType === MEDIA.jsonld) {
    const document = JSON.parse(body) as Record<string, unknown>;
    body = JSON.stringify({ ...document, '@context': publicContextUrl(req, publicBaseUrl) }, null, 2);
  }
  return { contentType: `${mediaType}; charset=utf-8`, body };
}

/**
 * Built entity representations, by IRI, syntax and public address. Bounded: past MAX_CACHED the
 * oldest entries go (a few thousand entities × 8 syntaxes fit; memory stays a few MB).
 */
const MAX_CACHED = 4096;
const representations = new Map<string, Representation & { readonly graph: EntityGraph }>();

function remember(key: string, value: Representation & { readonly graph: EntityGraph }): void {
  if (representations.size >= MAX_CACHED) {
    const oldest = representations.keys().next().value;
    if (oldest !== undefined) representations.delete(oldest);
  }
  representations.set(key, value);
}
