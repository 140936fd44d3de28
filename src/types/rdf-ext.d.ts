// Types for rdf-ext (https://github.com/rdf-ext/rdf-ext, untyped JS): only the RDF/JS data and
// dataset factories this project uses.
declare module 'rdf-ext' {
  import type { DataFactory, DatasetCore, DatasetCoreFactory, Quad } from '@rdfjs/types';

  interface Environment extends DataFactory, DatasetCoreFactory {
    dataset(quads?: Iterable<Quad>): DatasetCore;
  }

  const rdf: Environment;
  export default rdf;
}
