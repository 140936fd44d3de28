// The release of a user's data (`kg serve --data`), in place of the bundled report's release
// (src/http/release/): the same paths, a generic content.
//   GET /release           the files with size and SHA-256: HTML, or JSON when preferred
//   GET /release/data.nq   every quad, named graphs kept (N-Quads)
//   GET /release/data.trig the same as TriG
//   GET /release/SHA256SUMS  checksums of the two dumps (`sha256sum -c SHA256SUMS`)
//   GET /release/void.ttl, /.well-known/void  VoID + DCAT: triple counts, the named graphs, the
//                          SPARQL endpoint, the dumps (DCAT 3 distributions with SPDX checksums),
//                          and every input file with its SHA-256 (dcterms:source), so a reader can
//                          check that what is served is what was given
// The dumps are built on the first request and kept (the data never changes while the service
// runs); the VoID names this server's URLs, so it is written per request (a few ms).
import type { Request, RequestHandler } from 'express';
import Negotiator from 'negotiator';
import { DataFactory, type Quad, type Quad_Object } from 'n3';
import { sha256 } from '../../domain/export/release-file.js';
import { serializeQuads } from '../../domain/serialize-rdf.js';
import { namespace, NS, RDF_TYPE } from '../../vocab.js';
import { MethodNotAllowedError, NotAcceptableError, NotFoundError } from '../errors.js';
import { html } from '../views/html.js';
import { layout } from '../views/layout.js';
import { publicBase } from './public-url.js';
import { withUserPrefixes, type UserDataset } from './user-dataset.js';

const { namedNode, literal, quad } = DataFactory;
/** SPDX terms DCAT 3 uses for checksums (DCAT 3 §6.8.18 `spdx:checksum`). */
const SPDX = namespace('http://spdx.org/rdf/terms#');

export interface UserReleaseFile {
  readonly path: string;
  readonly mediaType: string;
  readonly title: string;
  readonly content: Buffer;
}

export interface UserReleaseHandlers {
  readonly index: RequestHandler;
  readonly file: RequestHandler;
  readonly wellKnownVoid: RequestHandler;
  readonly methodNotAllowed: RequestHandler;
}

export function userReleaseHandlers(data: UserDataset, publicBaseUrl?: string): UserReleaseHandlers {
  let dumps: Promise<UserReleaseFile[]> | undefined;
  const files = async (req: Request): Promise<UserReleaseFile[]> => {
    dumps ??= buildDumps(data);
    const built = await dumps;
    const voidFile = { path: 'void.ttl', mediaType: 'text/turtle', title: 'VoID and DCAT description: counts, graphs, dumps and input files with SHA-256', content: Buffer.from(await voidTurtle(data, built, publicBase(req, publicBaseUrl))) };
    return [...built, voidFile];
  };
  return {
    index: async (req, res) => {
      const offered = ['text/html', 'application/json'];
      const type = new Negotiator(req).mediaType(offered);
      if (!type) throw new NotAcceptableError(offered, req.get('Accept') ?? '');
      res.set('Vary', 'Accept');
      const list = await files(req);
      if (type === 'application/json') {
        const body = { quads: data.quads.length, files: list.map((f) => ({ path: f.path, title: f.title, mediaType: f.mediaType, bytes: f.content.length, sha256: sha256(f) })) };
        res.type('application/json; charset=utf-8').send(JSON.stringify(body, null, 2));
        return;
      }
      res.type('text/html; charset=utf-8').send(renderIndex(data, list));
    },
    file: async (req, res) => {
      const name = req.originalUrl.split('?')[0]?.slice('/release/'.length) ?? '';
      const file = (await files(req)).find((f) => f.path === name);
      if (!file) throw new NotFoundError(`The release of the served data has no file "${name}"; it holds data.nq, data.trig, SHA256SUMS and void.ttl (see /release).`);
      res.set({ 'Content-Type': `${file.mediaType}; charset=utf-8`, ETag: `"${sha256(file)}"`, 'X-Content-Type-Options': 'nosniff' });
      res.send(file.content);
    },
    wellKnownVoid: async (req, res) => {
      const voidFile = (await files(req)).find((f) => f.path === 'void.ttl')!;
      res.type('text/turtle; charset=utf-8').set('Link', '</release/void.ttl>; rel="alternate"').send(voidFile.content);
    },
    methodNotAllowed: (req, _res, next) => {
      if (req.method === 'GET' || req.method === 'HEAD') return next();
      throw new MethodNotAllowedError(req.method, ['GET', 'HEAD', 'OPTIONS']);
    },
  };
}

async function buildDumps(data: UserDataset): Promise<UserReleaseFile[]> {
  const nquads = Buffer.from(await serializeQuads(data.quads, 'application/n-quads'));
  const trig = Buffer.from(await serializeQuads(data.quads, 'application/trig', { prefixes: withUserPrefixes(data.prefixes) }));
  const sums = `${sha256({ content: nquads })}  data.nq\n${sha256({ content: trig })}  data.trig\n`;
  return [
    { path: 'data.nq', mediaType: 'application/n-quads', title: 'Every quad of the served data, named graphs kept (N-Quads)', content: nquads },
    { path: 'data.trig', mediaType: 'application/trig', title: 'The same quads as TriG', content: trig },
    { path: 'SHA256SUMS', mediaType: 'text/plain', title: 'SHA-256 of the dumps (sha256sum -c SHA256SUMS)', content: Buffer.from(sums) },
  ];
}

