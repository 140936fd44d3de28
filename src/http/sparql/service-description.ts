// The SPARQL 1.1 Service Description (https://www.w3.org/TR/sparql11-service-description/ §3)
// served on GET /sparql without a query: endpoint, language, result formats, features, the
// default dataset's size and the SERVICE allowlist.
import { DataFactory, type Quad } from 'n3';
import { NS } from '../../vocab.js';

const { namedNode, literal, blankNode, quad } = DataFactory;
const FORMATS = 'http://www.w3.org/ns/formats/';

export interface DescriptionInput {
  /** Absolute IRI of the endpoint, e.g. http://localhost:8080/sparql. */
  readonly endpoint: string;
  readonly triples: number;
  readonly serviceAllowlist: readonly string[];
  readonly timeoutMs: number;
  readonly maxRows: number;
}

export function serviceDescription(input: DescriptionInput): Quad[] {
  const sd = NS.sd;
  const service = namedNode(input.endpoint);
  const out: Quad[] = [];
  const add = (s: Quad['subject'], p: string, o: Quad['object']) => out.push(quad(s, namedNode(p), o));
  add(service, NS.rdf('type'), namedNode(sd('Service')));
  add(service, sd('endpoint'), service);
  add(service, sd('supportedLanguage'), namedNode(sd('SPARQL11Query')));
  for (const f of ['SPARQL_Results_JSON', 'SPARQL_Results_XML', 'SPARQL_Results_CSV', 'SPARQL_Results_TSV', 'Turtle', 'N-Triples', 'N-Quads', 'TriG', 'JSON-LD', 'RDF_XML']) {
    add(service, sd('resultFormat'), namedNode(FORMATS + f));
  }
  if (input.serviceAllowlist.length > 0) add(service, sd('feature'), namedNode(sd('BasicFederatedQuery')));
  add(service, sd('defaultEntailmentRegime'), namedNode('http://www.w3.org/ns/entailment/Simple'));
  const dataset = blankNode('dataset');
  const graph = blankNode('defaultGraph');
  add(service, sd('defaultDataset'), dataset);
  add(dataset, NS.rdf('type'), namedNode(sd('Dataset')));
  add(dataset, sd('defaultGraph'), graph);
  add(graph, NS.rdf('type'), namedNode(sd('Graph')));
  add(graph, NS.void('triples'), literal(String(input.triples), namedNode(NS.xsd('integer'))));
  add(service, NS.rdfs('comment'), literal(
    `Read-only. Queries stop after ${input.timeoutMs} ms (ask for less with timeout=<ms>); responses hold at most ` +
      `${input.maxRows} rows (header X-Result-Truncated: true when cut). SERVICE may call only: ` +
      `${input.serviceAllowlist.join(', ') || '(none)'}.`,
    'en',
  ));
  return out;
}
