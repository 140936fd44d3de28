// Types for the parts of shacl-engine (https://github.com/rdf-ext/shacl-engine, untyped JS) that
// src/domain/shacl-check.ts uses: the Validator and the results of its report.
declare module 'shacl-engine' {
  import type { DataFactory, DatasetCore, DatasetCoreFactory, Literal, NamedNode, Term } from '@rdfjs/types';

  /** A grapoi pointer: one or more terms of a dataset. */
  interface Pointer {
    readonly term: Term | undefined;
    readonly terms: Term[];
  }

  /** One step of a result's property path (sh:path compiled by shacl-engine). */
  interface PathStep {
    readonly quantifier: 'one' | 'zeroOrOne' | 'zeroOrMore' | 'oneOrMore';
    readonly start: 'subject' | 'object';
    readonly end: 'subject' | 'object';
    readonly predicates: NamedNode[];
  }

  interface ValidationResult {
    readonly focusNode: Pointer;
    readonly path: PathStep[] | null | undefined;
    readonly severity: NamedNode;
    readonly message: Literal[];
    readonly value: Pointer | undefined;
    readonly constraintComponent: NamedNode;
    readonly shape: { readonly ptr: Pointer };
  }

  interface ValidationReport {
    readonly conforms: boolean;
    readonly results: ValidationResult[];
  }

  export class Validator {
    constructor(shapes: DatasetCore, options: { factory: DataFactory & DatasetCoreFactory });
    validate(data: { dataset: DatasetCore; terms?: Iterable<Term> }): Promise<ValidationReport>;
  }
}
