// Dereferencing the graph's IRIs (Cool URIs for the Semantic Web, §4.3 "hash and slash" with
// content negotiation): GET /id/**, /vocab/** and /ontology answer the description of
// BASE_IRI + path, as HTML for browsers or as RDF (Turtle by default; N-Triples, JSON-LD,
// RDF/XML, N-Quads, TriG), always with `Vary: Accept`. Path tricks are 400 (414 when overlong);
// an IRI the graph does not hold is 404 — both checked before any work is done. A path whose
// slashes a client percent-encoded (`/id/person%2Fcao-shunli`, as Reconciliation API 0.2 clients
// do with view templates) is decoded once and, if the decoded path is a valid entity path (no dot
// segment, nothing still encoded), answered 303 See Other to it; anything else stays 400.
// For a user's data (`kg serve --data`, RouteContext.userData) the same handlers describe the
// user's IRIs instead: GET /P names `base + P` (user-iri.ts); /resource?iri= names any IRI of
// either, with the same content negotiation; RDF keeps the user's named graphs in N-Quads, TriG
// and JSON-LD, and JSON-LD carries its context inline (the /context.jsonld of the report does not
// apply).
import type { Request, RequestHandler, Response } from 'express';
import { LRUCache } from 'lru-cache';
import { describeEntity } from '../../domain/entity/describe-entity.js';
import type { EntityGraph } from '../../domain/entity/entity-graph.js';
import { entityPage } from '../../domain/entity/entity-page.js';
import { EntityPathError, iriForPath, UnknownEntityError } from '../../domain/entity/entity-path.js';
import { InvalidIriError, sparqlIri } from '../../domain/entity/neighbourhood-query.js';
import { contextDefinition } from '../../domain/jsonld/context.js';
import { ONTOLOGY_IRI, ontologyDoc, ontologyQuads } from '../../domain/ontology/ontology-doc.js';
import { serializeQuads } from '../../domain/serialize-rdf.js';
import { DataFactory, type Quad } from 'n3';
import { BadRequestError, HttpError, NotFoundError } from '../errors.js';
import { MEDIA, negotiate } from '../negotiate.js';
import { renderEntityPage } from '../views/entity-view.js';
import { entitySlots } from '../views/entity-slots.js';
import { renderOntologyPage } from '../views/ontology-view.js';
import { publicContextUrl } from './public-url.js';
import { withUserPrefixes, type UserDataset } from './user-dataset.js';
import { iriCandidates, localLinks, resourceIri, UserIriError } from './user-iri.js';

export interface LinkedDataRoutes {
  /** GET /id/*path and /vocab/*path. */
  readonly entity: RequestHandler;
  /** GET /ontology. */
  readonly ontology: RequestHandler;
  /** GET /resource?iri=: the description of any IRI of the data served (400 for one no SPARQL query can hold). */
  readonly resource: RequestHandler;
}

/**
 * `graph` is called per request (it returns the same, lazily loaded graph each time); with
 * `userData` the handlers describe the user's IRIs under its base (see the header). `graphFor`
 * gives the graph one entity's representations are built from: the whole graph by default, its
 * neighbourhood read per request in front of a remote store (shared-entity-graph.ts).
 */
