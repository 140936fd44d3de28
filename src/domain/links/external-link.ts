// One reviewed link from an entity of the graph to a Wikidata item or an English Wikipedia
// article, with its provenance: which checked table row (or accepted review row) it comes from,
// how that source was checked, the confidence, who reviewed it and when. The link node's IRI is
// derived from the subject's, so regenerating the links file never renames a published node.
import { BASE_IRI } from '../../config.js';
import { ENWIKI_ARTICLE, LINK, WIKIDATA_ENTITY } from '../../vocab.js';

export type LinkKind = 'item' | 'article';
export type Confidence = 'high' | 'medium';

export interface ExternalLink {
  readonly subject: string;
  readonly kind: LinkKind;
  /** http://www.wikidata.org/entity/Q… or https://en.wikipedia.org/wiki/… */
  readonly target: string;
  /** LINK.sameAs, or LINK.exactMatch when the subject is a SKOS concept. */
  readonly property: string;
  /** The target's label as the source showed it. */
  readonly targetLabel?: string;
  readonly confidence: Confidence;
  readonly checkedHow: string;
  /** e.g. data/links/checked/qids.tsv#row=3 (RFC 7111 fragment; the header is row 1). */
  readonly checkedSource: string;
  readonly reviewedBy: string;
  /** xsd:date, YYYY-MM-DD. */
  readonly reviewedOn: string;
  /** Articles only: true until a curator accepts the article's Wikidata item. */
  readonly awaitingItem?: boolean;
  readonly note?: string;
  /** Accepted resolver rows: why the resolver proposed the item. */
  readonly matchReason?: string;
  /** Accepted resolver rows: the curator's reason for accepting it. */
  readonly acceptReason?: string;
}

export const QID = /^Q[1-9]\d*$/u;

export function itemIri(qid: string): string {
  return WIKIDATA_ENTITY + qid;
}

/** The QID of a Wikidata item IRI, or undefined for anything else. */
export function qidOf(iri: string): string | undefined {
  if (!iri.startsWith(WIKIDATA_ENTITY)) return undefined;
  const local = iri.slice(WIKIDATA_ENTITY.length);
  return QID.test(local) ? local : undefined;
}

export function isArticleIri(iri: string): boolean {
  return iri.startsWith(ENWIKI_ARTICLE) && iri.length > ENWIKI_ARTICLE.length;
}

/** `…/id/link/wikidata/place/beijing` for an item link of `…/id/place/beijing`. */
export function linkNodeIri(link: Pick<ExternalLink, 'subject' | 'kind'>): string {
  const local = link.subject.startsWith(BASE_IRI) ? link.subject.slice(BASE_IRI.length) : link.subject;
  const path = local.startsWith('id/') ? local.slice(3) : local;
  return `${BASE_IRI}id/link/${link.kind === 'item' ? 'wikidata' : 'enwiki'}/${path}`;
}

export const LINKSETS = {
  items: `${BASE_IRI}id/linkset/wikidata-items`,
  concepts: `${BASE_IRI}id/linkset/wikidata-concepts`,
  articles: `${BASE_IRI}id/linkset/enwiki-articles`,
} as const;

export const DATASETS = {
  graph: `${BASE_IRI}id/dataset/hrd-reprisals`,
  wikidata: `${BASE_IRI}id/dataset/wikidata`,
  enwiki: `${BASE_IRI}id/dataset/enwiki`,
} as const;

/** Which VoID linkset a link's direct triple belongs to. */
export function linksetOf(link: Pick<ExternalLink, 'kind' | 'property'>): string {
  if (link.kind === 'article') return LINKSETS.articles;
  return link.property === LINK.exactMatch ? LINKSETS.concepts : LINKSETS.items;
}
