// dataset.jsonld: the dataset as a schema.org Dataset (https://schema.org/Dataset), the form
// dataset search engines read from a page's <script type="application/ld+json">. Built from the
// same constants as void.ttl. Without `files` (the home page, which must not wait for a build) the
// distributions carry no sizes; the release's own dataset.jsonld has them.
import { BASE_IRI } from '../../config.js';
import type { Coverage } from './coverage.js';
import { DATASET, DATASET_IRI, type ReleaseInfo } from './release-info.js';
import { releaseFile, type ReleaseFile } from './release-file.js';

export interface DatasetJsonLdOptions {
  readonly info: ReleaseInfo;
  readonly cover?: Coverage;
  /** The release files to list as distributions (path, media type, size). */
  readonly files?: readonly Pick<ReleaseFile, 'path' | 'mediaType' | 'title' | 'kind'>[];
  /** Sizes by path, when known. */
  readonly sizes?: ReadonlyMap<string, number>;
  /** The service's base URL, ending in `/`; default BASE_IRI. */
  readonly serviceBase?: string;
}

export function datasetJsonLd(options: DatasetJsonLdOptions): Record<string, unknown> {
  const base = options.serviceBase ?? BASE_IRI;
  const { info, cover } = options;
  const chrd = { '@type': 'Organization', name: DATASET.source.publisher };
  return {
    '@context': 'https://schema.org/',
    '@type': 'Dataset',
    '@id': DATASET_IRI,
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
    creator: { '@type': 'Organization', name: DATASET.publisher.name, url: DATASET.publisher.url },
    publisher: { '@type': 'Organization', name: DATASET.publisher.name, url: DATASET.publisher.url },
    isBasedOn: { '@type': 'Report', '@id': DATASET.source.iri, name: DATASET.source.title, author: chrd, publisher: chrd, datePublished: DATASET.source.issued },
    ...(cover?.start && cover.end ? { temporalCoverage: `${cover.start}/${cover.end}` } : {}),
    ...(cover && cover.places.length > 0
      ? { spatialCoverage: cover.places.map((p) => ({ '@type': 'Place', '@id': p.iri, ...(p.label ? { name: p.label } : {}) })) }
      : {}),
    ...(options.files
      ? {
          distribution: options.files
            .filter((f) => f.kind === 'rdf' || f.kind === 'table' || f.path === 'datapackage.json')
            .map((f) => ({
              '@type': 'DataDownload',
              name: f.title,
              encodingFormat: f.mediaType,
              contentUrl: `${base}${DATASET.releasePath}${f.path}`,
              ...(options.sizes?.has(f.path) ? { contentSize: `${options.sizes.get(f.path)} B` } : {}),
            })),
        }
      : {}),
    potentialAction: { '@type': 'SearchAction', target: `${base}${DATASET.sparqlPath}?query={query}`, 'query-input': 'required name=query' },
  };
}

/** The release's dataset.jsonld, with every distribution's size. */
export function schemaOrgFile(info: ReleaseInfo, cover: Coverage, files: readonly ReleaseFile[]): ReleaseFile {
  const sizes = new Map(files.map((f) => [f.path, f.content.length]));
  const json = datasetJsonLd({ info, cover, files, sizes });
  return releaseFile('dataset.jsonld', `${JSON.stringify(json, null, 2)}\n`, {
    mediaType: 'application/ld+json',
    kind: 'metadata',
    title: 'schema.org Dataset description (JSON-LD)',
  });
}
