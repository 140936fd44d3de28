// datapackage.json (Frictionless Data Package v1, https://specs.frictionlessdata.io/data-package/):
// name, title, version, `created` (RFC 3339 date-time), licences, the source report (`sources`,
// with the original page's URL), the project as author and publisher (`contributors`), and one
// resource per file of the release — every CSV a tabular-data-resource with its CSV Dialect
// (declared, not left to sniffing) and Table Schema (field-schema.ts), the RDF dumps, the source
// text, the link review records and the codebook as plain resources — each with path, format,
// mediatype, encoding, bytes and `sha256:` hash. Keys are in a fixed order: the JSON is deterministic.
import type { Coverage } from './coverage.js';
import { CSV_DIALECT } from './csv.js';
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
  'text/tab-separated-values': 'tsv',
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
    // Data Package v1: `created` is an RFC 3339 date-time; the release is dated by its issue day.
    created: `${info.issued}T00:00:00Z`,
    homepage: DATASET.homepage,
    keywords: DATASET.keywords,
    licenses: [{ name: DATASET.licence.id, path: DATASET.licence.iri, title: DATASET.licence.title }],
    // The report is credited as the source (its text ships as source/…txt); the dataset's
    // author and publisher are the project, as in CITATION.cff and dataset.jsonld.
    sources: [{ title: `${DATASET.source.publisher}, "${DATASET.source.title}", ${DATASET.source.issued}`, path: DATASET.source.url }],
    contributors: [
      { title: DATASET.publisher.name, path: DATASET.publisher.url, role: 'author' },
      { title: DATASET.publisher.name, path: DATASET.publisher.url, role: 'publisher' },
    ],
    temporalCoverage: { start: cover.start ?? null, end: cover.end ?? null },
    resources: [
      ...tables.map((t) => ({
        name: t.spec.name,
        profile: 'tabular-data-resource',
        ...common(t.file),
        description: `${t.description} ${t.rows} rows.`,
        dialect: CSV_DIALECT,
        schema: t.schema,
      })),
      ...otherFiles.map((file) => ({
        name: resourceName(file.path),
        profile: 'data-resource',
        ...common(file),
        ...(file.description ? { description: file.description } : {}),
      })),
    ],
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}