/**
 * VoID (§4, §6.3 dumps, §4.5 subsets) with DCAT 3 distributions and SPDX checksums. Blank nodes
 * are labelled in order of creation, so the same data and address give the same bytes.
 */
async function voidTurtle(data: UserDataset, dumps: readonly UserReleaseFile[], base: string): Promise<string> {
  const dataset = namedNode(`${base}release/void.ttl#dataset`);
  const out: Quad[] = [];
  let blanks = 0;
  const blankNode = () => DataFactory.blankNode(`n${blanks++}`);
  const add = (s: Quad['subject'], p: string, o: Quad_Object) => out.push(quad(s, namedNode(p), o));
  const checksum = (s: Quad['subject'], hex: string) => {
    const node = blankNode();
    add(s, SPDX('checksum'), node);
    add(node, RDF_TYPE, namedNode(SPDX('Checksum')));
    add(node, SPDX('algorithm'), namedNode(SPDX('checksumAlgorithm_sha256')));
    add(node, SPDX('checksumValue'), literal(hex, namedNode(NS.xsd('hexBinary'))));
  };
  const count = (n: number) => literal(String(n), namedNode(NS.xsd('integer')));
  add(dataset, RDF_TYPE, namedNode(NS.void('Dataset')));
  add(dataset, RDF_TYPE, namedNode(NS.dcat('Dataset')));
  add(dataset, NS.dcterms('title'), literal('Data served by kg serve --data'));
  add(dataset, NS.void('triples'), count(data.quads.length));
  add(dataset, NS.void('sparqlEndpoint'), namedNode(`${base}sparql`));
  if (data.base) add(dataset, NS.void('uriSpace'), literal(data.base));
  for (const dump of dumps.filter((f) => f.path.startsWith('data.'))) {
    const url = namedNode(`${base}release/${dump.path}`);
    add(dataset, NS.void('dataDump'), url);
    const distribution = blankNode();
    add(dataset, NS.dcat('distribution'), distribution);
    add(distribution, RDF_TYPE, namedNode(NS.dcat('Distribution')));
    add(distribution, NS.dcat('downloadURL'), url);
    add(distribution, NS.dcat('mediaType'), namedNode(`https://www.iana.org/assignments/media-types/${dump.mediaType}`));
    add(distribution, NS.dcat('byteSize'), literal(String(dump.content.length), namedNode(NS.xsd('nonNegativeInteger'))));
    checksum(distribution, sha256(dump));
  }
  const perGraph = new Map<string, number>();
  for (const q of data.quads) if (q.graph.termType !== 'DefaultGraph') perGraph.set(q.graph.value, (perGraph.get(q.graph.value) ?? 0) + 1);
  for (const [graph, triples] of [...perGraph].sort(([a], [b]) => a.localeCompare(b))) {
    const subset = blankNode();
    add(dataset, NS.void('subset'), subset);
    add(subset, RDF_TYPE, namedNode(NS.void('Dataset')));
    add(subset, NS.sd('name'), namedNode(graph));
    add(subset, NS.void('triples'), count(triples));
  }
  for (const file of data.files) {
    const source = blankNode();
    add(dataset, NS.dcterms('source'), source);
    add(source, NS.dcterms('title'), literal(file.path));
    add(source, NS.dcat('byteSize'), literal(String(file.bytes), namedNode(NS.xsd('nonNegativeInteger'))));
    checksum(source, file.sha256);
  }
  const prefixes = { void: NS.void.iri, dcat: NS.dcat.iri, dcterms: NS.dcterms.iri, sd: NS.sd.iri, spdx: SPDX.iri, xsd: NS.xsd.iri };
  return serializeQuads(out, 'text/turtle', { prefixes });
}

function renderIndex(data: UserDataset, files: readonly UserReleaseFile[]): string {
  const body = html`
<h1>Release of the served data</h1>
<p>${data.quads.length} quads from ${data.files.length} files${data.base ? html`; IRIs under <code>${data.base}</code> are described at their paths on this server` : ''}. Check the dumps with <code>sha256sum -c SHA256SUMS</code>; <a href="/release/void.ttl">void.ttl</a> lists every input file with its SHA-256.</p>
<div class="table-wrap"><table>
<tr><th>file</th><th>what</th><th>bytes</th><th>SHA-256</th></tr>
${files.map((f) => html`<tr><td><a href="/release/${f.path}">${f.path}</a></td><td>${f.title}</td><td>${f.content.length}</td><td class="iri">${sha256(f)}</td></tr>`)}
</table></div>`;
  return layout({ title: 'Release of the served data', section: '/release' }, body);
}
