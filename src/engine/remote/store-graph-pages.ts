// Reading one page of a graph the store sent (RemoteSparqlEngine.readGraph) so that pages can be
// joined: blank node labels are kept exactly as the store wrote them (n3's default gives every
// parser its own prefix, which would split a blank node spanning two pages into two), and the
// literals the store rewrote are restored as for any other answer (store-results.ts fixedLexical).
import { DataFactory, Parser, type Quad } from 'n3';
import { BadGatewayError } from '../../http/errors.js';
import { fixedLexical } from './store-results.js';

const FORMATS: Readonly<Record<string, string>> = {
  'application/n-triples': 'N-Triples',
  'text/plain': 'N-Triples',
  'text/turtle': 'Turtle',
  'application/x-turtle': 'Turtle',
  'application/n-quads': 'N-Quads',
  'text/x-nquads': 'N-Quads',
};

/** The triples of one page; a body the service cannot read is a 502 naming the store. */
export function parseGraphKeepingBlankNodes(body: string, contentType: string, endpoint: string): Quad[] {
  const format = FORMATS[contentType];
  if (!format) throw new BadGatewayError(`The SPARQL store at ${endpoint} answered a graph query with ${contentType || 'no media type'}, which the service cannot read.`);
  let quads: Quad[];
  try {
    quads = new Parser({ format, blankNodePrefix: '' }).parse(body);
  } catch (error) {
    throw new BadGatewayError(`The SPARQL store at ${endpoint} sent an unreadable ${format} graph: ${(error as Error).message}`);
  }
  return quads.map((q) => {
    if (q.object.termType !== 'Literal' || !q.object.datatype) return q;
    const value = fixedLexical(q.object.value, q.object.datatype.value);
    return value === q.object.value ? q : DataFactory.quad(q.subject, q.predicate, DataFactory.literal(value, q.object.datatype), q.graph);
  });
}
