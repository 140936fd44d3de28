// Building a release in memory: the RDF dumps, the tables (checked against their own Table
// Schemas before anything is returned), the report's text, the codebook, datapackage.json,
// void.ttl, dataset.jsonld, CITATION.cff, LICENSE-DATA and SHA256SUMS — in that order, because
// each piece of metadata describes the files before it. Deterministic: no clock, no randomness,
// canonical RDF, sorted rows. Cost: ~8 s on the bundled graph (canonicalisation, JSON-LD and
// RDF/XML dominate); callers build once and keep the result (write-release.ts, the HTTP cache).
import { readFileSync } from 'node:fs';
import { SOURCE_TEXT_FILE } from '../../config.js';
import type { GraphFile } from '../../store/graph-files.js';
import { loadGraph } from '../../store/load-graph.js';
import { checksumsFile } from './checksums.js';
import { citationCff, licenceStatement } from './citation.js';
import { codebook } from './codebook.js';
import { coverage, type Coverage } from './coverage.js';
import { tableToCsv } from './csv.js';
import { dataPackage, type TableResource } from './datapackage.js';
import { tableDescription, tableSchema } from './field-schema.js';
import { GraphView } from './graph-view.js';
import { rdfDumps } from './rdf-dumps.js';
import { DATASET, releaseInfo, type ReleaseInfo } from './release-info.js';
import { releaseFile, type ReleaseFile } from './release-file.js';
import { releaseTables } from './release-tables.js';
import { schemaOrgFile } from './schema-org.js';
import { tablePath } from './table.js';
import { validateResources, type TableError } from './validate-table.js';
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
}

export async function buildRelease(options: BuildOptions = {}): Promise<Release> {
  const info = releaseInfo(options.issued);
  const graph = loadGraph(options.graphFiles);
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

  const source = releaseFile(DATASET.source.path, readFileSync(SOURCE_TEXT_FILE), {
    mediaType: 'text/plain',
    kind: 'source',
    title: `The source report's text (${DATASET.source.publisher}, ${DATASET.source.issued}); passage offsets count its code points`,
  });
  const metadataEntries = [
    { path: 'datapackage.json', title: 'Frictionless Data Package: the Table Schemas, licence, sources, sizes and hashes' },
    { path: 'void.ttl', title: 'VoID and DCAT description of the dataset and its distributions' },
    { path: 'dataset.jsonld', title: 'schema.org Dataset description (JSON-LD)' },
    { path: 'CITATION.cff', title: 'How to cite the dataset (Citation File Format 1.2.0)' },
    { path: 'LICENSE-DATA', title: 'The data licence (CC BY 4.0) and credit to the source report' },
    { path: 'SHA256SUMS', title: 'SHA-256 of every file (sha256sum -c SHA256SUMS)' },
  ];
  const book = releaseFile('codebook.md', codebook(view, info, tables, [...dumps.files, source, ...metadataEntries], cover), {
    mediaType: 'text/markdown',
    kind: 'documentation',
    title: 'Codebook: tables, fields, allowed values',
  });
  const described = [...dumps.files, ...tables.map((t) => t.file), source, book];
  const pkg = releaseFile('datapackage.json', dataPackage(info, tables, [...dumps.files, source, book], cover), {
    mediaType: 'application/json',
    kind: 'metadata',
    title: metadataEntries[0]!.title,
  });
  const voidInput = { info, stats: graphStatistics(graph.store), dumps: { triples: dumps.triples, triplesPerPart: dumps.triplesPerPart }, files: [...described, pkg], cover };
  const voidFile = releaseFile('void.ttl', await voidTurtle(voidInput), {
    mediaType: 'text/turtle',
    kind: 'metadata',
    title: metadataEntries[1]!.title,
  });
  const files = [
    ...described,
    pkg,
    voidFile,
    schemaOrgFile(info, cover, [...described, pkg]),
    releaseFile('CITATION.cff', citationCff(info), { mediaType: 'application/x-yaml', kind: 'metadata', title: metadataEntries[3]!.title }),
    releaseFile('LICENSE-DATA', licenceStatement(), { mediaType: 'text/plain', kind: 'metadata', title: metadataEntries[4]!.title }),
  ];
  files.push(releaseFile('SHA256SUMS', checksumsFile(files), { mediaType: 'text/plain', kind: 'metadata', title: metadataEntries[5]!.title }));
  return { info, files, tables, triples: dumps.triples, cover, void: voidInput };
}
