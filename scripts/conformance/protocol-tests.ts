// W3C SPARQL 1.1 Protocol tests (protocol/manifest.ttl) against a running server over HTTP.
// Each test's requests are sent in order; status, result format and boolean are checked as the
// manifest states (mf:expectedStatus, mf:expectedFormat, mf:expectedBoolean). Tests of the update
// operation are not applicable: the service is read-only by design (issue 3, point 2).
import path from 'node:path';
import { CNT, HT, MF, Manifest, RDFS } from './manifest.js';

export interface TestOutcome {
  readonly group: string;
  readonly name: string;
  readonly status: 'passed' | 'failed' | 'not applicable';
  readonly reason?: string;
}

const HTS = 'http://www.w3.org/2011/http-statusCodes#StatusCode';
const TABULAR = ['application/sparql-results+json', 'application/sparql-results+xml', 'text/csv', 'text/tab-separated-values'];
const RDF_TYPES = ['text/turtle', 'application/n-triples', 'application/rdf+xml', 'application/ld+json', 'application/n-quads', 'application/trig'];

/** The protocol's dataset fixtures: file → graph IRI (ut:graphData's rdfs:label). */
export function protocolGraphs(dir: string): { path: string; format: string; graph: string }[] {
  const manifest = new Manifest(path.join(dir, 'manifest.ttl'));
  const seen = new Map<string, { path: string; format: string; graph: string }>();
  for (const q of manifest.store.getQuads(null, 'http://www.w3.org/2009/sparql/tests/test-update#graph', null, null)) {
    const label = manifest.one(q.subject, `${RDFS}label`)?.value;
    const file = new URL(q.object.value).pathname;
    if (label) seen.set(label, { path: file, format: 'application/n-triples', graph: label });
  }
  return [...seen.values()];
}

export async function runProtocolTests(dir: string, endpoint: string): Promise<TestOutcome[]> {
  const manifest = new Manifest(path.join(dir, 'manifest.ttl'));
  const outcomes: TestOutcome[] = [];
  for (const entry of manifest.entries()) {
    const id = entry.value.split('#')[1] ?? entry.value;
    const name = `${id}: ${manifest.one(entry, `${MF}name`)?.value ?? ''}`;
    if (/update/i.test(id)) {
      outcomes.push({ group: 'protocol', name, status: 'not applicable', reason: 'update operation: the service is read-only by design (updates are refused with 403)' });
      continue;
    }
    const action = manifest.one(entry, `${MF}action`)!;
    const requests = manifest.list(manifest.one(action, `${HT}requests`));
    let failure: string | undefined;
    for (const request of requests) {
      failure = await runRequest(manifest, request, endpoint);
      if (failure) break;
    }
    outcomes.push({ group: 'protocol', name, status: failure ? 'failed' : 'passed', reason: failure });
  }
  return outcomes;
}

/** Sends one ht:Request; returns why it failed, or undefined. */
async function runRequest(manifest: Manifest, request: Parameters<Manifest['one']>[0], endpoint: string): Promise<string | undefined> {
  const absolutePath = manifest.one(request, `${HT}absolutePath`)!.value;
  const url = endpoint + absolutePath.replace(/^\/sparql\/?/, '');
  const method = manifest.one(request, `${HT}methodName`)!.value;
  const headers: Record<string, string> = {};
  for (const header of manifest.list(manifest.one(request, `${HT}headers`))) {
    headers[manifest.one(header, `${HT}fieldName`)!.value] = manifest.one(header, `${HT}fieldValue`)!.value;
  }
  const bodyNode = manifest.one(request, `${HT}body`);
  let body: Uint8Array | undefined;
  if (bodyNode) {
    const chars = manifest.one(bodyNode, `${CNT}chars`)!.value;
    const encoding = manifest.one(bodyNode, `${CNT}characterEncoding`)?.value ?? 'UTF-8';
    body = new Uint8Array(Buffer.from(chars, /utf-?16/i.test(encoding) ? 'utf16le' : 'utf8'));
  }
  const response = manifest.one(request, `${HT}resp`)!;
  const expectedStatuses = manifest.all(response, `${MF}expectedStatus`).map((t) => t.value.replace(HTS, ''));
  const res = await fetch(url, { method, headers, body: body as BodyInit | undefined });
  const text = await res.text();
  const statusClass = `${String(res.status)[0]}xx`;
  if (!expectedStatuses.includes(statusClass)) return `status ${res.status}, expected ${expectedStatuses.join(' or ')}: ${text.slice(0, 200)}`;

  const format = manifest.one(response, `${MF}expectedFormat`)?.value;
  const type = (res.headers.get('content-type') ?? '').split(';')[0]!.trim();
  if (format === 'tabular' && !TABULAR.includes(type)) return `content type ${type} is not a results format`;
  if (format === 'RDF' && !RDF_TYPES.includes(type)) return `content type ${type} is not an RDF format`;
  if (format === 'boolean') {
    const value = type === 'application/sparql-results+json'
      ? (JSON.parse(text) as { boolean?: boolean }).boolean
      : type === 'application/sparql-results+xml'
        ? /<boolean>\s*true\s*<\/boolean>/.test(text) ? true : /<boolean>\s*false\s*<\/boolean>/.test(text) ? false : undefined
        : undefined;
    if (value === undefined) return `no boolean result in ${type}`;
    const expected = manifest.one(response, `${MF}expectedBoolean`);
    if (expected && String(value) !== expected.value) return `boolean ${value}, expected ${expected.value}`;
  }
  return undefined;
}
