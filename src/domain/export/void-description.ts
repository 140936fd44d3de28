// void.ttl: the dataset described in VoID (https://www.w3.org/TR/void/) and DCAT 3
// (https://www.w3.org/TR/vocab-dcat-3/) at once — title, description, publisher, source report
// (dcterms:source, prov:wasDerivedFrom), licence and rights, version, issue date, temporal and
// spatial coverage, the SPARQL endpoint (void:sparqlEndpoint; a dcat:DataService), statistics
// (VoID §6), vocabularies used, creator and contact point (the project), the named-graph subsets and the Wikidata linksets of data/links/,
// and every file as a dcat:Distribution with media type, byte size and SHA-256 (spdx:checksum).
// Download and endpoint URLs hang off `serviceBase`: BASE_IRI in the release folder, the
// server's own address when served at /.well-known/void. Written canonically: deterministic.
import { DataFactory, Writer, type Quad, type Quad_Object } from 'n3';
import type { QuadIndex } from '../../store/graph-store.js';
import { BASE_IRI } from '../../config.js';
import { NS, namespace, PREFIXES, RDF_TYPE } from '../../vocab.js';
import { serializeQuads } from '../serialize-rdf.js';
import { canonicalNQuads, parseNQuads } from './canonical-rdf.js';
import type { Coverage } from './coverage.js';
import type { RdfDumps } from './rdf-dumps.js';
import { DATASET, DATASET_IRI, NAMED_GRAPHS, VOCABULARY_NAMESPACES, type ReleaseInfo } from './release-info.js';
import { sha256, type ReleaseFile } from './release-file.js';

const { namedNode, literal, quad, blankNode } = DataFactory;
const SPDX = namespace('http://spdx.org/rdf/terms#');
const FOAF = namespace('http://xmlns.com/foaf/0.1/');
const VCARD = namespace('http://www.w3.org/2006/vcard/ns#');
const IANA = 'https://www.iana.org/assignments/media-types/';
const { void: VOID, dcat: DCAT, dcterms: DCT, sd: SD, xsd: XSD, prov: PROV } = NS;

/** What VoID says of the graph itself (VoID §6 statistics, vocabularies, linksets): plain data,
 * so a release built in another process can be described again for another service base. */
export interface GraphStatistics {
  readonly subjects: number;
  readonly objects: number;
  readonly properties: number;
  readonly classes: number;
  readonly entities: number;
  readonly vocabularies: readonly string[];
  /** The linksets data/links/ describes, with their target datasets, as N-Quads. */
  readonly linksets: string;
}

export interface VoidInput {
  readonly info: ReleaseInfo;
  readonly stats: GraphStatistics;
  readonly dumps: Pick<RdfDumps, 'triples' | 'triplesPerPart'>;
  /** Files described as distributions. */
  readonly files: readonly ReleaseFile[];
  readonly cover: Coverage;
  /** The service's base URL, ending in `/`. */
  readonly serviceBase?: string;
  /** How the graph was obtained when not from the project's files (a SPARQL store): dcterms:provenance. */
  readonly provenance?: string;
}

export const METADATA_PREFIXES: Readonly<Record<string, string>> = { ...PREFIXES, spdx: SPDX.iri, foaf: FOAF.iri, vcard: VCARD.iri };

