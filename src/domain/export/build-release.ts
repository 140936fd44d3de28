// Building a release in memory: the RDF dumps, the tables (checked against their own Table
// Schemas before anything is returned), the report's text (as captured, and clean), the review
// records of the links, the codebook, datapackage.json, void.ttl, dataset.jsonld, CITATION.cff,
// LICENSE-DATA and SHA256SUMS — each piece of metadata describes the files before it (void.ttl
// and dataset.jsonld also the citation and licence, written after them only in the file order). Deterministic: no clock, no randomness,
// canonical RDF, sorted rows. Cost: ~8 s on the bundled graph (canonicalisation, JSON-LD and
// RDF/XML dominate); callers build once and keep the result (write-release.ts, the HTTP cache).
import { readFileSync } from 'node:fs';
import { SOURCE_TEXT_FILE } from '../../config.js';
import { graphFiles, type GraphFile } from '../../store/graph-files.js';
import { loadGraph, type LoadedGraph } from '../../store/load-graph.js';
import { checksumsFile } from './checksums.js';
import { citationCff, licenceStatement } from './citation.js';
import { codebook } from './codebook.js';
import { coverage, type Coverage } from './coverage.js';
import { tableToCsv } from './csv.js';
import { dataPackage, type TableResource } from './datapackage.js';
import { tableDescription, tableSchema } from './field-schema.js';
import { GraphView } from './graph-view.js';
import { rdfDumps } from './rdf-dumps.js';
import { DATASET, originStatement, releaseInfo, type ReleaseInfo, type ReleaseOrigin } from './release-info.js';
import { releaseFile, type ReleaseFile } from './release-file.js';
import { releaseTables } from './release-tables.js';
import { schemaOrgFile } from './schema-org.js';
import { cleanSourceText, residueNote, sourceResidue } from './source-text.js';
import { linkRecordFiles } from './release-link-records.js';
import { tablePath } from './table.js';
import { readCsv, validateResources, type TableError } from './validate-table.js';
import { graphStatistics, voidTurtle, type VoidInput } from './void-description.js';

/** The tables did not match their own schemas: a bug in a table builder or data it cannot hold. */
export class InvalidReleaseError extends Error {
  override readonly name = 'InvalidReleaseError';
  constructor(readonly errors: readonly TableError[]) {
    super(`the release tables break their Table Schemas:\n${errors.slice(0, 20).map((e) => `  ${e.table}${e.row ? ` row ${e.row}` : ''}${e.field ? ` ${e.field}` : ''}: ${e.message}`).join('\n')}`);
  }
}

export interface Release {
  readonly info: ReleaseInfo;
  /** Every file, in the order written; SHA256SUMS last. */
  readonly files: readonly ReleaseFile[];
  readonly tables: readonly TableResource[];
  readonly triples: number;
  readonly cover: Coverage;
  /** What void.ttl was made from, to describe the release again for another service base. */
  readonly void: Omit<VoidInput, 'serviceBase'>;
}

export interface BuildOptions {
  /** The graph's files; default the bundled graph. */
  readonly graphFiles?: readonly GraphFile[];
  /** Issue date (YYYY-MM-DD); default RELEASE_ISSUED. */
  readonly issued?: string;
  /** The links folder whose review records ship under links/; default data/links/ when the graph has a links part. */
  readonly linksDir?: string;
  /**
   * The graph already read, instead of parsing `graphFiles`: a SPARQL store's (with `info` and
   * `origin`; src/engine/release-store.ts). Not serialisable: for callers in the building process.
   */
  readonly graph?: LoadedGraph;
  /** Version and issue date; default releaseInfo(issued): package.json's version. */
  readonly info?: ReleaseInfo;
  /** Set when `graph` was read from a store: said in void.ttl, the codebook and the source files' descriptions. */
  readonly origin?: ReleaseOrigin;
}

/** Said of the files a release read from a store still takes from the service's files. */
const LOCAL_NOTE = "From the service's own files, not from the SPARQL store the rest of the release was read from: the store holds graph data, not documents.";

/** A passage of the report falls in a line of page residue: the residue detection is wrong. */
export class ResidueOverlapError extends Error {
  override readonly name = 'ResidueOverlapError';
}

/**
 * The report's text twice: as captured (the offsets of passages.csv count in it; unchanged) and a
 * clean reading text without the page residue (source-text.ts). Refuses when a passage overlaps residue.
 */
