// Curator tool: `npx tsx scripts/update-jsonld-context.ts` adds to src/domain/jsonld/context.jsonld
// a term for every property of the ontology (rep:) that the context does not map yet, named by
// its local name: object properties with "@type": "@id", datatype properties typed by their
// xsd range (date, duration, gYear, nonNegativeInteger) or tagged @en for rdf:langString.
// Existing terms (the API's short keys among them) are never changed; the file is rewritten with
// one term per line. tests/domain/jsonld/context.test.ts fails when a property is missing.
import { readFileSync, writeFileSync } from 'node:fs';
import { CONTEXT_FILE } from '../src/domain/jsonld/context.js';
import { graphFiles } from '../src/store/graph-files.js';
import { loadGraph } from '../src/store/load-graph.js';
import { NS } from '../src/vocab.js';

const { store } = loadGraph(graphFiles().filter((file) => file.part === 'ontology'));
const document = JSON.parse(readFileSync(CONTEXT_FILE, 'utf8')) as { '@context': Record<string, unknown> };
const context = document['@context'];
const mapped = new Set(
  Object.values(context).map((value) => (typeof value === 'string' ? value : (value as { '@id'?: string })['@id'])),
);

const added: string[] = [];
for (const kind of ['ObjectProperty', 'DatatypeProperty'] as const) {
  for (const subject of store.getSubjects(NS.rdf('type'), NS.owl(kind), null)) {
    const local = subject.value.slice(NS.rep.iri.length);
    if (!subject.value.startsWith(NS.rep.iri) || mapped.has(`rep:${local}`) || local in context) continue;
    const range = store.getObjects(subject, NS.rdfs('range'), null)[0]?.value ?? '';
    const xsd = /XMLSchema#(date|duration|gYear|nonNegativeInteger)$/.exec(range)?.[1];
    context[local] =
      kind === 'ObjectProperty'
        ? { '@id': `rep:${local}`, '@type': '@id' }
        : xsd
          ? { '@id': `rep:${local}`, '@type': `xsd:${xsd}` }
          : range === NS.rdf('langString')
            ? { '@id': `rep:${local}`, '@language': 'en' }
            : `rep:${local}`;
    mapped.add(`rep:${local}`);
    added.push(local);
  }
}

const lines = Object.entries(context).map(
  ([key, value]) => `    ${JSON.stringify(key)}: ${JSON.stringify(value).replace(/":/g, '": ').replace(/,"/g, ', "')}`,
);
writeFileSync(CONTEXT_FILE, `{\n  "@context": {\n${lines.join(',\n')}\n  }\n}\n`);
console.log(added.length === 0 ? 'context.jsonld maps every property already' : `added: ${added.sort().join(', ')}`);
