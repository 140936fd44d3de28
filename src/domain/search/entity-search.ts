// The site search: names of persons, organisations, UN bodies, places, instruments and events in
// English or Chinese, with aliases (abbreviations, other spellings), typo-tolerant. It reuses the
// reconciliation index (domain/reconcile/reconcile-index.ts: names normalised once) and its
// name similarity, and adds what a search box needs that reconciliation does not: a prefix
// match while the user is still typing ("Wan" finds Wang Yu, "王" finds 王宇), and the
// entity's Chinese name and page for display. Cost: one comparison per indexed name (a few
// hundred), microseconds per query; the index is built once per graph.
import type { EntityGraph } from '../entity/entity-graph.js';
import { localHref } from '../entity/entity-path.js';
import { nameSimilarity, normaliseName } from '../reconcile/name-similarity.js';
import { buildReconcileIndex, type ReconcileIndex } from '../reconcile/reconcile-index.js';

export interface SearchHit {
  readonly iri: string;
  readonly href: string;
  /** English name (else the first name). */
  readonly label: string;
  readonly zh?: string;
  /** What kind of entity (person, place...). */
  readonly type: string;
  /** The name or alias that matched best, as written in the data. */
  readonly matched: string;
  /** 0–1; 1 for an exact name. */
  readonly score: number;
}

/** Below this similarity a name does not match (tuned so one typo in a short name still does). */
export const MIN_SCORE = 0.5;

/** Name hits and act hits as one list, best first (ties by label), cut at `limit`: the site search's order. */
export function mergeHits(names: readonly SearchHit[], acts: readonly SearchHit[], limit: number): SearchHit[] {
  return [...names, ...acts].sort((a, b) => b.score - a.score || a.label.localeCompare(b.label, 'en')).slice(0, limit);
}

export const MAX_QUERY_LENGTH = 200;

export class EntitySearch {
  private readonly index: ReconcileIndex;

  constructor(private readonly graph: EntityGraph) {
    this.index = buildReconcileIndex(graph.store);
  }

  /** The best matches, best first (ties by name); empty for a query with no letters or digits. */
  search(query: string, limit = 20): SearchHit[] {
    const q = normaliseName(query.slice(0, MAX_QUERY_LENGTH));
    if (q === '') return [];
    const hits: SearchHit[] = [];
    for (const entity of this.index.entities) {
      let best = 0;
      let matched = entity.name;
      for (const name of entity.names) {
        const score = Math.max(prefixScore(q, name.normalised), nameSimilarity(q, name.normalised) * (name.alias ? 0.98 : 1));
        if (score > best) {
          best = score;
          matched = name.value;
        }
      }
      if (best < MIN_SCORE) continue;
      const zh = this.graph.label(entity.iri, 'zh');
      hits.push({
        iri: entity.iri,
        href: localHref(entity.iri),
        label: entity.name,
        ...(zh ? { zh } : {}),
        type: entity.types[0]?.name ?? 'entity',
        matched,
        score: Math.round(best * 1000) / 1000,
      });
    }
    return hits.sort((a, b) => b.score - a.score || a.label.localeCompare(b.label, 'en')).slice(0, limit);
  }
}

/**
 * A name that starts with the query, or has a word that does: 0.8–0.95 by how much of the name
 * the query covers, so a longer typed prefix ranks its name higher. 0 otherwise.
 */
function prefixScore(query: string, name: string): number {
  if (name === query) return 1;
  const starts = name.startsWith(query) || name.split(' ').some((word) => word.startsWith(query));
  if (!starts) return 0;
  return 0.8 + 0.15 * ([...query].length / [...name].length);
}
