import { describe, expect, it } from 'vitest';
import { datasetParams, parseForDataset } from '../../../src/engine/remote/dataset-guard.js';
import { EMPTY_GRAPH } from '../../../src/engine/remote/remote-config.js';

const policy = { defaultGraphs: ['urn:g:data'], namedGraphs: ['urn:g:a', 'urn:g:b'], serviceAllowlist: [], allowPrivate: false };

describe('dataset sent to the store', () => {
  it('without a dataset from the client: the exposed graphs', () => {
    expect(datasetParams(parseForDataset('ASK {}'), {}, policy)).toEqual({ defaultGraphUris: ['urn:g:data'], namedGraphUris: ['urn:g:a', 'urn:g:b'] });
  });

  it('FROM / FROM NAMED become protocol parameters; an unknown graph becomes the empty graph, never sent', () => {
    const q = parseForDataset('SELECT * FROM <urn:g:a> FROM <http://evil.example/x> FROM NAMED <urn:g:b> WHERE { ?s ?p ?o }');
    expect(datasetParams(q, {}, policy)).toEqual({ defaultGraphUris: ['urn:g:a', EMPTY_GRAPH], namedGraphUris: ['urn:g:b'] });
  });

  it('protocol parameters override FROM; a missing part is the empty graph, not the store default', () => {
    const q = parseForDataset('SELECT * FROM <urn:g:a> WHERE { ?s ?p ?o }');
    expect(datasetParams(q, { defaultGraphUris: ['file:///etc/passwd'] }, policy)).toEqual({ defaultGraphUris: [EMPTY_GRAPH], namedGraphUris: [EMPTY_GRAPH] });
    expect(datasetParams(q, { namedGraphUris: ['urn:g:b'] }, policy)).toEqual({ defaultGraphUris: [EMPTY_GRAPH], namedGraphUris: ['urn:g:b'] });
  });

  it('a query sparqljs cannot parse (e.g. a Virtuoso DEFINE pragma) is a 400 with line and column, never sent', () => {
    expect(() => parseForDataset('DEFINE get:soft "replace" SELECT * FROM <http://x/> { ?s ?p ?o }')).toThrow(/Syntax error at line 1/);
    try {
      parseForDataset('ASK {');
    } catch (error) {
      expect(error).toMatchObject({ status: 400, code: 'malformed_query', line: 1, column: 6 });
    }
  });
});
