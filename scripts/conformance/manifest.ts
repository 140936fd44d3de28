// Reading W3C test manifests (http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#) with N3:
// the entries of a manifest in order, and mf:include-d sub-manifests.
import { readFileSync } from 'node:fs';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { Parser, Store, type Term } from 'n3';

export const MF = 'http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#';
export const QT = 'http://www.w3.org/2001/sw/DataAccess/tests/test-query#';
export const HT = 'http://www.w3.org/2011/http#';
export const CNT = 'http://www.w3.org/2011/content#';
export const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
export const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';
export const UT = 'http://www.w3.org/2009/sparql/tests/test-update#';
export const DAWGT = 'http://www.w3.org/2001/sw/DataAccess/tests/test-dawg#';

export class Manifest {
  readonly store: Store;
  readonly url: string;

  constructor(readonly file: string) {
    this.url = pathToFileURL(file).href;
    this.store = new Store(new Parser({ baseIRI: this.url }).parse(readFileSync(file, 'utf8')));
  }

  /** First object of (subject, predicate). */
  one(subject: Term, predicate: string): Term | undefined {
    return this.store.getObjects(subject, predicate, null)[0];
  }

  all(subject: Term, predicate: string): Term[] {
    return this.store.getObjects(subject, predicate, null);
  }

  /** Items of an RDF list. */
  list(head: Term | undefined): Term[] {
    const items: Term[] = [];
    let node = head;
    while (node && node.value !== `${RDF}nil`) {
      const first = this.one(node, `${RDF}first`);
      if (first) items.push(first);
      node = this.one(node, `${RDF}rest`);
    }
    return items;
  }

  /** The manifest node (the document itself). */
  get root(): Term {
    return this.store.getSubjects(`${RDF}type`, `${MF}Manifest`, null)[0]!;
  }

  entries(): Term[] {
    return this.list(this.one(this.root, `${MF}entries`));
  }

  includes(): string[] {
    return this.list(this.one(this.root, `${MF}include`)).map((t) => fileURLToPath(t.value));
  }
}
