// Types for rdf-canonize (W3C RDF Dataset Canonicalization, RDFC-1.0), the part the export uses.
declare module 'rdf-canonize' {
  export interface CanonizeOptions {
    readonly algorithm: 'RDFC-1.0' | 'URDNA2015';
    readonly inputFormat?: 'application/n-quads';
    readonly format?: 'application/n-quads';
    readonly maxWorkFactor?: number;
    readonly canonicalIdMap?: Map<string, string>;
  }
  /**
   * Canonical N-Quads (sorted lines, blank nodes labelled _:c14n0, _:c14n1, ...) of N-Quads text
   * (with inputFormat) or of a dataset of distinct quads (without; src/domain/rdf-dataset.ts).
   */
  export function canonize(input: string | readonly object[], options: CanonizeOptions): Promise<string>;
  const _default: { canonize: typeof canonize };
  export default _default;
}
