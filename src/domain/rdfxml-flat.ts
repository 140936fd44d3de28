// RDF/XML for the dump, through rdflib's serializer with one correction. rdflib 2.x nests a blank
// node that has one incoming arc as `<p rdf:parseType="Resource"><rdf:Description>…` — a node
// element where RDF/XML 1.1 §2.11 allows only property elements — so every parser, rdflib's own
// included, reads back different triples (seen on the ontology's owl:unionOf lists). Here every
// blank node is made a root, written once as `rdf:Description rdf:nodeID` and referred to by
// rdf:nodeID (RDF/XML §2.10): valid, still rdflib's output otherwise. Used by serialize-rdf.ts
// (the service's responses) and by the release's dump.
// Deterministic for a given input order: rdflib sorts predicates and keeps subjects in order.
import type { Quad } from 'n3';

interface RdflibStats {
  roots: unknown[];
  subjects: Record<string, unknown[]>;
  rootsHash: Record<string, boolean>;
  incoming: Record<string, unknown[]>;
}

interface RdflibSerializer {
  rootSubjects(sts: unknown[]): RdflibStats;
  fromStr(key: string): { termType: string; toNT(): string };
  suggestNamespaces(namespaces: Record<string, string>): void;
  setBase(base: string | undefined): void;
  statementsToXML(sts: unknown[]): string;
}

export async function toFlatRdfXml(quads: readonly Quad[], prefixes: Readonly<Record<string, string>>): Promise<string> {
  const rdflib = await import('rdflib');
  const $rdf = (rdflib as unknown as { default?: typeof rdflib }).default ?? rdflib;
  const graph = $rdf.graph();
  const term = (t: Quad['object']) => {
    if (t.termType === 'NamedNode') return $rdf.sym(t.value);
    if (t.termType === 'BlankNode') return $rdf.blankNode(t.value);
    if (t.termType === 'Literal') return t.language ? $rdf.lit(t.value, t.language) : $rdf.lit(t.value, undefined, $rdf.sym(t.datatype.value));
    throw new Error(`RDF/XML cannot hold a ${t.termType}`);
  };
  for (const q of quads) graph.add(term(q.subject) as never, term(q.predicate) as never, term(q.object) as never);

  const serializer = $rdf.Serializer(graph) as unknown as RdflibSerializer;
  const rootSubjects = serializer.rootSubjects.bind(serializer);
  serializer.rootSubjects = (sts) => {
    const stats = rootSubjects(sts);
    for (const key of Object.keys(stats.subjects)) {
      const subject = serializer.fromStr(key);
      if (subject.termType !== 'BlankNode' || stats.rootsHash[subject.toNT()]) continue;
      stats.roots.push(subject);
      stats.rootsHash[subject.toNT()] = true;
      const incoming = stats.incoming[String(subject)] ?? [];
      stats.incoming[String(subject)] = [...incoming, subject, subject];
    }
    return stats;
  };
  serializer.suggestNamespaces({ ...prefixes });
  serializer.setBase(undefined);
  return serializer.statementsToXML(graph.statementsMatching(undefined, undefined, undefined, undefined));
}
