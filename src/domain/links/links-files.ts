// Where the reviewed links to Wikidata and Wikipedia live. Everything under data/links/ is the
// "links" part of the graph (src/store/graph-files.ts); the TSV files here are its review record:
//   checked/qids.tsv, checked/enwiki.tsv   copies of the checked identifier tables (../shared/wikidata)
//   wikidata-mapping.tsv                   graph IRI → table row, reviewed by hand (never by label)
//   accepted.tsv                           resolver candidates a curator accepted (`kg wikidata accept`)
//   wikidata.ttl                           generated from the three above (`kg wikidata build`)
import path from 'node:path';
import { DATA_DIR } from '../../config.js';

export interface LinksFiles {
  readonly dir: string;
  readonly qids: string;
  readonly enwiki: string;
  readonly mapping: string;
  readonly accepted: string;
  readonly turtle: string;
}

/** The files of a links folder; `dir` defaults to the project's data/links. */
export function linksFiles(dir: string = path.join(DATA_DIR, 'links')): LinksFiles {
  return {
    dir,
    qids: path.join(dir, 'checked', 'qids.tsv'),
    enwiki: path.join(dir, 'checked', 'enwiki.tsv'),
    mapping: path.join(dir, 'wikidata-mapping.tsv'),
    accepted: path.join(dir, 'accepted.tsv'),
    turtle: path.join(dir, 'wikidata.ttl'),
  };
}

/** The project's own links folder: writes to it are refused for made-up test items. */
export const PROJECT_LINKS_DIR = path.join(DATA_DIR, 'links');

/** The path as cited in provenance: relative to the folder holding data/ (stable across clones). */
export function citedPath(file: string, linksDir: string): string {
  return path.posix.join('data/links', path.relative(linksDir, file).split(path.sep).join('/'));
}