export function linkedDataRoutes(
  graphOf: () => EntityGraph,
  publicBaseUrl?: string,
  userData?: UserDataset,
  graphFor: (iri: string) => Promise<EntityGraph> = async () => graphOf(),
): LinkedDataRoutes {
  const describe = async (req: Request, res: Response, iri: string) => {
    const graph = await graphFor(iri);
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
    if (!description) {
      throw new NotFoundError(userData ? `No IRI ${iri} in the served data (as subject or object); query /sparql to list its IRIs.` : new UnknownEntityError(iri).message);
    }
    let representation: Representation;
    if (mediaType === MEDIA.html) {
      const page = renderEntityPage(entityPage(graph, description), entitySlots(graph, iri));
      representation = { contentType: 'text/html; charset=utf-8', body: userData ? localLinks(page, (i) => graph.has(i), userData.base) : page };
    } else {
      representation = userData
        ? await userRdfRepresentation(description.quads, mediaType, userData.prefixes)
        : await rdfRepresentation(req, description.quads, mediaType, publicBaseUrl);
    }
    representations.set(key, { ...representation, graph });
    res.type(representation.contentType).send(representation.body);
  };
  const entity: RequestHandler = async (req, res, next) => {
    // Vary first: the 404 and 4xx bodies are negotiated too.
    res.set('Vary', 'Accept');
    if (!userData) {
      const requested = requestedIri(req);
      if (requested.redirect !== undefined) return res.redirect(303, requested.redirect);
      return describe(req, res, requested.iri);
    }
    const { base } = userData;
    if (base === undefined) return next();
    const candidates = userIri(() => iriCandidates(req.originalUrl.split('?')[0] ?? '', base));
    const graph = graphOf();
    return describe(req, res, candidates.find((iri) => graph.has(iri)) ?? candidates[0]!);
  };
  return {
    entity,
    resource: async (req, res) => {
      res.set('Vary', 'Accept');
      // Checked as a SPARQL IRI too (sparqlIri): the same 400 whether or not it is read through a query.
      return describe(req, res, userIri(() => checkedIri(resourceIri(req.query['iri']))));
    },
    ontology: async (req, res, next) => {
      // A user's data has no report ontology: /ontology is then one more path under its base.
      if (userData) return entity(req, res, next);
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

/**
 * The IRI the raw request path names, or where to redirect a path with encoded slashes; path
 * tricks become 400, overlong paths 414.
 */
function requestedIri(req: Request): { readonly iri: string; readonly redirect?: string } {
  const [rawPath = '', query] = req.originalUrl.split(/\?(.*)/su);
  try {
    if (!rawPath.includes('%')) return { iri: iriForPath(rawPath) };
    // Decoded once: "%252F" stays "%2F" and is refused below, as are "%2e%2e" and "%2F..%2F".
    let decoded: string;
    try {
      decoded = decodeURIComponent(rawPath);
    } catch {
      throw new EntityPathError('Entity path has a malformed percent-encoding.');
    }
    const iri = iriForPath(decoded);
    // Only a checked path (segments of [A-Za-z0-9._~-]) goes into the Location.
    return { iri, redirect: query ? `${decoded}?${query}` : decoded };
  } catch (error) {
    if (!(error instanceof EntityPathError)) throw error;
    if (error.tooLong) throw new HttpError(414, 'uri_too_long', error.message);
    throw new BadRequestError(error.message);
  }
}

/** An IRI that can be put in a SPARQL query (neighbourhood-query.ts), as a UserIriError otherwise. */
function checkedIri(iri: string): string {
  try {
    sparqlIri(iri);
  } catch (error) {
    if (error instanceof InvalidIriError) throw new UserIriError(error.message);
    throw error;
  }
  return iri;
}

/** Runs a user-IRI parse; its errors become 400 or 414. */
function userIri<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof UserIriError)) throw error;
    if (error.tooLong) throw new HttpError(414, 'uri_too_long', error.message);
    throw new BadRequestError(error.message);
  }
}

/** Formats without graphs (Turtle, N-Triples, RDF/XML) get the triples of every graph. */
const GRAPH_FORMATS: ReadonlySet<string> = new Set([MEDIA.nquads, MEDIA.trig, MEDIA.jsonld]);

/** A user's quads in the negotiated syntax, with the user's prefixes; JSON-LD with its (prefix) context inline. */
async function userRdfRepresentation(quads: readonly Quad[], mediaType: string, prefixes: Readonly<Record<string, string>>): Promise<Representation> {
  const triples = GRAPH_FORMATS.has(mediaType) ? quads : quads.map((q) => DataFactory.quad(q.subject, q.predicate, q.object));
  return { contentType: `${mediaType}; charset=utf-8`, body: await serializeQuads(triples, mediaType, { prefixes: withUserPrefixes(prefixes) }) };
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
 * Built entity representations, by IRI, syntax and public address. Bounded by size: past
 * REPRESENTATIONS_MAX_BYTES (8 MB of strings, counted as UTF-16) the least recently used go, so a
 * client sending many Host names or syntaxes cannot grow the process (an HTML page is 10–60 kB;
 * the HTTP result cache, src/http/cache/, keeps whole responses besides).
 */
const REPRESENTATIONS_MAX_BYTES = 8 * 1024 * 1024;
const representations = new LRUCache<string, Representation & { readonly graph: EntityGraph }>({
  maxSize: REPRESENTATIONS_MAX_BYTES,
  // A representation larger than a quarter of the cache is served but not kept.
  maxEntrySize: REPRESENTATIONS_MAX_BYTES / 4,
  sizeCalculation: (value, key) => Math.max(1, 2 * (value.body.length + key.length)),
});

