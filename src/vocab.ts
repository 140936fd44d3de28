// Namespaces and terms of the project's vocabulary and the vocabularies it reuses, as constants.
// Code never spells an IRI of these namespaces by hand: it uses these.
import { BASE_IRI } from './config.js';

/** A namespace: call it with a local name to get the full IRI. */
export type Namespace = ((local: string) => string) & { readonly iri: string };

export function namespace(iri: string): Namespace {
  const ns = (local: string) => iri + local;
  return Object.assign(ns, { iri });
}

export const NS = {
  rep: namespace(`${BASE_IRI}ontology#`),
  id: namespace(`${BASE_IRI}id/`),
  vocab: namespace(`${BASE_IRI}vocab/`),
  acttype: namespace(`${BASE_IRI}vocab/act-type/`),
  charge: namespace(`${BASE_IRI}vocab/charge/`),
  role: namespace(`${BASE_IRI}vocab/role/`),
  eng: namespace(`${BASE_IRI}vocab/engagement-type/`),
  organ: namespace(`${BASE_IRI}vocab/organ-type/`),
  prec: namespace(`${BASE_IRI}vocab/precision/`),
  status: namespace(`${BASE_IRI}vocab/status/`),
  certainty: namespace(`${BASE_IRI}vocab/certainty/`),
  rel: namespace(`${BASE_IRI}vocab/relation-type/`),
  doctype: namespace(`${BASE_IRI}vocab/document-type/`),
  rdf: namespace('http://www.w3.org/1999/02/22-rdf-syntax-ns#'),
  rdfs: namespace('http://www.w3.org/2000/01/rdf-schema#'),
  owl: namespace('http://www.w3.org/2002/07/owl#'),
  xsd: namespace('http://www.w3.org/2001/XMLSchema#'),
  skos: namespace('http://www.w3.org/2004/02/skos/core#'),
  schema: namespace('https://schema.org/'),
  prov: namespace('http://www.w3.org/ns/prov#'),
  oa: namespace('http://www.w3.org/ns/oa#'),
  sem: namespace('http://semanticweb.cs.vu.nl/2009/11/sem/'),
  time: namespace('http://www.w3.org/2006/time#'),
  dcterms: namespace('http://purl.org/dc/terms/'),
  sh: namespace('http://www.w3.org/ns/shacl#'),
  void: namespace('http://rdfs.org/ns/void#'),
  dcat: namespace('http://www.w3.org/ns/dcat#'),
  sd: namespace('http://www.w3.org/ns/sparql-service-description#'),
  wd: namespace('http://www.wikidata.org/entity/'),
} as const;

/** Prefixes for serialisers and query pages, in a stable order. */
export const PREFIXES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(NS).map(([prefix, ns]) => [prefix, ns.iri]),
);

/** Terms of the project's ontology that code refers to. */
export const REP = {
  Person: NS.rep('Person'),
  PersonGroup: NS.rep('PersonGroup'),
  Organisation: NS.rep('Organisation'),
  NGO: NS.rep('NGO'),
  StateOrgan: NS.rep('StateOrgan'),
  State: NS.rep('State'),
  UNEntity: NS.rep('UNEntity'),
  UNBody: NS.rep('UNBody'),
  TreatyBody: NS.rep('TreatyBody'),
  UNMechanism: NS.rep('UNMechanism'),
  UNOffice: NS.rep('UNOffice'),
  Place: NS.rep('Place'),
  Event: NS.rep('Event'),
  UNEngagement: NS.rep('UNEngagement'),
  ReprisalAct: NS.rep('ReprisalAct'),
  LegalProceeding: NS.rep('LegalProceeding'),
  Sentence: NS.rep('Sentence'),
  PersonalRelation: NS.rep('PersonalRelation'),
  Affiliation: NS.rep('Affiliation'),
  CaseRaising: NS.rep('CaseRaising'),
  UNDocument: NS.rep('UNDocument'),
  Recommendation: NS.rep('Recommendation'),
  SourceDocument: NS.rep('SourceDocument'),
  SourcePassage: NS.rep('SourcePassage'),
  source: NS.rep('source'),
  actType: NS.rep('actType'),
  victim: NS.rep('victim'),
  perpetrator: NS.rep('perpetrator'),
  charge: NS.rep('charge'),
  earliestDate: NS.rep('earliestDate'),
  latestDate: NS.rep('latestDate'),
  sourceText: NS.rep('sourceText'),
} as const;

export const OA = {
  hasSource: NS.oa('hasSource'),
  hasSelector: NS.oa('hasSelector'),
  TextQuoteSelector: NS.oa('TextQuoteSelector'),
  TextPositionSelector: NS.oa('TextPositionSelector'),
  exact: NS.oa('exact'),
  prefix: NS.oa('prefix'),
  suffix: NS.oa('suffix'),
  start: NS.oa('start'),
  end: NS.oa('end'),
} as const;

export const RDF_TYPE = NS.rdf('type');
export const RDFS_LABEL = NS.rdfs('label');

// --- links to Wikidata and Wikipedia (terms in ontology/reprisals.ttl, last block) ---

/** Terms of the qualified links in data/links/ and the properties of the direct link triples. */
export const LINK = {
  ExternalLink: NS.rep('ExternalLink'),
  WikidataLink: NS.rep('WikidataLink'),
  WikipediaArticleLink: NS.rep('WikipediaArticleLink'),
  linkSubject: NS.rep('linkSubject'),
  linkTarget: NS.rep('linkTarget'),
  linkProperty: NS.rep('linkProperty'),
  targetLabel: NS.rep('targetLabel'),
  confidence: NS.rep('confidence'),
  checkedHow: NS.rep('checkedHow'),
  checkedSource: NS.rep('checkedSource'),
  reviewedBy: NS.rep('reviewedBy'),
  reviewedOn: NS.rep('reviewedOn'),
  awaitingWikidataItem: NS.rep('awaitingWikidataItem'),
  matchReason: NS.rep('matchReason'),
  acceptReason: NS.rep('acceptReason'),
  /** The direct link of an entity to a Wikidata item or its Wikipedia article. */
  sameAs: NS.schema('sameAs'),
  /** The direct link of a SKOS concept to a Wikidata item. */
  exactMatch: NS.skos('exactMatch'),
} as const;

/** Where Wikidata items and English Wikipedia articles live. */
export const WIKIDATA_ENTITY = NS.wd.iri;
export const ENWIKI_ARTICLE = 'https://en.wikipedia.org/wiki/';
export const WIKIDATA_SPARQL = 'https://query.wikidata.org/sparql';
