// Acts in the site search: an act has no name to reconcile, so it is found by the words that
// describe it — its label ("Police detain Cao Shunli at Beijing Capital International Airport on
// her way to Geneva"), its act types ("detention", "travel ban") and the report's own words (the
// exact text of its quoted passages). Every word of the query (2+ letters, not a stop word;
// one of them 3+ letters) must match a word of the act: equal, a prefix of it (typing "deta" finds
// "detained"), or, for words of 5+ letters, one typo away (letter-bigram similarity). A word
// found in the label counts more than one found in the types, and those more than the passage.
// Scores stay in 0.5–0.8, under an exact or prefix match of a name (0.8–1), so people and
// places come first and an act never hides them.
// Cost: the words are normalised once per graph into one vocabulary (each distinct word with the
// acts holding it); a query compares each of its words with that vocabulary once.
import { NS, OA, REP } from '../../vocab.js';
import type { EntityGraph } from '../entity/entity-graph.js';
import { localHref } from '../entity/entity-path.js';
import { nameSimilarity, normaliseName } from '../reconcile/name-similarity.js';
import { MAX_QUERY_LENGTH, type SearchHit } from './entity-search.js';

/** Weight of a word by where it was found. */
const WHERE = { label: 1, type: 0.9, passage: 0.8 } as const;
/** Words a query may hold that an act need not contain (store-search.ts does not send them as conditions either). */
export const STOP_WORDS: ReadonlySet<string> = new Set(['the', 'and', 'for', 'her', 'his', 'with', 'from', 'was', 'were', 'into', 'that', 'this', 'their', 'who', 'had', 'has', 'not']);
/** Below this letter-bigram similarity (nameSimilarity, at most 0.75 for unequal words) a word is not a typo of another. */
const TYPO = 0.55;

interface IndexedAct {
  readonly iri: string;
  readonly label: string;
}

export class ActSearch {
  private readonly acts: readonly IndexedAct[];
  /** Every distinct normalised word of any act → (act index → the best weight of where it occurs). */
  private readonly vocabulary = new Map<string, Map<number, number>>();

  constructor(graph: EntityGraph) {
    this.acts = graph.instancesOf(REP.ReprisalAct).map((iri, index) => {
      const add = (text: string | undefined, weight: number) => {
        for (const word of normaliseName(text ?? '').split(' ')) {
          if (word.length < 2) continue;
          let acts = this.vocabulary.get(word);
          if (!acts) this.vocabulary.set(word, (acts = new Map()));
          if ((acts.get(index) ?? 0) < weight) acts.set(index, weight);
        }
      };
      const label = graph.label(iri) ?? iri.slice(iri.lastIndexOf('/') + 1);
      add(label, WHERE.label);
      for (const type of graph.objects(iri, REP.actType)) add(graph.label(type.value), WHERE.type);
      for (const passage of graph.objects(iri, NS.rep('source'))) {
        for (const selector of graph.objects(passage.value, OA.hasSelector)) add(graph.value(selector.value, OA.exact), WHERE.passage);
      }
      return { iri, label };
    });
  }

  /** Acts whose words match every meaningful word of the query, best first; none for a query without one. */
  search(query: string, limit = 20): SearchHit[] {
    const wanted = normaliseName(query.slice(0, MAX_QUERY_LENGTH))
      .split(' ')
      .filter((word) => [...word].length >= 2 && !STOP_WORDS.has(word));
    if (!wanted.some((word) => [...word].length >= 3)) return [];
    // Sum of the best match of each query word, for the acts that matched every word so far.
    let totals: Map<number, number> | undefined;
    for (const word of wanted) {
      const best = this.bestMatches(word);
      const next = new Map<number, number>();
      for (const [act, score] of best) {
        if (!totals) next.set(act, score);
        else if (totals.has(act)) next.set(act, totals.get(act)! + score);
      }
      totals = next;
      if (totals.size === 0) return [];
    }
    const hits: SearchHit[] = [...totals!].map(([index, total]) => {
      const act = this.acts[index]!;
      return {
        iri: act.iri,
        href: localHref(act.iri),
        label: act.label,
        type: 'act',
        matched: act.label,
        score: Math.round((0.5 + 0.3 * (total / wanted.length)) * 1000) / 1000,
      };
    });
    return hits.sort((a, b) => b.score - a.score || a.label.localeCompare(b.label, 'en')).slice(0, limit);
  }

  /** Act index → how well `word` matches its words (equal 1, prefix 0.9, typo 0.75), times where it was found. */
  private bestMatches(word: string): Map<number, number> {
    const best = new Map<number, number>();
    for (const [candidate, acts] of this.vocabulary) {
      let score = 0;
      if (candidate === word) score = 1;
      else if (candidate.startsWith(word)) score = 0.9;
      else if (word.length >= 5 && Math.abs(candidate.length - word.length) <= 2 && nameSimilarity(word, candidate) >= TYPO) score = 0.75;
      if (score === 0) continue;
      for (const [act, weight] of acts) {
        if (score * weight > (best.get(act) ?? 0)) best.set(act, score * weight);
      }
    }
    return best;
  }
}
