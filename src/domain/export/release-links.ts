// What the home page offers of the release, without building it: the main downloads as
// service-relative links, and the schema.org Dataset JSON-LD that dataset search engines read
// (no sizes or coverage: those are in the release's own dataset.jsonld). A test checks that every
// link names a file the build produces.
import { DUMP_STEM } from './rdf-dumps.js';
import type { ReleaseInfo } from './release-info.js';
import { datasetJsonLd } from './schema-org.js';
import type { ReleaseFileKind } from './release-file.js';

export interface ReleaseLink {
  /** Path on the service, e.g. `/release/rdf/hrd-reprisals.ttl`. */
  readonly href: string;
  readonly label: string;
  readonly mediaType: string;
  readonly group: 'rdf' | 'tables' | 'about';
}

const file = (path: string, label: string, mediaType: string, group: ReleaseLink['group']): ReleaseLink => ({
  href: `/release/${path}`,
  label,
  mediaType,
  group,
});

export function releaseLinks(): ReleaseLink[] {
  return [
    file(`${DUMP_STEM}.ttl`, 'Turtle', 'text/turtle', 'rdf'),
    file(`${DUMP_STEM}.nt.gz`, 'N-Triples (gzip)', 'application/gzip', 'rdf'),
    file(`${DUMP_STEM}.nq`, 'N-Quads (named graphs)', 'application/n-quads', 'rdf'),
    file(`${DUMP_STEM}.jsonld`, 'JSON-LD', 'application/ld+json', 'rdf'),
    file(`${DUMP_STEM}.rdf`, 'RDF/XML', 'application/rdf+xml', 'rdf'),
    file('datapackage.json', 'CSV tables (Frictionless Data Package)', 'application/json', 'tables'),
    file('codebook.md', 'Codebook', 'text/markdown', 'tables'),
    file('CITATION.cff', 'How to cite (CITATION.cff)', 'application/x-yaml', 'about'),
    { href: '/.well-known/void', label: 'VoID/DCAT description', mediaType: 'text/turtle', group: 'about' },
    { href: '/release', label: 'All files, sizes and SHA-256', mediaType: 'text/html', group: 'about' },
  ];
}

/**
 * The schema.org Dataset for the home page, its URLs relative to the page's server; `info` is the
 * release's version and date (releaseInfo(), or storeReleaseInfo() in front of a SPARQL store).
 */
export function homeDatasetJsonLd(info: ReleaseInfo): Record<string, unknown> {
  const files = releaseLinks()
    .filter((l) => l.href.startsWith('/release/') && l.group !== 'about')
    .map((l) => ({ path: l.href.slice('/release/'.length), mediaType: l.mediaType, title: l.label, kind: (l.group === 'rdf' ? 'rdf' : 'metadata') as ReleaseFileKind }));
  return datasetJsonLd({ info, files, serviceBase: '/' });
}
