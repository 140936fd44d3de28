// The JSON-LD API: the published context, framed items, lists with filters and paging, 400s
// that say what to fix, and the OpenAPI description. Expected values come from SPARQL over the
// same files in Oxigraph — an implementation independent of the API's own filtering.
import jsonld from 'jsonld';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passageQuote } from '../../src/domain/entity/entity-page.js';
import { CONTEXT_FILE } from '../../src/domain/jsonld/context.js';
import { REP } from '../../src/vocab.js';
import { startService, type RunningService } from './start-service.js';
import { BASE, bundledGraph, PREFIXES, sparqlValues } from './linked-data-helpers.js';

type Json = Record<string, unknown>;

let service: RunningService;
beforeAll(async () => {
  service = await startService();
}, 60_000);
afterAll(() => service.stop());

const graph = bundledGraph();
const getJson = async (path: string): Promise<{ status: number; type: string | null; body: Json }> => {
  const res = await fetch(service.url + path, { headers: { accept: 'application/json' } });
  return { status: res.status, type: res.headers.get('content-type'), body: (await res.json()) as Json };
};
/** Every item id of a list, following next links. */
async function allIds(path: string): Promise<{ total: number; ids: string[] }> {
  const ids: string[] = [];
  let url: string | undefined = `${path}${path.includes('?') ? '&' : '?'}limit=100`;
  let total = -1;
  while (url) {
    const { status, body } = await getJson(url);
    expect(status).toBe(200);
    total = body['total'] as number;
    ids.push(...(body['items'] as Json[]).map((item) => item['id'] as string));
    url = typeof body['next'] === 'string' ? body['next'].slice(service.url.length) : undefined;
  }
  return { total, ids };
}

const ACT = (where: string) => `${PREFIXES}SELECT DISTINCT ?x WHERE { ?x a rep:ReprisalAct . ${where} }`;
const within = (year1: number, year2: number) =>
  `?x rep:earliestDate ?e . OPTIONAL { ?x rep:latestDate ?l } FILTER(?e <= "${year2}-12-31"^^xsd:date && COALESCE(?l, ?e) >= "${year1}-01-01"^^xsd:date)`;

describe('lists with filters', () => {
  it.each<[string, string]>([
    ['/api/acts', ACT('')],
    ['/api/acts?from=2015&to=2015', ACT(within(2015, 2015))],
    ['/api/acts?from=2017', ACT(within(2017, 2100))],
    ['/api/acts?type=detention', ACT('?x rep:actType/skos:broader* <https://w3id.org/hrd-reprisals/vocab/act-type/detention> .')],
    ['/api/acts?type=deprivation-of-liberty&from=2016&to=2018', ACT(`?x rep:actType/skos:broader* <https://w3id.org/hrd-reprisals/vocab/act-type/deprivation-of-liberty> . ${within(2016, 2018)}`)],
    [
      '/api/acts?charge=subversion-of-state-power',
      ACT('{ ?x rep:charge/skos:broader* <https://w3id.org/hrd-reprisals/vocab/charge/subversion-of-state-power> } UNION { ?x rep:inProceeding/rep:charge/skos:broader* <https://w3id.org/hrd-reprisals/vocab/charge/subversion-of-state-power> }'),
    ],
    ['/api/acts?place=china', ACT(`?x rep:place/schema:containedInPlace* <${BASE}id/place/china> .`)],
    [
      '/api/acts?unBody=cat',
      ACT(`{ ?x rep:inRetaliationFor|rep:preventedEngagement ?g . ?g rep:engagedWith ?t . { FILTER(?t = <${BASE}id/un/cat>) } UNION { ?t ?p <${BASE}id/un/cat> } }
        UNION { ?r rep:concernsAct ?x ; rep:raisedBy <${BASE}id/un/cat> }`),
    ],
    ['/api/persons', `${PREFIXES}SELECT ?x WHERE { ?x a rep:Person }`],
    ['/api/persons?role=lawyer', `${PREFIXES}SELECT ?x WHERE { ?x a rep:Person ; rep:role <https://w3id.org/hrd-reprisals/vocab/role/lawyer> }`],
    [
      '/api/persons?type=detention&from=2015&to=2015',
      `${PREFIXES}SELECT DISTINCT ?x WHERE { ?x a rep:Person . ?act a rep:ReprisalAct ; rep:victim ?x ; rep:actType/skos:broader* <https://w3id.org/hrd-reprisals/vocab/act-type/detention> ; rep:earliestDate ?e . OPTIONAL { ?act rep:latestDate ?l } FILTER(?e <= "2015-12-31"^^xsd:date && COALESCE(?l, ?e) >= "2015-01-01"^^xsd:date) }`,
    ],
    ['/api/organisations?type=NGO', `${PREFIXES}SELECT ?x WHERE { ?x a rep:NGO }`],
    ['/api/un-bodies?type=TreatyBody', `${PREFIXES}SELECT ?x WHERE { ?x a rep:TreatyBody }`],
  ])('%s', async (path, query) => {
    const expected = sparqlValues(query);
    const { total, ids } = await allIds(path);
    expect(total).toBe(expected.length);
    expect([...ids].sort()).toEqual([...new Set(expected)].sort());
  });

  it('filters that select something select a strict subset', async () => {
    const all = (await getJson('/api/acts?limit=1')).body['total'] as number;
    const detention = (await getJson('/api/acts?type=detention&limit=1')).body['total'] as number;
    expect(detention).toBeGreaterThan(0);
    expect(detention).toBeLessThan(all);
  });

  it('orders acts by earliest date, undated last', async () => {
    const { body } = await getJson('/api/acts?limit=100');
    const dates = (body['items'] as Json[]).map((item) => (item['earliest'] as string | undefined) ?? '9999');
    expect(dates).toEqual([...dates].sort());
  });
});

