// The SPARQL of the standing charts (home page and /charts). Each chart's numbers are exactly
// the answer of its query run through the query engine, and the page shows the query so a reader
// can run it at /sparql and get the same table. Counting rules are in each query's comment.
import { NS } from '../../../vocab.js';

export interface ChartQuery {
  readonly id: string;
  readonly title: string;
  /** What a bar counts, in words, under the chart. */
  readonly caption: string;
  readonly query: string;
}

const PREFIXES = `PREFIX rep:  <${NS.rep.iri}>
PREFIX rdfs: <${NS.rdfs.iri}>
PREFIX skos: <${NS.skos.iri}>
`;

export const CHART_QUERIES: readonly ChartQuery[] = [
  {
    id: 'acts-per-family-and-year',
    title: 'Acts per type family and year',
    caption:
      'Acts by the year of their earliest date ("undated" when the report gives none) and act-type family; an act with types in two families counts once in each.',
    query: `${PREFIXES}
SELECT ?year ?family (COUNT(DISTINCT ?act) AS ?acts)
WHERE {
  ?act a rep:ReprisalAct ; rep:actType ?type .
  ?type skos:broader* ?top .
  ?top skos:topConceptOf <${NS.vocab('act-type')}> ; skos:prefLabel ?family .
  FILTER (lang(?family) = "en")
  OPTIONAL { ?act rep:earliestDate ?earliest }
  BIND (IF(BOUND(?earliest), STR(YEAR(?earliest)), "undated") AS ?year)
}
GROUP BY ?year ?family
ORDER BY ?year ?family
`,
  },
  {
    id: 'acts-per-perpetrator',
    title: 'Acts per perpetrator',
    caption: 'Acts each state organ is named as carrying out; an act with two perpetrators counts for each.',
    query: `${PREFIXES}
SELECT ?perpetrator ?name (COUNT(DISTINCT ?act) AS ?acts)
WHERE {
  ?act a rep:ReprisalAct ; rep:perpetrator ?perpetrator .
  ?perpetrator rdfs:label ?name .
  FILTER (lang(?name) = "en" || lang(?name) = "")
}
GROUP BY ?perpetrator ?name
ORDER BY DESC(?acts) ?name
`,
  },
  {
    id: 'cases-per-un-body',
    title: 'Cases raised per UN body',
    caption:
      'Persons or groups whose case each UN body raised (rep:CaseRaising), directly or through an act against them; each case counts once per body.',
    query: `${PREFIXES}
SELECT ?body ?name (COUNT(DISTINCT ?case) AS ?cases)
WHERE {
  ?raising a rep:CaseRaising ; rep:raisedBy ?body .
  { ?raising rep:concernsPerson ?case } UNION { ?raising rep:concernsAct/rep:victim ?case }
  ?body rdfs:label ?name .
  FILTER (lang(?name) = "en" || lang(?name) = "")
}
GROUP BY ?body ?name
ORDER BY DESC(?cases) ?name
`,
  },
];
