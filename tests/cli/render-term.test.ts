// Prefixed names and Turtle-like literals for people.
import { describe, expect, it } from 'vitest';
import { compactIri, compactPath, renderJsonTerm, type JsonTerm } from '../../src/cli/render-term.js';

describe('compactIri', () => {
  it.each([
    ['https://w3id.org/hrd-reprisals/vocab/act-type/detention', 'acttype:detention'],
    ['https://w3id.org/hrd-reprisals/ontology#ReprisalAct', 'rep:ReprisalAct'],
    ['https://w3id.org/hrd-reprisals/id/person/cao-shunli', 'id:person/cao-shunli'],
    ['http://www.w3.org/2001/XMLSchema#date', 'xsd:date'],
    ['http://example.org/x', '<http://example.org/x>'],
    ['http://www.w3.org/ns/oa#', '<http://www.w3.org/ns/oa#>'],
  ])('%s → %s', (iri, expected) => {
    expect(compactIri(iri)).toBe(expected);
  });
});

describe('compactPath', () => {
  it.each([
    ['http://www.w3.org/ns/oa#exact', 'oa:exact'],
    ['<http://www.w3.org/ns/oa#hasSelector>/<http://www.w3.org/ns/oa#exact>', 'oa:hasSelector/oa:exact'],
    ['^<http://www.w3.org/2000/01/rdf-schema#subClassOf>*', '^rdfs:subClassOf*'],
  ])('%s → %s', (path, expected) => {
    expect(compactPath(path)).toBe(expected);
  });
});

describe('renderJsonTerm', () => {
  it.each<[JsonTerm | undefined, string]>([
    [undefined, ''],
    [{ type: 'uri', value: 'https://w3id.org/hrd-reprisals/ontology#Person' }, 'rep:Person'],
    [{ type: 'bnode', value: 'b0' }, '_:b0'],
    [{ type: 'literal', value: 'Cao Shunli', 'xml:lang': 'en' }, '"Cao Shunli"@en'],
    [{ type: 'literal', value: 'plain' }, '"plain"'],
    [{ type: 'literal', value: '38', datatype: 'http://www.w3.org/2001/XMLSchema#integer' }, '38'],
    [{ type: 'literal', value: 'P13Y', datatype: 'http://www.w3.org/2001/XMLSchema#duration' }, '"P13Y"^^xsd:duration'],
    [{ type: 'literal', value: 'say "no"' }, '"say \\"no\\""'],
  ])('%j → %s', (term, expected) => {
    expect(renderJsonTerm(term)).toBe(expected);
  });
});
