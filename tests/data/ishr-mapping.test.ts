// The SKOS mapping to ISHR's field values (ontology/ishr-mapping.ttl): every ISHR value is a value
// ISHR's pages show for that field (ishr-fields.tsv), labelled exactly so; each has a note
// justifying what maps to it; only exactMatch, closeMatch and broadMatch are used, from concepts
// and UN bodies that exist in the graph.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { parseTsv } from '../../src/domain/links/tsv.js';
import { loadGraph } from '../../src/store/load-graph.js';
import { NS, RDF_TYPE } from '../../src/vocab.js';

const ISHR = 'https://w3id.org/hrd-reprisals/vocab/ishr/';
const { store } = loadGraph();
const fields = parseTsv(readFileSync(path.join(PROJECT_ROOT, 'data/links/crosswalk/ishr-fields.tsv'), 'utf8'), 'ishr-fields.tsv', ['field', 'values_seen']);
const valuesSeen = new Map(fields.map((r) => [r.cells.field, (r.cells.values_seen ?? '').split('; ')]));
const concepts = store.getSubjects(RDF_TYPE, NS.skos('Concept'), null).map((t) => t.value).filter((c) => c.startsWith(ISHR));
const one = (s: string, p: string) => store.getObjects(s, p, null).map((t) => t.value);

describe('the ISHR mapping', () => {
  it('each ISHR value is a value seen for its field, exactly as ISHR labels it, with a note', () => {
    expect(concepts.length).toBe(17);
    for (const concept of concepts) {
      const scheme = one(concept, NS.skos('inScheme'))[0] ?? '';
      const field = one(scheme, NS.skos('prefLabel'))[0] ?? '';
      expect(valuesSeen.get(field), concept).toContain(one(concept, NS.skos('prefLabel'))[0]);
      expect(one(concept, NS.skos('scopeNote')), concept).toHaveLength(1);
    }
  });

  it('maps only with exactMatch, closeMatch or broadMatch, from things of the graph', () => {
    const mappings = store.getQuads(null, null, null, null).filter((q) => q.object.value.startsWith(ISHR) && q.predicate.value.startsWith(NS.skos.iri) && q.predicate.value !== NS.skos('inScheme'));
    expect(mappings.length).toBe(20);
    for (const q of mappings) {
      expect(['exactMatch', 'closeMatch', 'broadMatch'].map((m) => NS.skos(m)), q.subject.value).toContain(q.predicate.value);
      expect(store.countQuads(q.subject, RDF_TYPE, null, null), q.subject.value).toBeGreaterThan(0);
    }
    expect(one(NS.vocab('act-type/surveillance'), NS.skos('exactMatch'))).toEqual([`${ISHR}reprisal-surveillance`]);
  });
});
