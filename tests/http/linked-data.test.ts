// Entity IRIs resolve on this server (BASE_IRI mapped to its origin), with content negotiation,
// Vary: Accept, 404 for unknown IRIs and 4xx for path tricks; the ontology serves its docs.
import { Parser } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passageQuote } from '../../src/domain/entity/entity-page.js';
import { NS, REP } from '../../src/vocab.js';
import { startService, type RunningService } from './start-service.js';
import { BASE, bundledGraph, rawRequest } from './linked-data-helpers.js';

let service: RunningService;
beforeAll(async () => {
  service = await startService();
}, 60_000);
afterAll(() => service.stop());

const CAO = `${BASE}id/person/cao-shunli`;
const CAO_PATH = '/id/person/cao-shunli';
const graph = bundledGraph();
const caoActs = graph.actsAbout(CAO);
const caoQuote = passageQuote(graph, graph.value(CAO, REP.source)!)!;

const get = (path: string, accept?: string) =>
  fetch(service.url + path, { headers: accept === undefined ? {} : { accept } });

describe('entity negotiation', () => {
  it.each([
    [CAO_PATH, 'text/html', 'text/html'],
    [CAO_PATH, 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', 'text/html'],
    [CAO_PATH, undefined, 'text/turtle'],
    [CAO_PATH, '*/*', 'text/turtle'],
    [CAO_PATH, 'text/turtle', 'text/turtle'],
    [CAO_PATH, 'application/n-triples', 'application/n-triples'],
    [CAO_PATH, 'application/ld+json', 'application/ld+json'],
    [CAO_PATH, 'application/rdf+xml', 'application/rdf+xml'],
    [CAO_PATH, 'text/html;q=0.5, text/turtle;q=0.9', 'text/turtle'],
    [CAO_PATH, 'text/turtle;q=0, */*', 'text/html'],
    [`${CAO_PATH}?format=nt`, 'text/html', 'application/n-triples'],
    [`${CAO_PATH}?format=jsonld`, undefined, 'application/ld+json'],
    [`${CAO_PATH}?format=rdf`, undefined, 'application/rdf+xml'],
    [`${CAO_PATH}?format=html`, 'text/turtle', 'text/html'],
  ])('%s with Accept %s → %s', async (path, accept, type) => {
    const res = await get(path, accept);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(new RegExp(`^${type.replace('+', '\\+')}`));
    expect(res.headers.get('vary')).toMatch(/Accept/);
  });

  it.each([
    ['image/png', 406],
    ['text/turtle;q=0, text/html;q=0, application/*;q=0', 406],
  ])('Accept %s → %i', async (accept, status) => {
    const res = await get(CAO_PATH, accept);
    expect(res.status).toBe(status);
  });
});

describe('entity representations', () => {
  it('HTML: names in English and Chinese, types, statements, the quoted source and related acts', async () => {
    const body = await (await get(CAO_PATH, 'text/html')).text();
    expect(body).toContain('<h1>Cao Shunli<span class="zh" lang="zh-Hans">曹顺利</span></h1>');
    expect(body).toContain('href="/ontology#Person"');
    expect(body).toContain('href="/vocab/role/activist"');
    expect(body).toContain(`<blockquote>${escape(caoQuote)}`);
    expect(caoActs.length).toBeGreaterThan(3);
    for (const act of caoActs) expect(body).toContain(`href="${act.slice(BASE.length - 1)}"`);
    expect(body).toContain('Police detain Cao Shunli at Beijing Capital International Airport on her way to Geneva');
    expect(body).toContain('September 2013');
    // IRIs of the base are local links; no link leaves for w3id.org.
    expect(body).not.toMatch(/href="https:\/\/w3id\.org/);
  });

  it('Turtle: the entity, its acts with their triples, and the cited passages', async () => {
    const quads = new Parser().parse(await (await get(CAO_PATH, 'text/turtle')).text());
    const has = (s: string, p: string, o: string) => quads.some((q) => q.subject.value === s && q.predicate.value === p && q.object.value === o);
    expect(has(CAO, NS.rdfs('label'), '曹顺利')).toBe(true);
    expect(has(CAO, NS.rdf('type'), REP.Person)).toBe(true);
    for (const act of caoActs) expect(quads.some((q) => q.subject.value === act)).toBe(true);
    const airport = `${BASE}id/act/cao-shunli-airport-detention-2013`;
    expect(has(airport, REP.victim, CAO)).toBe(true);
    expect(has(airport, REP.earliestDate, '2013-09-01')).toBe(true);
    expect(quads.some((q) => q.predicate.value === 'http://www.w3.org/ns/oa#exact' && q.object.value === caoQuote)).toBe(true);
  });

  it('N-Triples and Turtle hold the same triples', async () => {
    const nt = new Parser({ format: 'N-Triples' }).parse(await (await get(CAO_PATH, 'application/n-triples')).text());
    const ttl = new Parser().parse(await (await get(CAO_PATH, 'text/turtle')).text());
    expect(nt.length).toBe(ttl.length);
  });

  it('JSON-LD: short keys from the published context, local @context URL', async () => {
    const doc = (await (await get(CAO_PATH, 'application/ld+json')).json()) as { '@context': string; '@graph': Record<string, unknown>[] };
    expect(doc['@context']).toBe(`${service.url}/context.jsonld`);
    const cao = doc['@graph'].find((node) => node['id'] === CAO)!;
    expect(cao).toMatchObject({ type: 'Person', name: 'Cao Shunli', nameZh: '曹顺利' });
    expect(doc['@graph'].filter((node) => node['type'] === 'ReprisalAct').length).toBe(caoActs.length);
  });

  it('RDF/XML: the entity as an rdf:about node', async () => {
    const body = await (await get(CAO_PATH, 'application/rdf+xml')).text();
    expect(body).toContain(`rdf:about="${CAO}"`);
    expect(body).toContain('曹顺利');
  });

  it('a vocabulary concept lists the acts typed with it', async () => {
    const concept = NS.acttype('detention');
    const acts = graph.subjects(REP.actType, concept).map((t) => t.value);
    expect(acts.length).toBeGreaterThan(0);
    const body = await (await get('/vocab/act-type/detention', 'text/html')).text();
    expect(body).toContain('<h1>detention</h1>');
    expect(body).toContain(`Acts (${graph.actsAbout(concept).length})`);
    for (const act of acts) expect(body).toContain(`href="${act.slice(BASE.length - 1)}"`);
  });

  it('every entity IRI of the data resolves', async () => {
    const iris = new Set<string>();
    for (const q of graph.store.getQuads(null, null, null, null)) {
      for (const t of [q.subject, q.object]) {
        if (t.termType === 'NamedNode' && /^https:\/\/w3id\.org\/hrd-reprisals\/(id|vocab)\/[^#]+$/.test(t.value)) iris.add(t.value);
      }
    }
    expect(iris.size).toBeGreaterThan(300);
    const failures: string[] = [];
    for (const iri of iris) {
      const res = await rawRequest(service.url, `/${iri.slice(BASE.length)}`, { headers: { accept: 'text/turtle' } });
      if (res.status !== 200) failures.push(`${res.status} ${iri}`);
    }
    expect(failures).toEqual([]);
  }, 60_000);
});

describe('unknown IRIs and path tricks', () => {
  it.each(['/id/person/nobody', '/vocab/act-type/nothing', '/id/act/cao-shunli'])('%s → 404 with a clear message', async (path) => {
    const res = await get(path, 'application/json');
    expect(res.status).toBe(404);
    const body = (await res.json()) as { error: { message: string } };
    expect(body.error.message).toContain(`No entity ${BASE}${path.slice(1)} in the graph`);
  });

  it.each([
    ['/id/../package.json', 400],
    ['/id/person/../../package.json', 400],
    ['/id/person/./cao-shunli', 400],
    ['/id//person/cao-shunli', 400],
    ['/id/person%252Fcao-shunli', 400],
    ['/id/person%2F..%2Fperson%2Fcao-shunli', 400],
    ['/id/person/%2E%2E/%2e%2e/package.json', 400],
    ['/id/person%2F%2Fcao-shunli', 400],
    ['/id/person%2Fcao-shunli%ZZ', 400],
    ['/id/person/cao-shunli%2F..%2F..', 400],
    ['/id/person/%2e%2e', 400],
    ['/vocab/..%2f..%2fpackage.json', 400],
    ['/id/person/cao-shunli%00', 400],
    ['/id/person/cao"shunli', 400],
    [`/id/person/${'a'.repeat(600)}`, 414],
  ])('%s → %i', async (path, status) => {
    const res = await rawRequest(service.url, path, { headers: { accept: 'text/plain' } });
    expect(res.status).toBe(status);
    expect(res.body).not.toContain('"name": "hrd-reprisals-kg"');
  });

  // Reconciliation API 0.2 clients percent-encode the id they put in the view template.
  it.each([
    ['/id/person%2Fcao-shunli', '/id/person/cao-shunli'],
    ['/id/person%2fcao-shunli?format=ttl', '/id/person/cao-shunli?format=ttl'],
    ['/vocab/act-type%2Fdetention', '/vocab/act-type/detention'],
  ])('encoded slashes: %s → 303 to %s, which answers 200', async (path, location) => {
    const res = await rawRequest(service.url, path, { headers: { accept: 'text/turtle' } });
    expect(res.status).toBe(303);
    expect(res.headers['location']).toBe(location);
    const target = await rawRequest(service.url, location, { headers: { accept: 'text/turtle' } });
    expect(target.status).toBe(200);
    expect(target.body).toContain(location.split('?')[0]!.split('/').pop());
  });

  it('another method → 405 with Allow', async () => {
    const res = await rawRequest(service.url, CAO_PATH, { method: 'POST' });
    expect(res.status).toBe(405);
    expect(res.headers['allow']).toBe('GET, HEAD, OPTIONS');
  });
});

describe('the ontology', () => {
  const classes = graph.instancesOf(NS.owl('Class')).filter((c) => c.startsWith(NS.rep.iri));
  const properties = [NS.owl('ObjectProperty'), NS.owl('DatatypeProperty')]
    .flatMap((t) => graph.instancesOf(t))
    .filter((p) => p.startsWith(NS.rep.iri));

  it('HTML documents every class and property with label, comment, domain and range', async () => {
    const res = await get('/ontology', 'text/html');
    expect(res.headers.get('vary')).toMatch(/Accept/);
    const body = await res.text();
    expect(classes.length).toBeGreaterThan(30);
    for (const cls of classes) {
      const local = cls.slice(NS.rep.iri.length);
      expect(body, local).toContain(`<section class="term" id="${local}">`);
      expect(body, local).toContain(`<h3>${escape(graph.label(cls)!)} <code>rep:${local}</code></h3>`);
      expect(body, local).toContain(escape(graph.value(cls, NS.rdfs('comment'))!));
    }
    for (const property of new Set(properties)) {
      expect(body).toContain(`id="${property.slice(NS.rep.iri.length)}"`);
    }
    // rep:victim: domain ReprisalAct, range Agent.
    const victim = body.slice(body.indexOf('id="victim"'));
    expect(victim.slice(0, victim.indexOf('</section>'))).toMatch(/Domain<\/dt><dd><a href="\/ontology#ReprisalAct"[^>]*>reprisal act<\/a><\/dd>\n<dt>Range<\/dt><dd><a href="\/ontology#Agent"/);
    // rep:Person: super-classes include Agent.
    const person = body.slice(body.indexOf('id="Person"'));
    expect(person.slice(0, person.indexOf('</section>'))).toContain('href="/ontology#Agent"');
  });

  it('Turtle holds every class and property', async () => {
    const quads = new Parser().parse(await (await get('/ontology', 'text/turtle')).text());
    const typed = new Set(quads.filter((q) => q.predicate.value === NS.rdf('type')).map((q) => q.subject.value));
    for (const term of [...classes, ...properties]) expect(typed.has(term), term).toBe(true);
    expect(typed.has(`${BASE}ontology`)).toBe(true);
  });
});

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
