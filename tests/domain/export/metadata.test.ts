// The release's metadata agrees with its files: datapackage.json's sizes and hashes, the codebook
// and datapackage field descriptions (one source), void.ttl's counts, sizes and checksums,
// SHA256SUMS, and the repository's CITATION.cff and LICENSE-DATA equal the generated ones.
import { existsSync, readFileSync } from 'node:fs';
import jsonld from 'jsonld';
import path from 'node:path';
import { Parser, Store } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/config.js';
import type { Release } from '../../../src/domain/export/build-release.js';
import type { TableSchema } from '../../../src/domain/export/field-schema.js';
import { DATASET, DATASET_IRI } from '../../../src/domain/export/release-info.js';
import { sha256 } from '../../../src/domain/export/release-file.js';
import { NS } from '../../../src/vocab.js';
import { BUILD_TIMEOUT, bundledRelease, fileOf } from './release-helper.js';

interface Resource { name: string; path: string; bytes: number; hash: string; mediatype: string; schema?: TableSchema }

/** The report's page as the shared source README gives it — the only place the URL may come from. */
const SHARED_SOURCE_URL = 'https://www.nchrd.org/2018/11/hold-chinese-government-accountable-for-reprisals-against-human-rights-defenders-cooperating-with-un-aggressive-moves-target-activists-and-ngos-in-china-abroad/';
const SHARED_README = path.join(PROJECT_ROOT, '..', 'shared', 'source', 'README.md');

let release: Release;
let pkg: { name: string; version: string; created: string; contributors: unknown[]; licenses: { name: string }[]; sources: unknown[]; resources: Resource[] };
let voidStore: Store;
const text = (p: string) => fileOf(release, p).toString('utf8');

beforeAll(async () => {
  release = await bundledRelease();
  pkg = JSON.parse(text('datapackage.json'));
  voidStore = new Store(new Parser({ format: 'text/turtle' }).parse(text('void.ttl')));
}, BUILD_TIMEOUT);

describe('datapackage.json', () => {
  it('names the package, version, licence and source', () => {
    expect(pkg).toMatchObject({ name: 'hrd-reprisals', version: release.info.version, licenses: [{ name: 'CC-BY-4.0' }] });
    expect(pkg.sources).toHaveLength(1);
  });

  it('is created at an RFC 3339 date-time, by the project, from the CHRD report at its page', () => {
    expect(pkg.created).toBe(`${release.info.issued}T00:00:00Z`);
    expect(pkg.contributors).toEqual([
      { title: DATASET.publisher.name, path: DATASET.publisher.url, role: 'author' },
      { title: DATASET.publisher.name, path: DATASET.publisher.url, role: 'publisher' },
    ]);
    expect(pkg.sources).toEqual([{ title: expect.stringContaining('Network of Chinese Human Rights Defenders (CHRD)'), path: SHARED_SOURCE_URL }]);
  });

  it('gives every resource its true size and sha256 hash', () => {
    for (const r of pkg.resources) {
      const content = fileOf(release, r.path);
      expect(r.bytes, r.path).toBe(content.length);
      expect(r.hash, r.path).toBe(`sha256:${sha256({ content })}`);
    }
  });
});

describe('codebook.md', () => {
  it('documents every field of every table with the description datapackage.json gives it', () => {
    const book = text('codebook.md');
    for (const r of pkg.resources.filter((x) => x.schema)) {
      expect(book, r.name).toContain(`(\`${r.path}\`)`);
      for (const f of r.schema!.fields) {
        const row = book.split('\n').find((l) => l.startsWith(`| \`${f.name}\` |`) && l.includes(f.description.replace(/\|/gu, '\\|').slice(0, 60)));
        expect(row, `${r.name}.${f.name}`).toBeDefined();
      }
    }
  });

  it('lists the concepts of the schemes used, with their labels', () => {
    expect(text('codebook.md')).toMatch(/\| `travel-ban` \| travel ban or blocked departure \|/u);
  });
});

describe('void.ttl', () => {
  const one = (s: string, p: string) => voidStore.getObjects(s, p, null).map((o) => o.value);

  it('describes the dataset with its triple count, licence, version, issue date, source and endpoint', () => {
    expect(one(DATASET_IRI, NS.void('triples'))).toEqual([String(release.triples)]);
    expect(one(DATASET_IRI, NS.dcterms('license'))).toEqual(['https://creativecommons.org/licenses/by/4.0/']);
    expect(one(DATASET_IRI, NS.dcat('version'))).toEqual([release.info.version]);
    expect(one(DATASET_IRI, NS.dcterms('issued'))).toEqual([release.info.issued]);
    expect(one(DATASET_IRI, NS.dcterms('source'))).toEqual([`${NS.id.iri}document/chrd-2018-11-01`]);
    expect(one(DATASET_IRI, NS.void('sparqlEndpoint'))).toEqual(['https://w3id.org/hrd-reprisals/sparql']);
    expect(one(DATASET_IRI, NS.void('vocabulary'))).toContain(NS.rep.iri);
  });

  it('gives every distribution its media type, byte size and checksum', () => {
    const distributions = one(DATASET_IRI, NS.dcat('distribution'));
    expect(distributions.length).toBe(release.files.length - 3); // all but void.ttl, dataset.jsonld, SHA256SUMS
    for (const d of distributions) {
      const url = one(d, NS.dcat('downloadURL'))[0]!;
      const file = release.files.find((f) => url.endsWith(`/release/${f.path}`))!;
      expect(one(d, NS.dcat('byteSize')), url).toEqual([String(file.content.length)]);
      const checksum = voidStore.getObjects(d, 'http://spdx.org/rdf/terms#checksum', null)[0]!;
      expect(voidStore.getObjects(checksum, 'http://spdx.org/rdf/terms#checksumValue', null)[0]?.value).toBe(sha256(file));
    }
  });

  it('names the project as creator and publisher, its page as contact point, and the report\'s page', () => {
    const [creator] = voidStore.getObjects(DATASET_IRI, NS.dcterms('creator'), null);
    expect(voidStore.getObjects(DATASET_IRI, NS.dcterms('publisher'), null)).toEqual([creator]);
    expect(voidStore.getObjects(creator!, 'http://xmlns.com/foaf/0.1/name', null).map((o) => o.value)).toEqual([DATASET.publisher.name]);
    const [contact] = voidStore.getObjects(DATASET_IRI, NS.dcat('contactPoint'), null);
    expect(voidStore.getObjects(contact!, 'http://www.w3.org/2006/vcard/ns#hasURL', null).map((o) => o.value)).toEqual([DATASET.contact.url]);
    expect(voidStore.getObjects(contact!, 'http://www.w3.org/2006/vcard/ns#hasEmail', null)).toEqual([]);
    expect(one(DATASET.source.iri, 'http://xmlns.com/foaf/0.1/page')).toEqual([SHARED_SOURCE_URL]);
  });

  it('states the temporal coverage from the acts\' bounds', () => {
    const period = voidStore.getObjects(DATASET_IRI, NS.dcterms('temporal'), null)[0]!;
    expect(voidStore.getObjects(period, NS.dcat('startDate'), null)[0]?.value).toBe(release.cover.start);
    expect(voidStore.getObjects(period, NS.dcat('endDate'), null)[0]?.value).toBe('2018-11-01');
  });
});

