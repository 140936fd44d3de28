// `kg serve --data --base`: a directory of mixed RDF files (Turtle, N-Triples, N-Quads, TriG,
// RDF/XML, JSON-LD) served by the real engine and HTTP service on port 0, named graphs kept; its
// IRIs dereferenced under the base with content negotiation, the bundled report's IRIs and API
// absent, its release (dumps, VoID with the input files' SHA-256) served; a second service in the
// same process sees only its own data; a bad file refused with its file and line; the user's
// shapes enforced; the CLI refuses bad input (and a bad --base / BASE_IRI) the same.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NonConformingDataError, startUserService, type UserService } from '../../src/cli/serve.js';
import jsonldLib from 'jsonld';
import { Parser, type Quad } from 'n3';
import { PROJECT_ROOT } from '../../src/config.js';
import { RdfFileError } from '../../src/store/parse-rdf-file.js';
import { rawRequest } from '../http/linked-data-helpers.js';
import { runKg } from '../helpers/run-kg.js';

const EX = 'http://example.org/';
const dir = mkdtempSync(path.join(os.tmpdir(), 'serve-test-'));
const data = path.join(dir, 'data');
mkdirSync(path.join(data, 'more'), { recursive: true });
writeFileSync(path.join(data, 'a.ttl'), `@prefix ex: <${EX}> .\nex:alice ex:name "Alice" ; ex:knows ex:bob .\n`);
writeFileSync(path.join(data, 'b.nt'), `<${EX}bob> <${EX}name> "Bob" .\n<${EX}José> <${EX}name> "José" .\n`);
writeFileSync(path.join(data, 'c.nq'), `<${EX}carol> <${EX}name> "Carol" <${EX}graph/people> .\n<${EX}dave> <${EX}name> "Dave" .\n`);
writeFileSync(path.join(data, 'more', 'd.trig'), `@prefix ex: <${EX}> .\n@prefix : <${EX}graph/> . # an empty prefix: no JSON-LD term, left out of the context\nex:graph\\/events { ex:e1 ex:date "2018-11-01" . }\n`);
writeFileSync(path.join(data, 'more', 'e.rdf'), `<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="${EX}">\n  <rdf:Description rdf:about="${EX}erin"><ex:name>Erin</ex:name></rdf:Description>\n</rdf:RDF>\n`);
writeFileSync(path.join(data, 'more', 'f.jsonld'), JSON.stringify({ '@context': { ex: EX }, '@id': `${EX}graph/jsonld`, '@graph': [{ '@id': 'ex:frank', 'ex:name': 'Frank' }] }));
writeFileSync(path.join(data, 'notes.txt'), 'not RDF, skipped');

// A second user's data, served by a second service in the same process, without --base.
const other = path.join(dir, 'other');
mkdirSync(other, { recursive: true });
writeFileSync(path.join(other, 'o.ttl'), '<http://other.example/x> <http://other.example/p> "only in the other service" .\n');

const CAO = 'https://w3id.org/hrd-reprisals/id/person/cao-shunli';
let service: UserService;
let second: UserService;
beforeAll(async () => {
  service = await startUserService({ data: [data], base: EX, engine: { workers: 1 } });
  second = await startUserService({ data: [other], engine: { workers: 1 } });
}, 60_000);
afterAll(async () => {
  await service?.stop();
  await second?.stop();
  rmSync(dir, { recursive: true, force: true });
});

function parse(text: string, format: string): Quad[] {
  return new Parser({ format }).parse(text);
}

