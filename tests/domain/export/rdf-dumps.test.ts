// Every RDF dump, parsed back with an independent parser, is isomorphic to the graph loaded from
// the Turtle sources (compared by canonical N-Quads, RDFC-1.0). The N-Quads dump is also checked
// graph by graph against the ontology, data and links parts. JSON-LD is expanded with the local
// document loader only: nothing is fetched.
import { gunzipSync } from 'node:zlib';
import jsonld from 'jsonld';
import { DataFactory, Parser, type Quad } from 'n3';
import * as rdflib from 'rdflib';
import { beforeAll, describe, expect, it } from 'vitest';
import { asTriples, canonicalNQuads, parseNQuads } from '../../../src/domain/export/canonical-rdf.js';
import type { Release } from '../../../src/domain/export/build-release.js';
import { NAMED_GRAPHS } from '../../../src/domain/export/release-info.js';
import { localDocumentLoader } from '../../../src/domain/jsonld/document-loader.js';
import { loadGraph, type LoadedGraph } from '../../../src/store/load-graph.js';
import { BUILD_TIMEOUT, bundledRelease, canonicalTriples, fileOf } from './release-helper.js';

const STEM = 'rdf/hrd-reprisals';
let release: Release;
let graph: LoadedGraph;
let expected: string;

beforeAll(async () => {
  release = await bundledRelease();
  graph = loadGraph();
  expected = await canonicalTriples(graph.store.getQuads(null, null, null, null));
}, BUILD_TIMEOUT);

const text = (path: string) => fileOf(release, path).toString('utf8');

async function fromRdfXml(xml: string): Promise<Quad[]> {
  const store = rdflib.graph();
  rdflib.parse(xml, store, 'https://w3id.org/hrd-reprisals/', 'application/rdf+xml');
  const { namedNode, blankNode, literal, quad } = DataFactory;
  const term = (t: { termType: string; value: string; language?: string; datatype?: { value: string } }) => {
    if (t.termType === 'NamedNode') return namedNode(t.value);
    if (t.termType === 'BlankNode') return blankNode(t.value);
    return literal(t.value, t.language ? t.language : namedNode(t.datatype!.value));
  };
  return store.statements.map((s) => quad(term(s.subject) as never, term(s.predicate) as never, term(s.object) as never));
}

describe('RDF dumps round-trip to the loaded graph', () => {
  it.each([
    ['Turtle', `${STEM}.ttl`, (t: string) => new Parser({ format: 'text/turtle' }).parse(t)],
    ['N-Triples', `${STEM}.nt`, (t: string) => new Parser({ format: 'N-Triples' }).parse(t)],
    ['N-Quads (graphs merged)', `${STEM}.nq`, (t: string) => new Parser({ format: 'N-Quads' }).parse(t)],
  ])('%s', async (_name, path, parse) => {
    expect(await canonicalTriples(parse(text(path)))).toBe(expected);
  });

  it('N-Triples, gzipped: gunzips to the .nt file, with no timestamp or name in the header', async () => {
    const gz = fileOf(release, `${STEM}.nt.gz`);
    expect(gunzipSync(gz).equals(fileOf(release, `${STEM}.nt`))).toBe(true);
    expect(gz.readUInt32LE(4)).toBe(0); // MTIME (RFC 1952 §2.3.1)
    expect(gz[3]! & 0x08).toBe(0); // FNAME flag unset
  });

  it('N-Triples is already in canonical form', () => {
    expect(text(`${STEM}.nt`)).toBe(expected);
  });

  it('JSON-LD (expanded with the local loader only)', async () => {
    const nquads = (await jsonld.toRDF(JSON.parse(text(`${STEM}.jsonld`)), {
      format: 'application/n-quads',
      documentLoader: localDocumentLoader as never,
    })) as unknown as string;
    expect(await canonicalTriples(parseNQuads(nquads))).toBe(expected);
  });

  it('JSON-LD is compacted with the published context (short keys, embedded context)', () => {
    const doc = JSON.parse(text(`${STEM}.jsonld`)) as { '@context': Record<string, unknown>; '@graph': Record<string, unknown>[] };
    expect(doc['@context']['actType']).toBeDefined();
    const act = doc['@graph'].find((n) => n['id'] === 'https://w3id.org/hrd-reprisals/id/act/qin-yongmin-sentenced-2018');
    expect(act).toMatchObject({ type: 'ReprisalAct', date: 'July 2018' });
  });

  it('RDF/XML (parsed by rdflib)', async () => {
    expect(await canonicalTriples(await fromRdfXml(text(`${STEM}.rdf`)))).toBe(expected);
  });
});

describe('the N-Quads dump', () => {
  it('holds one named graph per part, each isomorphic to that part', async () => {
    const quads = new Parser({ format: 'N-Quads' }).parse(text(`${STEM}.nq`));
    const names = new Set(quads.map((q) => q.graph.value));
    expect([...names].sort()).toEqual([...graph.parts.keys()].map((p) => NAMED_GRAPHS[p]).sort());
    for (const [part, partQuads] of graph.parts) {
      const inGraph = quads.filter((q) => q.graph.value === NAMED_GRAPHS[part]);
      expect(await canonicalNQuads(asTriples(inGraph)), part).toBe(await canonicalNQuads(asTriples(partQuads)));
    }
  });
});
