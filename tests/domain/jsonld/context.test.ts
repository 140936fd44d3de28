import { describe, expect, it } from 'vitest';
import { CONTEXT_IRI, contextDefinition } from '../../../src/domain/jsonld/context.js';
import { localDocumentLoader, RemoteContextRefusedError } from '../../../src/domain/jsonld/document-loader.js';
import { NS } from '../../../src/vocab.js';
import { sampleGraph } from '../fixtures/sample-graph.js';

describe('the JSON-LD context', () => {
  const context = contextDefinition();
  const graph = sampleGraph();

  it('has the short keys of the API', () => {
    for (const key of ['id', 'type', 'name', 'nameZh', 'actType', 'victim', 'perpetrator', 'date', 'earliest', 'latest', 'source', 'quote']) {
      expect(context, key).toHaveProperty(key);
    }
    expect(context['earliest']).toEqual({ '@id': 'rep:earliestDate', '@type': 'xsd:date' });
  });

  it('maps every object property of the ontology with @type @id', () => {
    const objectProperties = graph.instancesOf(NS.owl('ObjectProperty')).filter((p) => p.startsWith(NS.rep.iri));
    expect(objectProperties.length).toBeGreaterThan(30);
    const byIri = new Map(
      Object.values(context)
        .filter((v): v is Record<string, string> => typeof v === 'object' && v !== null && '@id' in v)
        .map((v) => [v['@id']!.replace(/^rep:/, NS.rep.iri), v]),
    );
    // A property missing here: run `npx tsx scripts/update-jsonld-context.ts`.
    for (const property of objectProperties) expect(byIri.get(property)?.['@type'], property).toBe('@id');
  });
});

describe('localDocumentLoader', () => {
  it('serves the local context', async () => {
    const doc = await localDocumentLoader(CONTEXT_IRI);
    expect((doc.document as { '@context': unknown })['@context']).toBe(contextDefinition());
  });

  it.each(['https://schema.org/', 'http://127.0.0.1:8080/context.jsonld', 'file:///etc/passwd'])('refuses %s', async (url) => {
    await expect(localDocumentLoader(url)).rejects.toBeInstanceOf(RemoteContextRefusedError);
  });
});
