// One file of a release: where it goes in the release folder, its bytes, and what the metadata
// (datapackage.json, void.ttl, dataset.jsonld, SHA256SUMS) says about it.
import { createHash } from 'node:crypto';

export type ReleaseFileKind = 'rdf' | 'table' | 'metadata' | 'documentation' | 'source' | 'links';

export interface ReleaseFile {
  /** Relative path inside the release folder, `/`-separated (e.g. `tables/acts.csv`). */
  readonly path: string;
  readonly content: Buffer;
  readonly mediaType: string;
  readonly kind: ReleaseFileKind;
  readonly title: string;
  /** A longer note for datapackage.json and the codebook (what is in the file, how to read it). */
  readonly description?: string;
  /** Triples in the file, for RDF dumps. */
  readonly triples?: number;
}

export function releaseFile(path: string, content: string | Buffer, meta: Omit<ReleaseFile, 'path' | 'content'>): ReleaseFile {
  return { path, content: typeof content === 'string' ? Buffer.from(content, 'utf8') : content, ...meta };
}

/** Lower-case hex SHA-256 of the file's bytes. */
export function sha256(file: Pick<ReleaseFile, 'content'>): string {
  return createHash('sha256').update(file.content).digest('hex');
}

/** The file name after the last `/`. */
export function baseName(file: Pick<ReleaseFile, 'path'>): string {
  return file.path.slice(file.path.lastIndexOf('/') + 1);
}
