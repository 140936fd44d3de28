// Read access to the loaded graph for entity pages and the JSON-LD API: labels, types and
// neighbourhoods of one resource, over an in-memory N3 store. The graph is immutable once
// loaded, so every lookup is an index hit (N3 indexes SPO, POS and OSP): microseconds, no
// query engine involved and nothing that can run away.
import { DataFactory, type Quad, type Term } from 'n3';
import type { QuadIndex } from '../../store/graph-store.js';
import { NS, RDF_TYPE, RDFS_LABEL, REP } from '../../vocab.js';

const { namedNode } = DataFactory;

const SKOS_PREF_LABEL = NS.skos('prefLabel');

export class EntityGraph {
  constructor(readonly store: QuadIndex) {}

  /** True when the IRI occurs in the graph as a subject or an object. */
  has(iri: string): boolean {
    const node = namedNode(iri);
    return (
      this.store.countQuads(node, null, null, null) > 0 || this.store.countQuads(null, null, node, null) > 0
    );
  }

  /** Every triple whose subject is `node`. */
  outgoing(node: Term): Quad[] {
    return this.store.getQuads(node, null, null, null);
  }

  /** Every triple whose object is `node`. */
  incoming(node: Term): Quad[] {
    return this.store.getQuads(null, null, node, null);
  }

  /** The objects of `predicate` on `subject`, as terms. */
  objects(subject: Term | string, predicate: string): Term[] {
    return this.store.getObjects(toTerm(subject), namedNode(predicate), null);
  }

  /** The first object of `predicate` on `subject` as a string value, if any. */
  value(subject: Term | string, predicate: string): string | undefined {
    return this.objects(subject, predicate)[0]?.value;
  }

  /** Subjects having `predicate` with `object`. */
  subjects(predicate: string, object: Term | string): Term[] {
    return this.store.getSubjects(namedNode(predicate), toTerm(object), null);
  }

  /** The IRIs of every subject typed `cls` (direct rdf:type only; no inference). */
  instancesOf(cls: string): string[] {
    return this.subjects(RDF_TYPE, cls)
      .filter((term) => term.termType === 'NamedNode')
      .map((term) => term.value);
  }

  types(subject: Term | string): string[] {
    return this.objects(subject, RDF_TYPE).map((term) => term.value);
  }

  isA(subject: Term | string, cls: string): boolean {
    return this.store.countQuads(toTerm(subject), namedNode(RDF_TYPE), namedNode(cls), null) > 0;
  }

  /**
   * The label of a resource in `lang` (rdfs:label, then skos:prefLabel); with lang 'en' an
   * untagged label also qualifies. Undefined when there is none in that language.
   */
  label(subject: Term | string, lang = 'en'): string | undefined {
    for (const predicate of [RDFS_LABEL, SKOS_PREF_LABEL]) {
      for (const term of this.objects(subject, predicate)) {
        if (term.termType !== 'Literal') continue;
        const tag = term.language.toLowerCase();
        if (tag === lang || tag.startsWith(`${lang}-`) || (lang === 'en' && tag === '')) return term.value;
      }
    }
    return undefined;
  }

  /** Acts (rep:ReprisalAct) that point at `iri` through any property (victim, place, charge...). */
  actsAbout(iri: string): string[] {
    const acts = new Set<string>();
    for (const quad of this.incoming(namedNode(iri))) {
      if (quad.subject.termType === 'NamedNode' && this.isA(quad.subject, REP.ReprisalAct)) {
        acts.add(quad.subject.value);
      }
    }
    return [...acts].sort();
  }
}

function toTerm(value: Term | string): Term {
  return typeof value === 'string' ? namedNode(value) : value;
}
