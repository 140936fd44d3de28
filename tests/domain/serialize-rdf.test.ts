// Every RDF syntax the service answers in reads back to the same graph, blank nodes included
// (the ontology's owl:unionOf lists): canonical N-Quads (RDFC-1.0) compared before and after.
import { Parser } from 'n3';
import * as $rdf from 'rdflib';
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { canonicalNQuads } from '../../src/domain/export/canonical-rdf.js';
import { RDF_MEDIA_TYPES, serializeQuads } from '../../src/domain/serialize-rdf.js';
import { loadGraph } from '../../src/store/load-graph.js';

const ontology = loadGraph().parts.get('ontology') ?? [];

async function readBack(text: string, mediaType: string) {
  if (mediaType === 'application/rdf+xml') {
    const store = $rdf.graph();
    $rdf.parse(text, store, 'https://example.org/', 'application/rdf+xml');
    const nt = $rdf.serialize(null, store, null, 'application/n-triples') ?? '';
    return new Parser({ format: 'N-Triples' }).parse(nt);
  }
  if (mediaType === 'application/ld+json') {
    const refuse = async (url: string): Promise<never> => {
      throw new Error(`no remote documents in tests: ${url}`);
    };
    const nquads = (await jsonld.toRDF(JSON.parse(text), { format: 'application/n-quads', documentLoader: refuse } as never)) as unknown as string;
    return new Parser({ format: 'N-Quads' }).parse(nquads);
  }
  return new Parser({ format: mediaType }).parse(text);
}

describe('serializeQuads', () => {
  it('has blank nodes to test with', () => {
    expect(ontology.some((q) => q.object.termType === 'BlankNode')).toBe(true);
  });

  it.each(RDF_MEDIA_TYPES.map((type) => [type]))('%s reads back to the same graph', async (mediaType) => {
    const text = await serializeQuads(ontology, mediaType);
    const back = await readBack(text, mediaType);
    expect(await canonicalNQuads(back)).toBe(await canonicalNQuads(ontology));
  });
});