describe('pagination', () => {
  it('pages through acts with total, limit, offset and next/prev links', async () => {
    const total = sparqlValues(ACT('')).length;
    expect(total).toBeGreaterThan(14);
    const first = (await getJson('/api/acts?limit=7')).body;
    expect(first).toMatchObject({ type: 'Collection', total, limit: 7, offset: 0 });
    expect(first['prev']).toBeUndefined();
    expect(first['next']).toBe(`${service.url}/api/acts?limit=7&offset=7`);
    const second = (await getJson('/api/acts?limit=7&offset=7')).body;
    expect(second['prev']).toBe(`${service.url}/api/acts?limit=7&offset=0`);
    const lastOffset = Math.floor((total - 1) / 7) * 7;
    const last = (await getJson(`/api/acts?limit=7&offset=${lastOffset}`)).body;
    expect(last['next']).toBeUndefined();
    expect((last['items'] as Json[]).length).toBe(total - lastOffset);
    const walked: string[] = [];
    for (let offset = 0; offset < total; offset += 7) {
      walked.push(...((await getJson(`/api/acts?limit=7&offset=${offset}`)).body['items'] as Json[]).map((i) => i['id'] as string));
    }
    expect(walked).toEqual((await allIds('/api/acts')).ids);
    const beyond = (await getJson(`/api/acts?offset=${total + 5}`)).body;
    expect(beyond['items']).toEqual([]);
  });

  it('keeps the filters in the links', async () => {
    const { body } = await getJson('/api/acts?type=detention&limit=1');
    expect(body['next']).toBe(`${service.url}/api/acts?type=detention&limit=1&offset=1`);
  });
});

describe('bad values', () => {
  it.each<[string, RegExp]>([
    ['/api/acts?type=beating', /Unknown type "beating"; use one of: .*detention/],
    ['/api/acts?from=20x5', /"from" must be a year/],
    ['/api/acts?from=2018&to=2015', /"from" \(2018\) is after "to" \(2015\)/],
    ['/api/acts?limit=1000', /"limit" must be a whole number from 1 to 100/],
    ['/api/acts?offset=-3', /"offset" must be a whole number/],
    ['/api/acts?charge=jaywalking', /Unknown charge "jaywalking"; use one of: .*subversion-of-state-power/],
    ['/api/acts?place=atlantis', /Unknown place "atlantis"/],
    ['/api/acts?unBody=nato', /Unknown unBody "nato"/],
    ['/api/acts?colour=red', /Unknown parameter "colour" for \/api\/acts; use: type, from, to/],
    ['/api/acts?type=detention&type=arrest', /Give "type" once/],
    ['/api/organisations?type=Person', /use one of: Organisation, NGO, StateOrgan, State/],
    ['/api/persons/.hidden', /not a slug/],
    ['/api/persons/a%2Fb', /not a slug/],
  ])('%s → 400', async (path, message) => {
    const { status, body } = await getJson(path);
    expect(status).toBe(400);
    expect((body['error'] as Json)['message']).toMatch(message);
  });

  it.each(['/api/persons/nobody', '/api/persons/cao-shunli-airport-detention-2013', '/api/un-bodies/chrd', '/api/robots'])('%s → 404', async (path) => {
    expect((await getJson(path)).status).toBe(404);
  });
});