function sourceFiles(text: string, tables: readonly TableResource[], fromStore: boolean): ReleaseFile[] {
  const residue = sourceResidue(text).filter((r) => r.text.trim() !== '');
  const passages = tables.find((t) => t.spec.name === 'passages');
  if (passages) {
    const { header, rows } = readCsv(passages.file.content.toString('utf8'));
    const [start, end] = [header.indexOf('start'), header.indexOf('end')];
    for (const row of rows) {
      const hit = residue.find((r) => Number(row[start]) < r.end && Number(row[end]) > r.start);
      if (hit) throw new ResidueOverlapError(`passage ${row[start]}-${row[end]} overlaps page residue on line ${hit.line} ("${hit.text.slice(0, 40)}")`);
    }
  }
  const cite = `${DATASET.source.publisher}, ${DATASET.source.issued}, ${DATASET.source.url}`;
  const local = fromStore ? ` ${LOCAL_NOTE}` : '';
  return [
    releaseFile(DATASET.source.path, text, {
      mediaType: 'text/plain',
      kind: 'source',
      title: `The source report's text as captured from its web page (${cite}); passage offsets count its code points`,
      description: `The text passages.csv's offsets count in (0-based Unicode code points). ${residueNote(text)} ${DATASET.source.cleanPath} is the same text without them.${local}`,
    }),
    releaseFile(DATASET.source.cleanPath, cleanSourceText(text), {
      mediaType: 'text/plain',
      kind: 'source',
      title: `The source report's text without the web page's residue (${cite}), for reading; offsets do not count in it`,
      description: `${DATASET.source.path} without the lines of page residue, for reading and quoting. Passage offsets count in ${DATASET.source.path}, not here.${local}`,
    }),
  ];
}

export async function buildRelease(options: BuildOptions = {}): Promise<Release> {
  const info = options.info ?? releaseInfo(options.issued);
  const graph = options.graph ?? loadGraph(options.graphFiles);
  const fromStore = options.origin !== undefined;
  const view = new GraphView(graph.store);
  const dumps = await rdfDumps(graph);
  const cover = coverage(graph.store);

  const tables: TableResource[] = releaseTables(graph.store).map((table) => ({
    spec: table.spec,
    description: tableDescription(view, table.spec),
    schema: tableSchema(view, table.spec),
    rows: table.rows.length,
    file: releaseFile(tablePath(table.spec), tableToCsv(table), { mediaType: 'text/csv', kind: 'table', title: table.spec.title }),
  }));
  const errors = validateResources(tables.map((t) => ({ name: t.spec.name, schema: t.schema, csv: t.file.content.toString('utf8') })));
  if (errors.length > 0) throw new InvalidReleaseError(errors);

  // The report's text is a document, not graph data: always the service's own file (a store holds none).
  const sources = sourceFiles(readFileSync(SOURCE_TEXT_FILE, 'utf8'), tables, fromStore);
  // The review records ship with the links they back: none for a graph without a links part.
  const withLinks =
    options.linksDir !== undefined ||
    (options.graph ? (graph.parts.get('links')?.length ?? 0) > 0 : (options.graphFiles ?? graphFiles()).some((f) => f.part === 'links'));
  const linkRecords = (withLinks ? linkRecordFiles(options.linksDir) : []).map((f) =>
    fromStore ? { ...f, description: [f.description, LOCAL_NOTE].filter(Boolean).join(' ') } : f,
  );
  const metadataEntries = [
    { path: 'datapackage.json', title: 'Frictionless Data Package: the Table Schemas, licence, sources, sizes and hashes' },
    { path: 'void.ttl', title: 'VoID and DCAT description of the dataset and its distributions' },
    { path: 'dataset.jsonld', title: 'schema.org Dataset description (JSON-LD)' },
    { path: 'CITATION.cff', title: 'How to cite the dataset (Citation File Format 1.2.0)' },
    { path: 'LICENSE-DATA', title: 'The data licence (CC BY 4.0) and credit to the source report' },
    { path: 'SHA256SUMS', title: 'SHA-256 of every file (sha256sum -c SHA256SUMS)' },
  ];
  const provenance = options.origin ? originStatement(options.origin, info.version) : undefined;
  const book = releaseFile('codebook.md', codebook(view, info, tables, [...dumps.files, ...sources, ...linkRecords, ...metadataEntries], cover, provenance), {
    mediaType: 'text/markdown',
    kind: 'documentation',
    title: 'Codebook: tables, fields, allowed values',
  });
  const described = [...dumps.files, ...tables.map((t) => t.file), ...sources, ...linkRecords, book];
  const pkg = releaseFile('datapackage.json', dataPackage(info, tables, [...dumps.files, ...sources, ...linkRecords, book], cover), {
    mediaType: 'application/json',
    kind: 'metadata',
    title: metadataEntries[0]!.title,
  });
  const citation = releaseFile('CITATION.cff', citationCff(info), { mediaType: 'application/x-yaml', kind: 'metadata', title: metadataEntries[3]!.title });
  const licence = releaseFile('LICENSE-DATA', licenceStatement(), { mediaType: 'text/plain', kind: 'metadata', title: metadataEntries[4]!.title });
  const voidInput = {
    info,
    stats: graphStatistics(graph.store),
    dumps: { triples: dumps.triples, triplesPerPart: dumps.triplesPerPart },
    files: [...described, pkg, citation, licence],
    cover,
    ...(provenance ? { provenance } : {}),
  };
  const voidFile = releaseFile('void.ttl', await voidTurtle(voidInput), {
    mediaType: 'text/turtle',
    kind: 'metadata',
    title: metadataEntries[1]!.title,
  });
  const files = [...described, pkg, voidFile, schemaOrgFile(info, cover, [...described, pkg, voidFile, citation, licence]), citation, licence];
  files.push(releaseFile('SHA256SUMS', checksumsFile(files), { mediaType: 'text/plain', kind: 'metadata', title: metadataEntries[5]!.title }));
  return { info, files, tables, triples: dumps.triples, cover, void: voidInput };
}
