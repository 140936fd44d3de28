// The SPARQL the site search sends, past ENTITY_GRAPH_MAX_TRIPLES, to find the acts a query's
// words can match (act-search.ts finds an act when every meaningful word of the query equals, is
// a prefix of, or is one typo from a word of its label, its act types' labels or its passages'
// quoted text). Client text enters only as fragments of its normalised words, each written by
// sparqlString (reconcile/sparql-literal.ts).
//   actCandidateQuery  the acts whose texts contain, for every word, its first three letters or
//                      (words of 5+ letters) any three consecutive letters of it — the word
//                      itself, a word it is a prefix of, or a variant sharing three quarters of
//                      its letter pairs (act-search.ts's typo) contains one — at most `limit`.
//                      Cost in the store: one pass over every act's label, types' labels and
//                      passages (CONTAINS has no index), grouped by act; the answer is `limit` rows.
//   actRecordQuery     what act-search.ts reads of those acts: type, labels, act types and their
//                      labels, passages' selectors and their exact text.
import { sparqlIri } from '../entity/neighbourhood-query.js';
import { sparqlString } from '../reconcile/sparql-literal.js';
import { NS, OA, RDF_TYPE, RDFS_LABEL, REP } from '../../vocab.js';

/** Most query words sent (a 200-character query rarely has more that matter). */
export const MAX_ACT_WORDS = 8;
/** Most fragments of one word (its first twelve trigrams). */
const MAX_WORD_FRAGMENTS = 12;

const iri = (value: string) => sparqlIri(value);
const LABELS = [RDFS_LABEL, NS.skos('prefLabel')].map(iri).join(', ');
const fromClauses = (from: readonly string[]) => from.map((graph) => `FROM ${sparqlIri(graph)} `).join('');

/** The substrings, lower case, one of which an act's text holds when it matches `word` (a normalised word). */
export function wordFragments(word: string): string[] {
  const chars = [...word];
  if (chars.length <= 3) return [word];
  if (chars.length === 4) return [chars.slice(0, 3).join('')];
  const trigrams = chars.slice(2).map((c, i) => `${chars[i]}${chars[i + 1]}${c}`);
  return [...new Set(trigrams)].slice(0, MAX_WORD_FRAGMENTS);
}

/**
 * SELECT ?a: the acts whose texts hold a fragment of each of `words` (at most MAX_ACT_WORDS of
 * them). One pass over the acts' texts: each text row marks the words it holds, and an act is kept
 * when its rows together hold every word (HAVING), as act-search.ts matches each word anywhere.
 */
export function actCandidateQuery(words: readonly string[], limit: number, from: readonly string[] = []): string {
  if (words.length === 0) throw new Error('actCandidateQuery needs at least one word.');
  const sent = words.slice(0, MAX_ACT_WORDS);
  const marks = sent.map((word, i) => `  BIND(IF(${wordFragments(word).map((f) => `CONTAINS(?l, ${sparqlString(f)})`).join(' || ')}, 1, 0) AS ?w${i})`);
  return `SELECT ?a ${fromClauses(from)}WHERE {
  ?a ${iri(RDF_TYPE)} ${iri(REP.ReprisalAct)} .
  { ?a ?lp ?t . FILTER(?lp IN (${LABELS})) }
  UNION { ?a ${iri(REP.actType)} ?k . ?k ?lp ?t . FILTER(?lp IN (${LABELS})) }
  UNION { ?a ${iri(REP.source)} ?s . ?s ${iri(OA.hasSelector)} ?x . ?x ${iri(OA.exact)} ?t }
  BIND(LCASE(STR(?t)) AS ?l)
${marks.join('\n')}
} GROUP BY ?a HAVING (${sent.map((_w, i) => `MAX(?w${i}) = 1`).join(' && ')}) ORDER BY ?a LIMIT ${limit}`;
}

/** CONSTRUCT of what act-search.ts reads of `acts`. */
export function actRecordQuery(acts: readonly string[], from: readonly string[] = []): string {
  return `CONSTRUCT { ?s ?p ?o } ${fromClauses(from)}WHERE { SELECT DISTINCT ?s ?p ?o WHERE {
  VALUES ?a { ${acts.map(iri).join(' ')} }
  { ?a ?p ?o . BIND(?a AS ?s) FILTER(?p IN (${[RDF_TYPE, RDFS_LABEL, NS.skos('prefLabel'), REP.actType, REP.source].map(iri).join(', ')})) }
  UNION { ?a ${iri(REP.actType)} ?s . ?s ?p ?o . FILTER(?p IN (${LABELS})) }
  UNION { ?a ${iri(REP.source)} ?s . ?s ?p ?o . FILTER(?p = ${iri(OA.hasSelector)}) }
  UNION { ?a ${iri(REP.source)} ?v . ?v ${iri(OA.hasSelector)} ?s . ?s ?p ?o . FILTER(?p = ${iri(OA.exact)}) }
} }`;
}