describe('items', () => {
  const airport = `${BASE}id/act/cao-shunli-airport-detention-2013`;

  it('an act is clean nested JSON with short keys', async () => {
    const { status, type, body } = await getJson('/api/acts/cao-shunli-airport-detention-2013');
    expect(status).toBe(200);
    expect(type).toMatch(/^application\/ld\+json/);
    const place = graph.value(airport, `${BASE}ontology#place`)!;
    expect(body).toMatchObject({
      '@context': `${service.url}/context.jsonld`,
      id: airport,
      type: 'ReprisalAct',
      date: 'September 2013',
      earliest: '2013-09-01',
      latest: graph.value(airport, REP.latestDate),
      victim: [{ id: `${BASE}id/person/cao-shunli`, type: 'Person', name: 'Cao Shunli', nameZh: '曹顺利' }],
      place: { id: place, name: graph.label(place) },
      source: [{ id: graph.value(airport, REP.source), selector: { type: 'TextQuoteSelector', quote: passageQuote(graph, graph.value(airport, REP.source)!) } }],
    });
    const types = (body['actType'] as Json[]).map((t) => t['name']).sort();
    expect(types).toEqual(graph.objects(airport, REP.actType).map((t) => graph.label(t)).sort());
  });

  it('a person nests the acts against them, in date order', async () => {
    const { body } = await getJson('/api/persons/cao-shunli');
    const expected = sparqlValues(`${PREFIXES}SELECT ?x WHERE { ?x rep:victim <${BASE}id/person/cao-shunli> ; a rep:ReprisalAct }`);
    const acts = body['victimOf'] as Json[];
    expect(acts.map((a) => a['id']).sort()).toEqual(expected.sort());
    const dates = acts.map((a) => (a['earliest'] as string | undefined) ?? '9999');
    expect(dates).toEqual([...dates].sort());
  });

  it('an organisation nests the acts it carried out', async () => {
    const perpetrators = sparqlValues(`${PREFIXES}SELECT DISTINCT ?x WHERE { ?a rep:perpetrator ?x . ?x a rep:StateOrgan }`);
    const organ = perpetrators.sort()[0]!;
    const { body } = await getJson(`/api/organisations/${organ.split('/').pop()}`);
    const expected = sparqlValues(`${PREFIXES}SELECT ?x WHERE { ?x rep:perpetrator <${organ}> ; a rep:ReprisalAct }`);
    expect((body['perpetratorOf'] as Json[]).map((a) => a['id']).sort()).toEqual(expected.sort());
  });

  it('a UN body is served', async () => {
    const { status, body } = await getJson('/api/un-bodies/cat');
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: `${BASE}id/un/cat`, type: 'TreatyBody', name: graph.label(`${BASE}id/un/cat`) });
  });

  it('is valid JSON-LD under the published context alone', async () => {
    const { body } = await getJson('/api/acts/cao-shunli-airport-detention-2013');
    const contextUrl = `${service.url}/context.jsonld`;
    const documentLoader = async (url: string) => {
      if (url !== contextUrl) throw new Error(`unexpected load of ${url}`);
      return { contextUrl: null, documentUrl: url, document: await (await fetch(url)).json() };
    };
    const expanded = (await jsonld.expand(body as never, { documentLoader } as never)) as unknown as Json[];
    expect(expanded[0]![REP.victim]).toEqual([expect.objectContaining({ '@id': `${BASE}id/person/cao-shunli` })]);
    expect(expanded[0]![REP.earliestDate]).toEqual([{ '@value': '2013-09-01', '@type': 'http://www.w3.org/2001/XMLSchema#date' }]);
  });
});

describe('/context.jsonld', () => {
  it('is the context file, as JSON-LD', async () => {
    const res = await fetch(`${service.url}/context.jsonld`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/ld\+json/);
    expect(await res.json()).toEqual(JSON.parse(readFileSync(CONTEXT_FILE, 'utf8')));
  });

  it('is self-contained: no @import and no remote context', () => {
    const context = JSON.parse(readFileSync(CONTEXT_FILE, 'utf8'))['@context'] as Json;
    expect(typeof context).toBe('object');
    expect(Object.keys(context)).not.toContain('@import');
    for (const value of Object.values(context)) {
      if (value && typeof value === 'object') expect(Object.keys(value)).not.toContain('@context');
    }
  });
});

describe('/openapi.json', () => {
  it('is OpenAPI 3.1 and every documented path answers 200', async () => {
    const { status, body } = await getJson('/openapi.json');
    expect(status).toBe(200);
    expect(body['openapi']).toBe('3.1.0');
    const paths = body['paths'] as Record<string, { get: { parameters?: { name: string; in: string; example?: string }[] } }>;
    expect(Object.keys(paths)).toEqual(expect.arrayContaining(['/api/persons', '/api/acts/{slug}', '/context.jsonld', '/ontology']));
    for (const [template, item] of Object.entries(paths)) {
      let path = template;
      for (const parameter of item.get.parameters ?? []) {
        if (parameter.in === 'path') path = path.replace(`{${parameter.name}}`, parameter.example!);
      }
      const res = await fetch(service.url + path);
      expect(res.status, path).toBe(200);
    }
  });
});
