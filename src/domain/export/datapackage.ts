// datapackage.json (Frictionless Data Package v1, https://specs.frictionlessdata.io/data-package/):
// name, title, version, licences, sources, contributors, and one resource per file of the
// release — every CSV a tabular-data-resource with its Table Schema (field-schema.ts), the RDF
// dumps, the source text and the codebook as plain resources — each with path, format, mediatype,
// encoding, bytes and `sha256:` hash. Keys are written in a fixed order: the JSON is deterministic.
import type { Coverage } from './coverage.js';
import type { TableSchema } from './field-schema.js';
import { DATASET, DATASET_IRI, type ReleaseInfo } from './release-info.js';
import { sha256, type ReleaseFile } from './release-file.js';
import type { TableSpec } from './table.js';

export interface TableResource {
  readonly spec: TableSpec;
  /** The spec's description with its row class's label and comment (field-schema.ts tableDescription). */
  readonly description: string;
  readonly schema: TableSchema;
  readonly file: ReleaseFile;
  readonly rows: number;
}

const FORMAT: Readonly<Record<string, string>> = {
  'text/csv': 'csv',
  'text/turtle': 'ttl',
  'application/n-triples': 'nt',
  'application/n-quads': 'nq',
  'application/ld+json': 'jsonld',
  'application/rdf+xml': 'rdf',
  'application/gzip': 'gz',
  'text/plain': 'txt',
  'text/markdown': 'md',
};

/** A resource name: lower case, `-._` only (Data Package §Resource name). */
export function resourceName(path: string): string {
  return path.toLowerCase().replace(/\.csv$/u, '').replace(/^tables\//u, '').replace(/[^a-z0-9._-]+/gu, '-');
}

export function dataPackage(
  info: ReleaseInfo,
  tables: readonly TableResource[],
  otherFiles: readonly ReleaseFile[],
  cover: Coverage,
): string {
  const common = (file: ReleaseFile) => ({
    path: file.path,
    title: file.title,
    format: FORMAT[file.mediaType] ?? file.path.slice(file.path.lastIndexOf('.') + 1),
    mediatype: file.mediaType,
    ...(file.mediaType === 'application/gzip' ? {} : { encoding: 'utf-8' }),
    bytes: file.content.length,
    hash: `sha256:${sha256(file)}`,
  });
  const pkg = {
    profile: 'data-package',
    name: DATASET.name,
    id: DATASET_IRI,
    title: DATASET.title,
    description: DATASET.description,
    version: info.version,
    created: info.issued,
    homepage: DATASET.homepage,
    keywords: DATASET.keywords,
    licenses: [{ name: DATASET.licence.id, path: DATASET.licence.iri, title: DATASET.licence.title }],
    sources: [{ title: `${DATASET.source.publisher}, "${DATASET.source.title}", ${DATASET.source.issued}`, path: DATASET.source.path }],
    contributors: [
      { title: DATASET.publisher.name, path: DATASET.publisher.url, role: 'publisher' },
      { title: DATASET.source.publisher, role: 'author', description: 'Author of the source report; every fact of the dataset is taken from it.' },
    ],
    temporalCoverage: { start: cover.start ?? null, end: cover.end ?? null },
    resources: [
      ...tables.map((t) => ({
        name: t.spec.name,
        profile: 'tabular-data-resource',
        ...common(t.file),
        description: `${t.description} ${t.rows} rows.`,
        schema: t.schema,
      })),
      ...otherFiles.map((file) => ({ name: resourceName(file.path), profile: 'data-resource', ...common(file) })),
    ],
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}
