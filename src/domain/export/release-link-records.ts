// The review records of the links to Wikidata and Wikipedia, shipped under links/ so that a
// reader of the release can open what links.csv cites. The graph cites them as in the repository
// (`data/links/checked/qids.tsv#row=3`, an RFC 7111 row: the header is row 1); the release keeps
// the folder's layout under links/ and links.csv cites `links/checked/qids.tsv#row=3`.
// wikidata.ttl is not copied: it is generated from these files and its triples are in the dumps.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_LINKS_DIR } from '../links/links-files.js';
import { releaseFile, type ReleaseFile } from './release-file.js';

/** The repository folder the graph's citations name, and where the release puts its files. */
const CITED_DIR = 'data/links/';
export const RELEASE_LINKS_DIR = 'links/';

const TITLES: Readonly<Record<string, string>> = {
  'README.md': 'How the links to Wikidata and Wikipedia are reviewed: the files of links/ and their columns',
  'checked/README.md': 'Where the checked identifiers come from',
  'checked/qids.tsv': 'Wikidata item ids checked against public sources (TSV; links.csv cites rows as #row=N, the header is row 1)',
  'checked/enwiki.tsv': 'English Wikipedia articles checked against public sources (TSV; cited as #row=N, the header is row 1)',
  'wikidata-mapping.tsv': 'Which graph IRI each checked row is about, reviewed by hand (TSV)',
  'accepted.tsv': 'Resolver candidates a curator accepted, with the reason (TSV)',
};

/** How to read the review records: plain TSV, quotes literal (src/domain/links/tsv.ts writes them so). */
const TSV_NOTE =
  'Tab-separated, UTF-8, LF line ends, a header row, no quoting: a double quote is a literal character. Read with R `read_tsv(file, quote = "")` or pandas `read_csv(file, sep="\\t", quoting=3, keep_default_na=False)`. Not a tabular-data-resource: Frictionless CSV dialects cannot turn quoting off.';

const MEDIA: Readonly<Record<string, string>> = { '.md': 'text/markdown', '.tsv': 'text/tab-separated-values' };

/** A citation of the graph (`data/links/…#row=N`) as a path of the release (`links/…#row=N`); others unchanged. */
export function releaseCitation(cited: string | undefined): string | undefined {
  return cited?.startsWith(CITED_DIR) ? `${RELEASE_LINKS_DIR}${cited.slice(CITED_DIR.length)}` : cited;
}

/** The review records of `dir` (default data/links/), sorted by path: every .md and .tsv file. */
export function linkRecordFiles(dir: string = PROJECT_LINKS_DIR): ReleaseFile[] {
  if (!existsSync(dir)) return [];
  const out: ReleaseFile[] = [];
  const walk = (sub: string) => {
    for (const name of readdirSync(path.join(dir, sub)).sort()) {
      const rel = sub === '' ? name : `${sub}/${name}`;
      const full = path.join(dir, rel);
      if (statSync(full).isDirectory()) walk(rel);
      else if (MEDIA[path.extname(name)] !== undefined) {
        out.push(
          releaseFile(`${RELEASE_LINKS_DIR}${rel}`, readFileSync(full), {
            mediaType: MEDIA[path.extname(name)]!,
            kind: 'links',
            title: TITLES[rel] ?? `Link review record ${rel}`,
            ...(name.endsWith('.tsv') ? { description: TSV_NOTE } : {}),
          }),
        );
      }
    }
  };
  walk('');
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
