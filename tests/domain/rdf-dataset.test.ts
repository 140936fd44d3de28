// The dataset form handed to rdf-canonize and jsonld.fromRDF (src/domain/rdf-dataset.ts) in place
// of N-Quads text: the same canonical bytes and the same expanded JSON-LD as the text path the
// libraries parse themselves, on quads with every kind of term (blank nodes, language tags,
// datatypes, xsd:string, escapes, named graphs) and duplicates.
import jsonld from 'jsonld';
import { Parser, Writer } from 'n3';
import canonize from 'rdf-canonize';
import { describe, expect, it } from 'vitest';
import { toDataset } from '../../src/domain/rdf-dataset.js';

const TEXT = `
<http://ex.org/a> <http://ex.org/p> "plain" .
<http://ex.org/a> <http://ex.org/p> "plain"^^<http://www.w3.org/2001/XMLSchema#string> .
<http://ex.org/a> <http://ex.org/p> "chinese"@zh-hans .
<http://ex.org/a> <http://ex.org/p> "tab\\tquote\\"line\\nend" .
<http://ex.org/a> <http://ex.org/q> "3"^^<http://www.w3.org/2001/XMLSchema#integer> .
<http://ex.org/a> <http://ex.org/q> "true"^^<http://www.w3.org/2001/XMLSchema#boolean> .
<http://ex.org/a> <http://ex.org/r> _:x .
_:x <http://ex.org/p> _:y .
_:y <http://ex.org/p> "leaf"@en .
_:x <http://ex.org/p> "in a graph" <http://ex.org/g> .
<http://ex.org/a> <http://ex.org/p> "plain" .
_:y <http://ex.org/p> "leaf"@en .
`;

const quads = new Parser({ format: 'N-Quads', blankNodePrefix: '' }).parse(TEXT);
const nquads = new Writer({ format: 'N-Quads' }).quadsToString(quads);

describe('toDataset', () => {
  it('drops duplicate quads, keeps the rest in order, and types language literals rdf:langString', () => {
    const dataset = toDataset(quads);
    expect(quads.length).toBe(12);
    expect(dataset.length).toBe(9); // the repeated "plain" and "leaf"@en, and "plain"^^xsd:string, the same term as "plain"
    expect(dataset[1]!.object).toEqual({
      termType: 'Literal',
      value: 'chinese',
      datatype: { termType: 'NamedNode', value: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString' },
      language: 'zh-hans',
    });
    expect(dataset.at(-1)!.graph).toEqual({ termType: 'NamedNode', value: 'http://ex.org/g' });
    expect(dataset[0]!.graph).toEqual({ termType: 'DefaultGraph', value: '' });
  });

  it('canonicalises to the same bytes as rdf-canonize given the N-Quads text', async () => {
    const fromText = await canonize.canonize(nquads, { algorithm: 'RDFC-1.0', inputFormat: 'application/n-quads' });
    const fromDataset = await canonize.canonize(toDataset(quads), { algorithm: 'RDFC-1.0' });
    expect(fromText.split('\n').length).toBeGreaterThan(9);
    expect(fromText).toContain('_:c14n');
    expect(fromDataset).toBe(fromText);
  });

  it('expands to the same JSON-LD as jsonld.fromRDF given the N-Quads text', async () => {
    const fromText = await jsonld.fromRDF(nquads, { format: 'application/n-quads' });
    const fromDataset = await jsonld.fromRDF(toDataset(quads) as never);
    expect(JSON.stringify(fromText)).toContain('zh-hans');
    expect(fromDataset).toEqual(fromText);
  });
});