export function voidQuads(input: VoidInput): Quad[] {
  const base = input.serviceBase ?? BASE_IRI;
  const out: Quad[] = [];
  const add = (s: string | ReturnType<typeof blankNode>, p: string, o: Quad_Object | string) =>
    out.push(quad(typeof s === 'string' ? namedNode(s) : s, namedNode(p), typeof o === 'string' ? namedNode(o) : o));
  const text = (value: string) => literal(value, 'en');
  const typed = (value: string | number, type: string) => literal(String(value), namedNode(type));
  const d = DATASET_IRI;
  const service = `${base}${DATASET.sparqlPath}`;

  add(d, RDF_TYPE, VOID('Dataset'));
  add(d, RDF_TYPE, DCAT('Dataset'));
  add(d, DCT('title'), text(DATASET.title));
  add(d, DCT('description'), text(DATASET.description));
  const publisher = blankNode('publisher');
  add(d, DCT('publisher'), publisher);
  add(publisher, RDF_TYPE, FOAF('Organization'));
  add(publisher, FOAF('name'), text(DATASET.publisher.name));
  add(publisher, FOAF('homepage'), DATASET.publisher.url);
  add(d, DCT('creator'), publisher);
  // DCAT §6.4.12 dcat:contactPoint, a vCard: the project's page (no personal e-mail).
  const contact = blankNode('contact');
  add(d, DCAT('contactPoint'), contact);
  add(contact, RDF_TYPE, VCARD('Organization'));
  add(contact, VCARD('fn'), text(DATASET.contact.name));
  add(contact, VCARD('hasURL'), DATASET.contact.url);
  add(d, DCT('source'), DATASET.source.iri);
  add(d, PROV('wasDerivedFrom'), DATASET.source.iri);
  add(DATASET.source.iri, DCT('title'), text(DATASET.source.title));
  add(DATASET.source.iri, DCT('issued'), typed(DATASET.source.issued, XSD('date')));
  add(DATASET.source.iri, FOAF('page'), DATASET.source.url);
  const author = blankNode('sourceAuthor');
  add(DATASET.source.iri, DCT('creator'), author);
  add(author, RDF_TYPE, FOAF('Organization'));
  add(author, FOAF('name'), text(DATASET.source.publisher));
  add(d, DCT('license'), DATASET.licence.iri);
  add(d, DCT('rights'), text(DATASET.attribution));
  if (input.provenance) {
    // DCMI: dcterms:provenance ranges over dcterms:ProvenanceStatement, a resource described in words.
    const statement = blankNode('provenance');
    add(d, DCT('provenance'), statement);
    add(statement, RDF_TYPE, DCT('ProvenanceStatement'));
    add(statement, NS.rdfs('label'), text(input.provenance));
  }
  add(d, DCAT('version'), literal(input.info.version));
  add(d, NS.owl('versionInfo'), literal(input.info.version));
  add(d, DCT('issued'), typed(input.info.issued, XSD('date')));
  add(d, DCT('language'), 'http://id.loc.gov/vocabulary/iso639-1/en');
  for (const keyword of DATASET.keywords) add(d, DCAT('keyword'), text(keyword));
  add(d, DCAT('landingPage'), base);
  if (input.cover.start || input.cover.end) {
    const period = blankNode('temporal');
    add(d, DCT('temporal'), period);
    add(period, RDF_TYPE, DCT('PeriodOfTime'));
    if (input.cover.start) add(period, DCAT('startDate'), typed(input.cover.start, XSD('date')));
    if (input.cover.end) add(period, DCAT('endDate'), typed(input.cover.end, XSD('date')));
  }
  for (const place of input.cover.places) add(d, DCT('spatial'), place.iri);

  add(d, VOID('sparqlEndpoint'), service);
  add(service, RDF_TYPE, DCAT('DataService'));
  add(service, RDF_TYPE, SD('Service'));
  add(service, SD('endpoint'), service);
  add(service, DCAT('endpointURL'), service);
  add(service, DCAT('servesDataset'), d);
  add(service, DCT('title'), text('SPARQL 1.1 endpoint'));
  add(d, VOID('uriSpace'), literal(NS.id.iri));
  add(d, VOID('exampleResource'), NS.id('person/cao-shunli'));

  const stats = input.stats;
  add(d, VOID('triples'), typed(input.dumps.triples, XSD('integer')));
  add(d, VOID('entities'), typed(stats.entities, XSD('integer')));
  add(d, VOID('distinctSubjects'), typed(stats.subjects, XSD('integer')));
  add(d, VOID('distinctObjects'), typed(stats.objects, XSD('integer')));
  add(d, VOID('properties'), typed(stats.properties, XSD('integer')));
  add(d, VOID('classes'), typed(stats.classes, XSD('integer')));
  for (const vocabulary of stats.vocabularies) add(d, VOID('vocabulary'), vocabulary);

  for (const [part, graph] of Object.entries(NAMED_GRAPHS)) {
    const count = input.dumps.triplesPerPart[part as keyof typeof NAMED_GRAPHS];
    if (count === undefined) continue;
    add(d, VOID('subset'), graph);
    add(graph, RDF_TYPE, VOID('Dataset'));
    add(graph, DCT('title'), text(`The ${part} (named graph <${graph}> of the N-Quads dump)`));
    add(graph, VOID('triples'), typed(count, XSD('integer')));
  }
  out.push(...parseNQuads(stats.linksets));

  input.files.forEach((file, i) => {
    const url = `${base}${DATASET.releasePath}${file.path}`;
    const dist = `${DATASET_IRI}/distribution/${file.path}`;
    add(d, DCAT('distribution'), dist);
    if (file.kind === 'rdf') add(d, VOID('dataDump'), url);
    add(dist, RDF_TYPE, DCAT('Distribution'));
    add(dist, DCT('title'), text(file.title));
    add(dist, DCAT('downloadURL'), url);
    add(dist, DCAT('accessURL'), url);
    add(dist, DCAT('mediaType'), `${IANA}${file.mediaType}`);
    add(dist, DCAT('byteSize'), typed(file.content.length, XSD('nonNegativeInteger')));
    if (file.kind === 'source') add(dist, DCT('rights'), text(`Copyright ${DATASET.source.publisher}; included so that every passage can be checked.`));
    else add(dist, DCT('license'), DATASET.licence.iri);
    if (file.triples !== undefined) add(dist, VOID('triples'), typed(file.triples, XSD('integer')));
    const checksum = blankNode(`checksum${i}`);
    add(dist, SPDX('checksum'), checksum);
    add(checksum, RDF_TYPE, SPDX('Checksum'));
    add(checksum, SPDX('algorithm'), SPDX('checksumAlgorithm_sha256'));
    add(checksum, SPDX('checksumValue'), typed(sha256(file), XSD('hexBinary')));
  });
  return out;
}

