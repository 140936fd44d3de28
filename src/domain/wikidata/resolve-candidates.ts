// What the resolver asks Wikidata, and how it scores the answers. Two kinds of rows:
//  - sitelink: for each Wikipedia article link still awaiting its item, the item whose enwiki
//    sitelink is that article (wbgetentities). The article was checked, so this is strong
//    evidence (score 0.95) — but a curator still confirms it.
//  - search: for each person or NGO with no link at all, items whose English or Chinese label or
//    alias equals the graph's name (wbsearchentities). A name is weak evidence: the score stays
//    at or below 0.6, and when several items share the name the row says so.
// Pure except for the API calls; cost: one request per article and two per unlinked entity.
import { DataFactory } from 'n3';
import type { QuadIndex } from '../../store/graph-store.js';
import { ENWIKI_ARTICLE, LINK, NS, RDF_TYPE, RDFS_LABEL, REP } from '../../vocab.js';
import { normaliseName } from '../reconcile/name-similarity.js';
import type { SearchHit, WikidataApi } from './wikidata-api.js';
import type { ReviewRow } from './review-row.js';

const { namedNode, literal } = DataFactory;

export interface EntityNames {
  readonly iri: string;
  readonly en: string;
  readonly zh: string;
  readonly description: string;
}

function names(store: QuadIndex, iri: string): EntityNames {
  const labels = store.getObjects(namedNode(iri), namedNode(RDFS_LABEL), null).filter((t) => t.termType === 'Literal');
  const lang = (tag: string) => labels.find((t) => (t as { language: string }).language.startsWith(tag))?.value ?? '';
  const description = store.getObjects(namedNode(iri), namedNode(NS.rep('description')), null)[0]?.value ?? '';
  return { iri, en: lang('en'), zh: lang('zh'), description };
}

/** Article links whose Wikidata item still awaits resolution: [entity, article URL]. */
export function awaitingArticles(store: QuadIndex): { entity: EntityNames; article: string }[] {
  return store
    .getSubjects(namedNode(LINK.awaitingWikidataItem), literal('true', namedNode(NS.xsd('boolean'))), null)
    .flatMap((node) => {
      const subject = store.getObjects(node, namedNode(LINK.linkSubject), null)[0];
      const target = store.getObjects(node, namedNode(LINK.linkTarget), null)[0];
      return subject && target?.value.startsWith(ENWIKI_ARTICLE) ? [{ entity: names(store, subject.value), article: target.value }] : [];
    })
    .sort((a, b) => a.entity.iri.localeCompare(b.entity.iri));
}

/** Persons and NGOs with no link (neither item nor article). */
export function unlinkedEntities(store: QuadIndex): EntityNames[] {
  const subjects = [REP.Person, REP.NGO].flatMap((cls) => store.getSubjects(namedNode(RDF_TYPE), namedNode(cls), null));
  return [...new Set(subjects.map((s) => s.value))]
    .filter((iri) => store.countQuads(namedNode(iri), namedNode(LINK.sameAs), null, null) === 0)
    .sort()
    .map((iri) => names(store, iri));
}

const empty = { candidate: '', candidate_label: '', candidate_description: '', accept: '', reason: '' } as const;

export async function sitelinkRows(api: WikidataApi, entity: EntityNames, article: string): Promise<ReviewRow> {
  const title = decodeURIComponent(article.slice(ENWIKI_ARTICLE.length));
  const item = await api.itemForArticle(title);
  const base = { entity: entity.iri, entity_label: entity.en, entity_label_zh: entity.zh, method: 'sitelink' as const, article };
  if (!item) return { ...base, ...empty, why: `no Wikidata item has "${title}" as its enwiki sitelink (moved or renamed article?)`, score: '0' };
  const redirected = item.enwikiTitle && item.enwikiTitle.replace(/ /gu, '_') !== title.replace(/ /gu, '_');
  return {
    ...base,
    ...empty,
    candidate: item.id,
    candidate_label: item.labels.en ?? item.labels.zh ?? '',
    candidate_description: item.descriptions.en ?? '',
    why: `enwiki sitelink of the checked article "${title}"${redirected ? ` (through a redirect: the sitelink is "${item.enwikiTitle}")` : ''}`,
    score: redirected ? '0.9' : '0.95',
  };
}

const HINTS = ['lawyer', 'activist', 'human rights', 'dissident', 'defender', 'china', 'chinese', 'uyghur', 'ngo', 'organization', 'organisation'];

export async function searchRows(api: WikidataApi, entity: EntityNames): Promise<ReviewRow[]> {
  const hits: { hit: SearchHit; lang: 'en' | 'zh' }[] = [];
  if (entity.en) hits.push(...(await api.search(entity.en, 'en')).map((hit) => ({ hit, lang: 'en' as const })));
  if (entity.zh) hits.push(...(await api.search(entity.zh, 'zh')).map((hit) => ({ hit, lang: 'zh' as const })));
  const byItem = new Map<string, { hit: SearchHit; reasons: string[]; score: number }>();
  for (const { hit, lang } of hits) {
    const name = lang === 'en' ? entity.en : entity.zh;
    const exact = normaliseName(hit.match.text) === normaliseName(name);
    const entry = byItem.get(hit.id) ?? { hit, reasons: [], score: 0 };
    const what = `${lang === 'en' ? 'English' : 'Chinese'} ${hit.match.type || 'text'} "${hit.match.text}"`;
    entry.reasons.push(exact ? `${what} equals the graph's name` : `${what} resembles the graph's name`);
    entry.score += exact ? (hit.match.type === 'label' ? 0.25 : 0.2) : 0.05;
    byItem.set(hit.id, entry);
  }
  const sameName = [...byItem.values()].filter((e) => e.reasons.some((r) => r.includes('equals'))).length;
  return [...byItem.values()]
    .map(({ hit, reasons, score }) => {
      const description = hit.description.toLowerCase();
      const hints = HINTS.filter((h) => description.includes(h) && `${entity.description} china`.toLowerCase().includes(h));
      if (hints.length > 0) reasons.push(`description mentions ${hints.map((h) => `"${h}"`).join(', ')}`);
      if (sameName > 1) reasons.push(`${sameName} items share this name: the name alone is no evidence`);
      const total = Math.min(0.6, score + 0.05 * hints.length) * (sameName > 1 ? 0.5 : 1);
      return {
        entity: entity.iri, entity_label: entity.en, entity_label_zh: entity.zh, candidate: hit.id,
        candidate_label: hit.label, candidate_description: hit.description, method: 'search' as const,
        why: `name search: ${reasons.join('; ')}`, score: total.toFixed(2), article: '', accept: '', reason: '',
      };
    })
    .sort((a, b) => Number(b.score) - Number(a.score) || a.candidate.localeCompare(b.candidate));
}

/** Every review row: sitelinks of awaiting articles first, then name-search candidates. */
export async function resolveCandidates(api: WikidataApi, store: QuadIndex): Promise<ReviewRow[]> {
  const rows: ReviewRow[] = [];
  for (const { entity, article } of awaitingArticles(store)) rows.push(await sitelinkRows(api, entity, article));
  for (const entity of unlinkedEntities(store)) rows.push(...(await searchRows(api, entity)));
  return rows;
}
