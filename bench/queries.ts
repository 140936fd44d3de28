// The benchmark's query cases: the competency queries of queries/*.rq without SERVICE (their speed
// is the remote endpoint's, and needs the network); representative queries when queries/ is empty.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { QUERIES_DIR } from '../src/config.js';

export function competencyQueries(): [string, string][] {
  let files: string[] = [];
  try {
    files = readdirSync(QUERIES_DIR).filter((f) => f.endsWith('.rq')).sort();
  } catch {
    // no queries/ yet: fall back to representative queries below
  }
  const local = files
    .map((f): [string, string] => [f.replace(/\.rq$/, ''), readFileSync(path.join(QUERIES_DIR, f), 'utf8')])
    .filter(([, text]) => !/\bSERVICE\b/i.test(text.replace(/#[^\n]*/g, '')));
  if (local.length > 0) return local;
  return [
    ['count-by-type', 'SELECT ?t (COUNT(*) AS ?n) WHERE { ?s a ?t } GROUP BY ?t ORDER BY DESC(?n)'],
    ['labels-regex', 'SELECT ?s ?l WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l FILTER regex(?l, "a", "i") } LIMIT 100'],
  ];
}