/** Turtle of voidQuads, canonical (blank nodes relabelled, quads sorted). Cost: ~100 ms. */
export async function voidTurtle(input: VoidInput): Promise<string> {
  const canonical = parseNQuads(await canonicalNQuads(voidQuads(input)));
  return serializeQuads(canonical, 'text/turtle', { prefixes: METADATA_PREFIXES });
}

/** The linksets data/links/ describes (VoID §4), copied with their target datasets. */
function linksets(store: QuadIndex, dataset: string = DATASET_IRI): Quad[] {
  const out: Quad[] = [];
  for (const linkset of store.getSubjects(RDF_TYPE, VOID('Linkset'), null)) {
    out.push(quad(namedNode(dataset), namedNode(VOID('subset')), linkset as never));
    out.push(...store.getQuads(linkset, null, null, null));
    for (const target of store.getObjects(linkset, VOID('objectsTarget'), null)) out.push(...store.getQuads(target, null, null, null));
  }
  return out;
}

/** Cost: one pass over the graph. */
export function graphStatistics(store: QuadIndex): GraphStatistics {
  const subjects = new Set<string>();
  const objects = new Set<string>();
  const properties = new Set<string>();
  const classes = new Set<string>();
  for (const q of store.getQuads(null, null, null, null)) {
    subjects.add(q.subject.id);
    objects.add(q.object.id);
    properties.add(q.predicate.value);
    if (q.predicate.value === RDF_TYPE) classes.add(q.object.value);
  }
  const terms = [...properties, ...classes];
  return {
    subjects: subjects.size,
    objects: objects.size,
    properties: properties.size,
    classes: classes.size,
    entities: [...subjects].filter((s) => s.startsWith(NS.id.iri)).length,
    vocabularies: VOCABULARY_NAMESPACES.filter((ns) => terms.some((t) => t.startsWith(ns))).sort(),
    linksets: new Writer({ format: 'N-Quads' }).quadsToString(linksets(store)),
  };
}