describe('SHA256SUMS, CITATION.cff, LICENSE-DATA, dataset.jsonld', () => {
  it('SHA256SUMS lists every other file with its hash', () => {
    const lines = text('SHA256SUMS').trimEnd().split('\n');
    expect(lines).toHaveLength(release.files.length - 1);
    for (const line of lines) {
      const [hash, file] = line.split('  ');
      expect(hash).toBe(sha256({ content: fileOf(release, file!) }));
    }
  });

  it.each(['CITATION.cff', 'LICENSE-DATA'])('the repository\'s %s is the generated one (run npm run export and copy it)', (name) => {
    expect(readFileSync(path.join(PROJECT_ROOT, name), 'utf8')).toBe(text(name));
  });

  it('CITATION.cff is CFF 1.2.0 for a dataset, with version and release date', () => {
    expect(text('CITATION.cff')).toMatch(/^cff-version: 1\.2\.0\n/u);
    expect(text('CITATION.cff')).toContain(`version: "${release.info.version}"`);
    expect(text('CITATION.cff')).toContain('type: dataset');
  });

  it('dataset.jsonld is a schema.org Dataset with licence, coverage, identifier, citation and downloads', () => {
    const doc = JSON.parse(text('dataset.jsonld'));
    expect(doc).toMatchObject({ '@type': 'Dataset', identifier: DATASET_IRI, license: 'https://creativecommons.org/licenses/by/4.0/', version: release.info.version });
    expect(doc.temporalCoverage).toBe(`${release.cover.start}/${release.cover.end}`);
    expect(doc.creator).toEqual(doc.publisher);
    expect(doc.creator).toMatchObject({ name: DATASET.publisher.name, contactPoint: { url: DATASET.contact.url } });
    expect(doc.citation).toMatchObject({ '@type': 'Report', url: SHARED_SOURCE_URL, author: { name: DATASET.source.publisher } });
    expect(doc.isBasedOn).toEqual(doc.citation);
  });

  it('dataset.jsonld lists every other file but SHA256SUMS with its size and sha256', () => {
    const doc = JSON.parse(text('dataset.jsonld'));
    const listed = new Map<string, { contentSize: string; sha256: string }>(
      doc.distribution.map((d: { contentUrl: string; contentSize: string; sha256: string }) => [d.contentUrl.slice(d.contentUrl.indexOf('/release/') + '/release/'.length), d]),
    );
    const expected = release.files.map((f) => f.path).filter((p) => p !== 'dataset.jsonld' && p !== 'SHA256SUMS');
    expect([...listed.keys()].sort()).toEqual(expected.sort());
    expect(expected).toEqual(expect.arrayContaining(['codebook.md', 'CITATION.cff', DATASET.source.path, DATASET.source.cleanPath]));
    for (const [p, d] of listed) {
      const content = fileOf(release, p);
      expect(d.contentSize, p).toBe(`${content.length} B`);
      expect(d.sha256, p).toBe(sha256({ content }));
    }
  });

  it('dataset.jsonld expands offline (inline @context) to schema.org IRIs', async () => {
    const doc = JSON.parse(text('dataset.jsonld'));
    const offline = async (url: string) => {
      throw new Error(`fetched ${url}`);
    };
    const [expanded] = (await jsonld.expand(doc, { documentLoader: offline })) as Record<string, { '@id'?: string; '@value'?: string }[]>[];
    expect(expanded!['@type']).toEqual(['https://schema.org/Dataset']);
    expect(expanded!['https://schema.org/license']).toEqual([{ '@id': DATASET.licence.iri }]);
    const citation = expanded!['https://schema.org/citation']![0] as unknown as Record<string, { '@id': string }[]>;
    expect(citation['https://schema.org/url']).toEqual([{ '@id': SHARED_SOURCE_URL }]);
  });

  it.skipIf(!existsSync(SHARED_README))('the report\'s URL is the one the shared source README gives (needs ../shared)', () => {
    expect(readFileSync(SHARED_README, 'utf8')).toContain(SHARED_SOURCE_URL);
    expect(DATASET.source.url).toBe(SHARED_SOURCE_URL);
  });
});
