// `kg serve --data`: a directory of mixed RDF files (Turtle, N-Triples, N-Quads, TriG, RDF/XML,
// JSON-LD) served by the real engine and HTTP service on port 0, named graphs kept; a bad file
// refused with its file and line; the user's shapes enforced; the CLI refuses bad input the same.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NonConformingDataError, startUserService, type UserService } from '../../src/cli/serve.js';
import { RdfFileError } from '../../src/store/parse-rdf-file.js';
import { runKg } from '../helpers/run-kg.js';

const EX = 'http://example.org/';
const dir = mkdtempSync(path.join(os.tmpdir(), 'serve-test-'));
const data = path.join(dir, 'data');
mkdirSync(path.join(data, 'more'), { recursive: true });
writeFileSync(path.join(data, 'a.ttl'), `@prefix ex: <${EX}> .\nex:alice ex:name "Alice" ; ex:knows ex:bob .\n`);
writeFileSync(path.join(data, 'b.nt'), `<${EX}bob> <${EX}name> "Bob" .\n`);
writeFileSync(path.join(data, 'c.nq'), `<${EX}carol> <${EX}name> "Carol" <${EX}graph/people> .\n<${EX}dave> <${EX}name> "Dave" .\n`);
writeFileSync(path.join(data, 'more', 'd.trig'), `@prefix ex: <${EX}> .\nex:graph\\/events { ex:e1 ex:date "2018-11-01" . }\n`);
writeFileSync(path.join(data, 'more', 'e.rdf'), `<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="${EX}">\n  <rdf:Description rdf:about="${EX}erin"><ex:name>Erin</ex:name></rdf:Description>\n</rdf:RDF>\n`);
writeFileSync(path.join(data, 'more', 'f.jsonld'), JSON.stringify({ '@context': { ex: EX }, '@id': `${EX}graph/jsonld`, '@graph': [{ '@id': 'ex:frank', 'ex:name': 'Frank' }] }));
writeFileSync(path.join(data, 'notes.txt'), 'not RDF, skipped');

let service: UserService;
beforeAll(async () => {
  service = await startUserService({ data: [data], engine: { workers: 1 } });
}, 60_000);
afterAll(async () => {
  await service?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function select(query: string): Promise<Record<string, string>[]> {
  const res = await fetch(`${service.url}/sparql?query=${encodeURIComponent(query)}`, { headers: { Accept: 'application/sparql-results+json' } });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { results: { bindings: Record<string, { value: string }>[] } };
  return body.results.bindings.map((b) => Object.fromEntries(Object.entries(b).map(([k, v]) => [k, v.value])));
}

describe('a directory of mixed RDF files', () => {
  it('loads every RDF file (and skips the rest)', () => {
    expect(service.files).toBe(6);
    expect(service.quads).toBe(8);
    expect(service.namedGraphs).toEqual([`${EX}graph/events`, `${EX}graph/jsonld`, `${EX}graph/people`]);
  });

  it('triples are in the default graph', async () => {
    const rows = await select(`SELECT ?name WHERE { ?s <${EX}name> ?name } ORDER BY ?name`);
    expect(rows.map((r) => r.name)).toEqual(['Alice', 'Bob', 'Dave', 'Erin']);
  });

  it('named graphs are kept, from N-Quads, TriG and JSON-LD', async () => {
    const rows = await select('SELECT ?g ?s WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g');
    expect(rows).toEqual([
      { g: `${EX}graph/events`, s: `${EX}e1` },
      { g: `${EX}graph/jsonld`, s: `${EX}frank` },
      { g: `${EX}graph/people`, s: `${EX}carol` },
    ]);
  });
});

describe('bad input', () => {
  const bad = path.join(dir, 'bad');
  mkdirSync(bad, { recursive: true });

  it.each([
    ['x.ttl', `@prefix ex: <${EX}> .\nex:a ex:b ex:c .\nex:a ex:b "unterminated .\n`, /x\.ttl:3: Turtle syntax error/u],
    ['y.nq', `<${EX}a> <${EX}b> <${EX}c> .\n<${EX}a> <${EX}b> .\n`, /y\.nq:2: N-Quads syntax error/u],
    ['z.jsonld', '{\n  "@id": "x",\n  oops\n}', /z\.jsonld:3: JSON syntax error/u],
    ['w.rdf', '<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n<rdf:Description rdf:about="x">\n</rdf:RDF>\n', /w\.rdf(:\d+)?: RDF\/XML error/u],
  ])('%s: an error naming file and line', async (name, text, message) => {
    const sub = path.join(bad, name.replace('.', '-'));
    mkdirSync(sub, { recursive: true });
    writeFileSync(path.join(sub, name), text);
    await expect(startUserService({ data: [sub] })).rejects.toThrow(RdfFileError);
    await expect(startUserService({ data: [sub] })).rejects.toThrow(message);
  });

  it('the user\'s shapes: non-conforming data is not served', async () => {
    const shapes = path.join(dir, 'shapes.ttl');
    writeFileSync(shapes, `@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <${EX}> .\nex:NameShape a sh:NodeShape ; sh:targetSubjectsOf ex:name ; sh:property [ sh:path ex:name ; sh:minLength 4 ; sh:message "A name has at least 4 letters." ] .\n`);
    await expect(startUserService({ data: [data], shapes })).rejects.toThrow(NonConformingDataError);
    await expect(startUserService({ data: [data], shapes })).rejects.toThrow('A name has at least 4 letters.');
  });

  it('the CLI: exit 1 with file and line; exit 2 for a missing folder', () => {
    const run = runKg('serve', '--data', path.join(bad, 'x-ttl'), '--port', '0');
    expect(run.status).toBe(1);
    expect(run.stdout + run.stderr).toMatch(/x\.ttl:3: Turtle syntax error/u);
    const missing = runKg('serve', '--data', path.join(dir, 'nope'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('no such data file or folder');
  }, 60_000);
});
