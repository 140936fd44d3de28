// CITATION.cff (Citation File Format 1.2.0, https://citation-file-format.github.io/) for the
// dataset: the project is its author (as in datapackage.json and dataset.jsonld) and its contact;
// the source report is credited as a reference, with its page's URL. The repository's CITATION.cff is this
// output (a test checks they are equal); the release carries a copy. YAML written by hand:
// every string is double-quoted with JSON escaping, which is valid YAML.
import { BASE_IRI } from '../../config.js';
import { DATASET, type ReleaseInfo } from './release-info.js';

const q = (s: string) => JSON.stringify(s);

export function citationCff(info: ReleaseInfo): string {
  return [
    'cff-version: 1.2.0',
    'message: "If you use this dataset, please cite it as below, and credit the source report of the Network of Chinese Human Rights Defenders (CHRD)."',
    'type: dataset',
    `title: ${q(DATASET.title)}`,
    `abstract: ${q(DATASET.description)}`,
    'authors:',
    `  - name: ${q(DATASET.publisher.name)}`,
    `    website: ${q(DATASET.publisher.url)}`,
    `version: ${q(info.version)}`,
    `date-released: ${q(info.issued)}`,
    `license: ${q(DATASET.licence.id)}`,
    `url: ${q(BASE_IRI)}`,
    'contact:',
    `  - name: ${q(DATASET.contact.name)}`,
    `    website: ${q(DATASET.contact.url)}`,
    'keywords:',
    ...DATASET.keywords.map((k) => `  - ${q(k)}`),
    'references:',
    '  - type: report',
    `    title: ${q(DATASET.source.title)}`,
    '    authors:',
    `      - name: ${q(DATASET.source.publisher)}`,
    `    date-published: ${q(DATASET.source.issued)}`,
    `    url: ${q(DATASET.source.url)}`,
    `    notes: ${q('The source of every statement of the dataset; its text is included in the release under source/.')}`,
    '',
  ].join('\n');
}

/** LICENSE-DATA: the data licence statement (the code is MIT, see package.json). */
export function licenceStatement(): string {
  return [
    `The data of "${DATASET.title}" — the files under data/ and ontology/ and every file of a release`,
    '(dist/) except the source report\'s text — is licensed under the',
    `${DATASET.licence.title} licence (${DATASET.licence.id}): ${DATASET.licence.iri}`,
    '',
    DATASET.attribution,
    '',
    `The code of the project is licensed under the ${DATASET.codeLicence.title} (${DATASET.codeLicence.id}).`,
    '',
  ].join('\n');
}
