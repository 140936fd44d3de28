// Read-only helpers over the loaded N3 store for building the release tables: typed subjects,
// single-valued columns that refuse to silently drop a second value, labels, and ids from IRIs.
// Every list is sorted by IRI or value so the tables come out in the same order on every run.
import type { Term } from 'n3';
import type { QuadIndex } from '../../store/graph-store.js';
import { BASE_IRI } from '../../config.js';
import { NS, RDF_TYPE, RDFS_LABEL } from '../../vocab.js';

/** A column was declared single-valued but the graph holds several values for it. */
export class MultiValuedCellError extends Error {
  override readonly name = 'MultiValuedCellError';
  constructor(readonly subject: string, readonly predicate: string, readonly values: readonly string[]) {
    super(`${subject} has ${values.length} values for ${predicate} (${values.join(', ')}), but the table holds one; add a long table for it`);
  }
}

/** A subject: an IRI, or a term (a blank node, such as an inline selector, is only reachable as a term). */
export type Subject = string | Term;

const byValue = (a: Term, b: Term) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);

export class GraphView {
  constructor(readonly store: QuadIndex) {}

  /** Subjects with the asserted rdf:type `cls`, sorted by IRI (no subclass inference). */
  subjectsOfType(cls: string): string[] {
    return this.store
      .getSubjects(RDF_TYPE, cls, null)
      .filter((t) => t.termType === 'NamedNode')
      .map((t) => t.value)
      .sort();
  }

  hasType(subject: Subject, cls: string): boolean {
    return this.store.countQuads(subject, RDF_TYPE, cls, null) > 0;
  }

  /** All objects of (subject, predicate), sorted by value. */
  objects(subject: Subject, predicate: string): Term[] {
    return this.store.getObjects(subject, predicate, null).sort(byValue);
  }

  /** All subjects of (?, predicate, object), sorted by value. */
  subjects(predicate: string, object: string): string[] {
    return this.store.getSubjects(predicate, object, null).map((t) => t.value).sort();
  }

  values(subject: Subject, predicate: string): string[] {
    return [...new Set(this.objects(subject, predicate).map((t) => t.value))];
  }

  /** The one value of a single-valued column; undefined when absent; throws when several. */
  one(subject: Subject, predicate: string, language?: string): string | undefined {
    let terms = this.objects(subject, predicate);
    if (language !== undefined) {
      terms = terms.filter((t) => t.termType === 'Literal' && t.language.toLowerCase() === language);
    }
    const values = [...new Set(terms.map((t) => t.value))];
    if (values.length > 1) throw new MultiValuedCellError(typeof subject === 'string' ? subject : subject.value, predicate, values);
    return values[0];
  }

  /** The English rdfs:label (else skos:prefLabel, else any plain label) of an IRI. */
  label(iri: string | undefined): string | undefined {
    if (iri === undefined) return undefined;
    for (const predicate of [RDFS_LABEL, NS.skos('prefLabel')]) {
      const terms = this.objects(iri, predicate).filter((t) => t.termType === 'Literal');
      const en = terms.find((t) => 'language' in t && t.language === 'en') ?? terms.find((t) => 'language' in t && t.language === '');
      if (en) return en.value;
    }
    return undefined;
  }

  /** `root` and every class below it by rdfs:subClassOf (transitively), sorted by IRI. */
  subclassClosure(root: string): string[] {
    const seen = new Set<string>();
    const queue = [root];
    while (queue.length > 0) {
      const next = queue.shift()!;
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(...this.subjects(NS.rdfs('subClassOf'), next));
    }
    return [...seen].sort();
  }

  /** `iri` and everything it reaches by skos:broader (transitively), nearest first. */
  broaderClosure(iri: string): string[] {
    const seen: string[] = [];
    const queue = [iri];
    while (queue.length > 0) {
      const next = queue.shift()!;
      if (seen.includes(next)) continue;
      seen.push(next);
      queue.push(...this.values(next, NS.skos('broader')));
    }
    return seen;
  }
}

/** The last path segment of an IRI: the id its table uses (`…/id/person/cao-shunli` → `cao-shunli`). */
export function slugOf(iri: string): string;
export function slugOf(iri: string | undefined): string | undefined;
export function slugOf(iri: string | undefined): string | undefined {
  if (iri === undefined) return undefined;
  return iri.slice(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
}

/** The kind segment of an entity IRI (`person`, `group`, `organisation`, ...); `external` otherwise. */
export function kindOf(iri: string): string {
  const prefix = NS.id.iri;
  if (!iri.startsWith(prefix)) return iri.startsWith(BASE_IRI) ? 'vocabulary' : 'external';
  return iri.slice(prefix.length).split('/')[0] ?? 'external';
}
