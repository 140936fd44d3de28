// What a release says about itself: version, issue date, title, licence, publisher, the source
// report, and the IRIs of the dataset and of the named graphs of the N-Quads dump. Nothing here
// reads the clock: the version is package.json's, and the issue date is the fixed field below,
// bumped by hand with the version (or given with `kg export --issued`), so a rebuild of the same
// commit is byte-identical.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BASE_IRI, PROJECT_ROOT } from '../../config.js';
import { NS } from '../../vocab.js';
import type { GraphPart } from '../../store/graph-files.js';

/** The issue date of the current version (xsd:date). Change it together with package.json's version. */
export const RELEASE_ISSUED = '2026-11-29';

export interface ReleaseInfo {
  readonly version: string;
  readonly issued: string;
}

/**
 * Where a release's graph was read when not from the service's files: a SPARQL store
 * (src/engine/release-store.ts). Then the version is the store's load record's (written by
 * `kg load`: the SHA-256 of the N-Quads loaded) and the issue date the day it was loaded.
 */
export interface ReleaseOrigin {
  /** Whether the store holds a load record; without one the version is `triples-<count>`. */
  readonly loadRecord: boolean;
  /** When the data was loaded into the store (xsd:dateTime of the load record). */
  readonly loaded?: string;
}

/** What a release read from a store says of its origin (void.ttl dcterms:provenance, the codebook). */
export function originStatement(origin: ReleaseOrigin, version: string): string {
  const loaded = origin.loaded ? `, loaded on ${origin.loaded}` : '';
  const record = origin.loadRecord
    ? `the store's load record identifies the data as ${version}${loaded}`
    : `the store holds no load record (written by \`kg load\`), so the version is its triple count, ${version}`;
  return `Read through the service's SPARQL store, not from the project's files: every RDF dump, table and count describes the data the store held when the release was built (${record}). The source report's text and the links' review records come from the service's own files: they are documents, not graph data, and the store holds neither.`;
}

/** Version from package.json; issue date from RELEASE_ISSUED unless given. */
export function releaseInfo(issued: string = RELEASE_ISSUED): ReleaseInfo {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(issued)) throw new RangeError(`issued date "${issued}" is not YYYY-MM-DD`);
  const pkg = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string };
  return { version: pkg.version, issued };
}

/**
 * The version and issue date of the data a SPARQL store holds (SPARQL_BACKEND): its load record's
 * version and the day it was loaded (`loaded`, an xsd:dateTime), else `today` (a store loaded by
 * other means has no record). Shared by the release built from the store (src/engine/release-store.ts)
 * and the home page's schema.org Dataset, so both say the same.
 */
export function storeReleaseInfo(version: string, loaded: string | undefined, today: () => Date = () => new Date()): ReleaseInfo {
  const issued = (loaded && /^\d{4}-\d{2}-\d{2}/u.test(loaded) ? loaded : today().toISOString()).slice(0, 10);
  return { version, issued };
}

/** The dataset's IRI; the Wikidata links file (data/links/) describes its linksets under it too. */
export const DATASET_IRI = `${BASE_IRI}id/dataset/hrd-reprisals`;

/** One named graph per part of the graph in the N-Quads dump. */
export const NAMED_GRAPHS: Readonly<Record<GraphPart, string>> = {
  ontology: `${BASE_IRI}graph/ontology`,
  data: `${BASE_IRI}graph/data`,
  links: `${BASE_IRI}graph/links`,
};

/**
 * The original report's web page, as given by the team's shared/source/README.md ("the address as
 * seen in stored public copies of the page"); not typed from memory.
 */
const SOURCE_URL =
  'https://www.nchrd.org/2018/11/hold-chinese-government-accountable-for-reprisals-against-human-rights-defenders-cooperating-with-un-aggressive-moves-target-activists-and-ngos-in-china-abroad/';

export const DATASET = {
  name: 'hrd-reprisals',
  title: 'Reprisals against human-rights defenders who cooperate with the UN: a knowledge graph of the CHRD report of 1 November 2018',
  description:
    'An open linked-data knowledge graph of the state reprisals against human-rights defenders who cooperate with the United Nations documented by the Network of Chinese Human Rights Defenders (CHRD) in its statement of 1 November 2018: who was targeted, how, by whom, when, where, for which engagement with the UN, and the legal proceedings, sentences, relations and UN case raisings — every fact with the exact passage of the report that states it. Released as RDF dumps, tidy CSV tables with a Table Schema and a codebook, and VoID/DCAT metadata.',
  keywords: ['human rights defenders', 'reprisals', 'United Nations', 'China', 'intimidation', 'event data', 'linked data', 'knowledge graph'],
  language: 'en',
  /** The dataset's author and publisher, the same in datapackage.json, CITATION.cff, dataset.jsonld and void.ttl. */
  publisher: { name: 'HRD reprisals knowledge graph project', url: BASE_IRI },
  /**
   * Where to reach the project: its home page on the service (the project names no repository or
   * issue tracker). VoID's dcat:contactPoint and schema.org's contactPoint. No personal e-mail.
   */
  contact: { name: 'HRD reprisals knowledge graph project', url: BASE_IRI },
  homepage: BASE_IRI,
  licence: {
    id: 'CC-BY-4.0',
    iri: 'https://creativecommons.org/licenses/by/4.0/',
    title: 'Creative Commons Attribution 4.0 International',
  },
  codeLicence: { id: 'MIT', title: 'MIT License' },
  /** The licence statement printed in the codebook, LICENSE-DATA and the citation. */
  attribution:
    `Data: CC BY 4.0. Credit "HRD reprisals knowledge graph" and the source report: Network of Chinese Human Rights Defenders (CHRD), "Hold Chinese Government Accountable for Reprisals Against Human Rights Defenders Cooperating with UN", 1 November 2018, ${SOURCE_URL}. The report's text is included for verification; its copyright remains with CHRD.`,
  source: {
    iri: `${BASE_IRI}id/document/chrd-2018-11-01`,
    title: 'Hold Chinese Government Accountable for Reprisals Against Human Rights Defenders Cooperating with UN – Aggressive Moves Target Activists and NGOs in China & Abroad',
    publisher: 'Network of Chinese Human Rights Defenders (CHRD)',
    issued: '2018-11-01',
    url: SOURCE_URL,
    /** The report's text as bundled in the release: the page as captured, against which passage offsets count. */
    path: 'source/chrd-2018-11-01-reprisals-against-hrds-cooperating-with-un.txt',
    /** The same text without the web page's residue lines (source-text.ts), for reading. */
    cleanPath: 'source/chrd-2018-11-01-reprisals-against-hrds-cooperating-with-un.clean.txt',
  },
  /** Where the SPARQL endpoint and the release files live, relative to the service's base. */
  sparqlPath: 'sparql',
  releasePath: 'release/',
} as const;

/** Namespaces whose terms the graph uses and VoID lists as void:vocabulary (the ones present). */
export const VOCABULARY_NAMESPACES: readonly string[] = [
  NS.rep.iri, NS.rdf.iri, NS.rdfs.iri, NS.owl.iri, NS.xsd.iri, NS.skos.iri, NS.schema.iri, NS.prov.iri,
  NS.oa.iri, NS.sem.iri, NS.time.iri, NS.dcterms.iri, NS.void.iri, 'http://purl.org/vocab/vann/',
];
