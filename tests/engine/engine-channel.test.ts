// How a result crosses from an engine process to the HTTP process (src/engine/engine-channel.ts):
// a text result as UTF-8 bytes over structured clone, arriving as a Buffer with the same bytes the
// engine serialised (CJK included), while terms (objects output) and errors cross unchanged.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { onTheWire } from '../../src/engine/engine-channel.js';
import { DEFAULT_ENGINE_CONFIG } from '../../src/engine/engine-config.js';
import { EngineService } from '../../src/engine/engine-service.js';
import type { WorkerReply } from '../../src/engine/worker-protocol.js';

const TINY = path.join(PROJECT_ROOT, 'tests/fixtures/engine/tiny.ttl');
const LABELS = 'SELECT ?l WHERE { <http://example.org/alice> <http://www.w3.org/2000/01/rdf-schema#label> ?l } ORDER BY ?l';

describe('onTheWire', () => {
  it('turns a text result into its UTF-8 bytes and keeps the rest of the reply', () => {
    const reply: WorkerReply = { type: 'done', id: 7, result: { kind: 'results', text: '{"v":"爱丽丝"}', mediaType: 'application/sparql-results+json', truncated: false, count: 1 } };
    const wire = onTheWire(reply);
    expect(wire.type === 'done' && 'text' in wire.result && Buffer.isBuffer(wire.result.text)).toBe(true);
    expect(wire).toEqual({ ...reply, result: { ...reply.result, text: Buffer.from('{"v":"爱丽丝"}', 'utf8') } });
  });

  it('leaves objects, errors and readiness as they are', () => {
    const objects: WorkerReply = { type: 'done', id: 1, result: { kind: 'boolean', results: { head: {}, boolean: true }, truncated: false, count: 1 } };
    const error: WorkerReply = { type: 'error', id: 2, error: { kind: 'syntax', message: 'bad', line: 1, column: 3 } };
    const ready: WorkerReply = { type: 'ready', triples: 9 };
    for (const reply of [objects, error, ready]) expect(onTheWire(reply)).toBe(reply);
  });
});

describe('a text result from an engine process', () => {
  let engine: EngineService;
  beforeAll(async () => {
    engine = await EngineService.start({ ...DEFAULT_ENGINE_CONFIG, federation: false, files: [{ path: TINY, part: 'data' }], namedGraphFiles: [] }, () => undefined);
  });
  afterAll(() => engine?.close());

  it('arrives as a Buffer holding the serialised results, CJK as UTF-8', async () => {
    const result = await engine.query(LABELS, () => 'application/sparql-results+json');
    expect(Buffer.isBuffer(result.body)).toBe(true);
    const json = JSON.parse(result.body.toString('utf8')) as { results: { bindings: { l: { value: string; 'xml:lang': string } }[] } };
    expect(json.results.bindings.map((b) => [b.l.value, b.l['xml:lang']])).toEqual([['Alice', 'en'], ['爱丽丝', 'zh']]);
    expect(result.count).toBe(2);
  });

  it('crosses a graph result the same way, and objects as terms', async () => {
    const graph = await engine.query('CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o FILTER (lang(?o) = "zh") }', () => 'application/n-triples');
    expect(graph.body.toString()).toBe('<http://example.org/alice> <http://www.w3.org/2000/01/rdf-schema#label> "爱丽丝"@zh .\n');
    const rows = await engine.select(LABELS);
    expect(rows.map((r) => r.get('l')!.value)).toEqual(['Alice', '爱丽丝']);
  });
});