/** The quads as "s p o g" lines (g empty for the default graph), sorted. */
function lines(quads: readonly Quad[]): string[] {
  return quads.map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.value} ${q.graph.value}`.trim()).sort();
}

async function select(query: string): Promise<Record<string, string>[]> {
  const res = await fetch(`${service.url}/sparql?query=${encodeURIComponent(query)}`, { headers: { Accept: 'application/sparql-results+json' } });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { results: { bindings: Record<string, { value: string }>[] } };
  return body.results.bindings.map((b) => Object.fromEntries(Object.entries(b).map(([k, v]) => [k, v.value])));
}

describe('a directory of mixed RDF files', () => {
  it('loads every RDF file (and skips the rest)', () => {
    expect(service.files).toBe(6);
    expect(service.quads).toBe(9);
    expect(service.base).toBe(EX);
    expect(service.namedGraphs).toEqual([`${EX}graph/events`, `${EX}graph/jsonld`, `${EX}graph/people`]);
  });

  it('triples are in the default graph', async () => {
    const rows = await select(`SELECT ?name WHERE { ?s <${EX}name> ?name } ORDER BY ?name`);
    expect(rows.map((r) => r.name)).toEqual(['Alice', 'Bob', 'Dave', 'Erin', 'José']);
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

describe('dereferencing under --base', () => {
  it('GET /alice as HTML: the page of <base>alice, its links local', async () => {
    const res = await fetch(`${service.url}/alice`, { headers: { Accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('vary')).toMatch(/Accept/u);
    const page = await res.text();
    expect(page).toContain(`${EX}alice`);
    expect(page).toContain('Alice');
    // ex:knows ex:bob links to bob's description on this server, not to example.org.
    expect(page).toContain('href="/bob"');
    expect(page).not.toContain(`href="${EX}bob"`);
    // The page's own links to its RDF representations stay on this server too.
    expect(page).toContain('href="/alice?format=ttl"');
    expect(page).not.toContain(`href="${EX}alice?format=ttl"`);
  });

  it('GET /alice as Turtle: exactly its triples', async () => {
    const res = await fetch(`${service.url}/alice`, { headers: { Accept: 'text/turtle' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/turtle; charset=utf-8');
    const text = await res.text();
    expect(lines(parse(text, 'Turtle'))).toEqual([`${EX}alice ${EX}knows ${EX}bob`, `${EX}alice ${EX}name Alice`]);
    // Written with the prefix the user's a.ttl declares.
    expect(text).toContain(`@prefix ex: <${EX}>.`);
    expect(text).toMatch(/^ex:alice /mu);
  });

  it.each([
    ['application/n-triples', 'N-Triples', [`${EX}carol ${EX}name Carol`]],
    ['application/n-quads', 'N-Quads', [`${EX}carol ${EX}name Carol ${EX}graph/people`]],
    ['application/trig', 'TriG', [`${EX}carol ${EX}name Carol ${EX}graph/people`]],
  ])('a resource of a named graph as %s: the graph kept where the syntax has graphs', async (accept, format, expected) => {
    const res = await fetch(`${service.url}/carol`, { headers: { Accept: accept } });
    expect(res.status).toBe(200);
    expect(lines(parse(await res.text(), format))).toEqual(expected);
  });

  it('JSON-LD and RDF/XML of the same resource (format=), the JSON-LD context inline', async () => {
    const jsonld = await fetch(`${service.url}/erin?format=jsonld`);
    expect(jsonld.headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
    const document = (await jsonld.json()) as Record<string, unknown>;
    expect(document['@context']).toMatchObject({ ex: EX });
    const nquads = (await jsonldLib.toRDF(document as jsonldLib.JsonLdDocument, { format: 'application/n-quads' })) as unknown as string;
    expect(lines(parse(nquads, 'N-Quads'))).toEqual([`${EX}erin ${EX}name Erin`]);
    // A named graph whose namespace has the empty prefix in d.trig: the graph is kept.
    const carol = (await (await fetch(`${service.url}/carol?format=jsonld`)).json()) as jsonldLib.JsonLdDocument;
    const carolQuads = (await jsonldLib.toRDF(carol, { format: 'application/n-quads' })) as unknown as string;
    expect(lines(parse(carolQuads, 'N-Quads'))).toEqual([`${EX}carol ${EX}name Carol ${EX}graph/people`]);
    const xml = await fetch(`${service.url}/erin`, { headers: { Accept: 'application/rdf+xml' } });
    expect(xml.headers.get('content-type')).toBe('application/rdf+xml; charset=utf-8');
    expect(await xml.text()).toMatch(/rdf:about="http:\/\/example\.org\/erin"[\s\S]*Erin/u);
  });

  it('an IRI written with é in the data is found from the percent-encoded request path', async () => {
    const res = await fetch(`${service.url}/Jos%C3%A9`, { headers: { Accept: 'application/n-triples' } });
    expect(res.status).toBe(200);
    expect(lines(parse(await res.text(), 'N-Triples'))).toEqual([`${EX}José ${EX}name José`]);
  });

  it('/resource?iri= describes any IRI of the data, such as a named graph member', async () => {
    const res = await fetch(`${service.url}/resource?iri=${encodeURIComponent(`${EX}frank`)}`, { headers: { Accept: 'application/n-quads' } });
    expect(res.status).toBe(200);
    expect(lines(parse(await res.text(), 'N-Quads'))).toEqual([`${EX}frank ${EX}name Frank ${EX}graph/jsonld`]);
  });

  it('an IRI of the bundled report is not in this service, at its path or by /resource', async () => {
    const byPath = await fetch(`${service.url}/id/person/cao-shunli`, { headers: { Accept: 'application/json' } });
    expect(byPath.status).toBe(404);
    expect(((await byPath.json()) as { error: { message: string } }).error.message).toContain(`No IRI ${EX}id/person/cao-shunli in the served data`);
    const byIri = await fetch(`${service.url}/resource?iri=${encodeURIComponent(CAO)}`);
    expect(byIri.status).toBe(404);
    const page = await fetch(`${service.url}/persons`, { headers: { Accept: 'text/html' } });
    expect(await page.text()).not.toContain('Cao Shunli');
  });

  it.each([
    ['/nobody', 404],
    ['/alice/%2e%2e/bob', 400],
    ['/alice/../bob', 400],
    ['/alice%ZZ', 400],
    [`/${'a'.repeat(5000)}`, 414],
    ['/resource?iri=alice', 400],
    ['/resource', 400],
  ])('%s → %i', async (requestPath, status) => {
    const res = await rawRequest(service.url, requestPath, { headers: { accept: 'application/json' } });
    expect(res.status).toBe(status);
    expect(res.body).not.toMatch(/ at .*\.(ts|js):\d+/u);
  });

  it.each(['/', '/timeline', '/charts', '/network', '/map', '/persons', '/search?q=alice', '/health', '/reconcile'])('%s, a view of the report, still answers 200 on other data', async (requestPath) => {
    expect((await fetch(`${service.url}${requestPath}`, { headers: { Accept: 'text/html' } })).status).toBe(200);
  });

  it('/ontology is one more path under the base (the data has no report ontology)', async () => {
    const res = await fetch(`${service.url}/ontology`, { headers: { Accept: 'application/json' } });
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain(`No IRI ${EX}ontology in the served data`);
  });

  it('the service\'s own routes come first: /sparql is the endpoint, not <base>sparql', async () => {
    const res = await fetch(`${service.url}/sparql?query=${encodeURIComponent('ASK { ?s ?p ?o }')}`, { headers: { Accept: 'application/sparql-results+json' } });
    expect(await res.json()).toEqual({ head: {}, boolean: true });
  });
});

describe('the JSON-LD API and the release', () => {
  it.each(['/api/persons', '/api/persons/cao-shunli', '/context.jsonld', '/openapi.json'])('%s → 404 saying it is the bundled report\'s API', async (requestPath) => {
    const res = await fetch(`${service.url}${requestPath}`, { headers: { Accept: 'application/json' } });
    expect(res.status).toBe(404);
    const message = ((await res.json()) as { error: { message: string } }).error.message;
    expect(message).toContain('JSON-LD API of the bundled report');
    expect(message).toContain('/release');
  });

  it('/release lists the dumps, checksums and VoID with their SHA-256', async () => {
    const res = await fetch(`${service.url}/release`, { headers: { Accept: 'application/json' } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { quads: number; files: { path: string; bytes: number; sha256: string }[] };
    expect(body.quads).toBe(9);
    expect(body.files.map((f) => f.path)).toEqual(['data.nq', 'data.trig', 'SHA256SUMS', 'void.ttl']);
    for (const file of body.files) {
      const bytes = Buffer.from(await (await fetch(`${service.url}/release/${file.path}`)).arrayBuffer());
      expect(bytes.length).toBe(file.bytes);
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(file.sha256);
    }
    const sums = await (await fetch(`${service.url}/release/SHA256SUMS`)).text();
    expect(sums).toBe(`${body.files[0]!.sha256}  data.nq\n${body.files[1]!.sha256}  data.trig\n`);
    expect((await fetch(`${service.url}/release`, { headers: { Accept: 'text/html' } })).status).toBe(200);
    expect((await fetch(`${service.url}/release/hrd-reprisals.ttl`)).status).toBe(404);
  });

  it('the dumps hold every quad of every file, named graphs kept', async () => {
    const nq = parse(await (await fetch(`${service.url}/release/data.nq`)).text(), 'N-Quads');
    const trig = parse(await (await fetch(`${service.url}/release/data.trig`)).text(), 'TriG');
    expect(nq).toHaveLength(9);
    expect(lines(trig)).toEqual(lines(nq));
    expect(lines(nq)).toContain(`${EX}e1 ${EX}date 2018-11-01 ${EX}graph/events`);
    expect(lines(nq)).toContain(`${EX}erin ${EX}name Erin`);
  });

  it('void.ttl (and /.well-known/void): counts, graphs, endpoint, and every input file with its SHA-256', async () => {
    const text = await (await fetch(`${service.url}/.well-known/void`)).text();
    const quads = parse(text, 'Turtle');
    const objects = (p: string) => quads.filter((q) => q.predicate.value === p).map((q) => q.object.value);
    expect(objects('http://rdfs.org/ns/void#triples').sort()).toEqual(['1', '1', '1', '9']);
    expect(objects('http://rdfs.org/ns/void#sparqlEndpoint')).toEqual([`${service.url}/sparql`]);
    expect(objects('http://rdfs.org/ns/void#uriSpace')).toEqual([EX]);
    expect(objects('http://www.w3.org/ns/sparql-service-description#name').sort()).toEqual(service.namedGraphs);
    expect(objects('http://purl.org/dc/terms/title').filter((t) => t.includes('.')).sort()).toEqual(['a.ttl', 'b.nt', 'c.nq', 'more/d.trig', 'more/e.rdf', 'more/f.jsonld']);
    const sums = objects('http://spdx.org/rdf/terms#checksumValue');
    for (const file of ['a.ttl', 'b.nt', 'c.nq', 'more/d.trig', 'more/e.rdf', 'more/f.jsonld']) {
      expect(sums).toContain(createHash('sha256').update(readFileSync(path.join(data, file))).digest('hex'));
    }
    expect(text).not.toContain(dir);
  });
});

describe('two services in one process', () => {
  it('each describes only its own data', async () => {
    const x = encodeURIComponent('http://other.example/x');
    const own = await fetch(`${second.url}/resource?iri=${x}`, { headers: { Accept: 'application/n-triples' } });
    expect(own.status).toBe(200);
    expect(await own.text()).toContain('only in the other service');
    expect((await fetch(`${service.url}/resource?iri=${x}`)).status).toBe(404);
    expect((await fetch(`${second.url}/resource?iri=${encodeURIComponent(`${EX}alice`)}`)).status).toBe(404);
  });

  it('without --base only /resource describes: paths are not guessed', async () => {
    expect((await fetch(`${second.url}/x`)).status).toBe(404);
    expect((await fetch(`${second.url}/id/person/cao-shunli`)).status).toBe(404);
  });

  it('reconciliation reads the served data, not the bundled report', async () => {
    const queries = encodeURIComponent(JSON.stringify({ q0: { query: 'Cao Shunli' } }));
    const res = await fetch(`${service.url}/reconcile?queries=${queries}`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { q0: { result: unknown[] } }).q0.result).toEqual([]);
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

  it.each([['example.org/'], ['/data/'], ['urn:x:'], ['https://example.org/?q=1']])('--base %s (not an absolute http(s) IRI ending in a path) → exit 2', (base) => {
    const run = runKg('serve', '--data', data, '--base', base, '--port', '0');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^kg: --base must (be|end)/u);
  });

  it('a port in use: the start fails with EADDRINUSE (nothing left running), the CLI exits 2 saying so', async () => {
    const port = Number(new URL(service.url).port);
    await expect(startUserService({ data: [other], port, engine: { workers: 1 } })).rejects.toMatchObject({ code: 'EADDRINUSE' });
    const run = runKg('serve', '--data', other, '--port', String(port));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`port ${port} is in use`);
  }, 60_000);

  it('BASE_IRI works as --base does, and is checked the same', () => {
    const run = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'kg.js'), 'serve', '--data', data, '--port', '0'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { ...process.env, BASE_IRI: 'not-an-iri' },
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('(from BASE_IRI)');
  });

  it('kg serve --help documents --base, /resource, the release and the API', () => {
    const run = runKg('serve', '--help');
    expect(run.status).toBe(0);
    for (const text of ['--base', '/resource?iri=', 'data.nq', 'void.ttl', '/api/*']) expect(run.stdout).toContain(text);
  });
});
