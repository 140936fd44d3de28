// dataset.jsonld: the dataset as a schema.org Dataset (https://schema.org/Dataset), the form
// dataset search engines read from a page's <script type="application/ld+json">. Built from the
// same constants as void.ttl. Its @context is inline (schema.org terms by @vocab, IRI-valued
// properties typed @id), so it expands offline — no remote context is fetched. The project is
// creator and publisher, the CHRD report is `isBasedOn` and `citation` (with its page's URL).
// Without `files` (the home page, which must not wait for a build) the distributions carry no
// sizes or hashes; the release's own dataset.jsonld has both (schema:sha256).
import { BASE_IRI } from '../../config.js';
import type { Coverage } from './coverage.js';
import { DATASET, DATASET_IRI, type ReleaseInfo } from './release-info.js';
import { releaseFile, sha256, type ReleaseFile } from './release-file.js';

export interface DatasetJsonLdOptions {
  readonly info: ReleaseInfo;
  readonly cover?: Coverage;
  /** The release files to list as distributions (path, media type, size). */
  readonly files?: readonly Pick<ReleaseFile, 'path' | 'mediaType' | 'title' | 'kind'>[];
  /** Sizes by path, when known. */
  readonly sizes?: ReadonlyMap<string, number>;
  /** Lower-case hex SHA-256 by path, when known. */
  readonly hashes?: ReadonlyMap<string, string>;
  /** The service's base URL, ending in `/`; default BASE_IRI. */
  readonly serviceBase?: string;
}

/** schema.org terms by @vocab; the properties whose values are IRIs typed @id (as schema.org's own context does). */
export const SCHEMA_ORG_CONTEXT = {
  '@vocab': 'https://schema.org/',
  schema: 'https://schema.org/',
  ...Object.fromEntries(['url', 'license', 'contentUrl', 'sameAs', 'target', 'identifier'].map((term) => [term, { '@id': `schema:${term}`, '@type': '@id' }])),
} as const;

export function datasetJsonLd(options: DatasetJsonLdOptions): Record<string, unknown> {
  const base = options.serviceBase ?? BASE_IRI;
  const { info, cover } = options;
  const chrd = { '@type': 'Organization', name: DATASET.source.publisher };
  const project = {
    '@type': 'Organization',
    name: DATASET.publisher.name,
    url: DATASET.publisher.url,
    contactPoint: { '@type': 'ContactPoint', contactType: 'project', name: DATASET.contact.name, url: DATASET.contact.url },
  };
  const report = {
    '@type': 'Report',
    '@id': DATASET.source.iri,
    name: DATASET.source.title,
    url: DATASET.source.url,
    author: chrd,
    publisher: chrd,
    datePublished: DATASET.source.issued,
  };
  return {
    '@context': SCHEMA_ORG_CONTEXT,
    '@type': 'Dataset',
    '@id': DATASET_IRI,
    identifier: DATASET_IRI,
    name: DATASET.title,
    description: DATASET.description,
    url: base,
    version: info.version,
    datePublished: info.issued,
    inLanguage: DATASET.language,
    keywords: DATASET.keywords,
    license: DATASET.licence.iri,
    isAccessibleForFree: true,
    creditText: DATASET.attribution,
    creator: project,
    publisher: project,
    isBasedOn: report,
    citation: report,
    ...(cover?.start && cover.end ? { temporalCoverage: `${cover.start}/${cover.end}` } : {}),
    ...(cover && cover.places.length > 0
      ? { spatialCoverage: cover.places.map((p) => ({ '@type': 'Place', '@id': p.iri, ...(p.label ? { name: p.label } : {}) })) }
      : {}),
    ...(options.files
      ? {
          distribution: options.files.map((f) => ({
            '@type': 'DataDownload',
            name: f.title,
            encodingFormat: f.mediaType,
            contentUrl: `${base}${DATASET.releasePath}${f.path}`,
            ...(options.sizes?.has(f.path) ? { contentSize: `${options.sizes.get(f.path)} B` } : {}),
            ...(options.hashes?.has(f.path) ? { sha256: options.hashes.get(f.path) } : {}),
          })),
        }
      : {}),
    potentialAction: { '@type': 'SearchAction', target: `${base}${DATASET.sparqlPath}?query={query}`, 'query-input': 'required name=query' },
  };
}

/** The release's dataset.jsonld: every other file (but SHA256SUMS) a distribution with its size and SHA-256. */
export function schemaOrgFile(info: ReleaseInfo, cover: Coverage, files: readonly ReleaseFile[]): ReleaseFile {
  const sizes = new Map(files.map((f) => [f.path, f.content.length]));
  const hashes = new Map(files.map((f) => [f.path, sha256(f)]));
  const json = datasetJsonLd({ info, cover, files, sizes, hashes });
  return releaseFile('dataset.jsonld', `${JSON.stringify(json, null, 2)}\n`, {
    mediaType: 'application/ld+json',
    kind: 'metadata',
    title: 'schema.org Dataset description (JSON-LD)',
  });
}
