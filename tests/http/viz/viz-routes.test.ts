// The visual views over HTTP, on the bundled graph: pages, the 400s a reader's mistake gets
// (each saying what to send), 405 for other methods, and the chart of a reader's query.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ENGINE_CONFIG } from '../../../src/engine/engine-config.js';
import { startService, type RunningService } from '../start-service.js';
import { TEST_BACKEND } from '../../engine/remote/virtuoso-fixture.js';

let service: RunningService;
beforeAll(async () => {
  service = await startService({ files: DEFAULT_ENGINE_CONFIG.files, namedGraphFiles: [], workers: 1 });
}, 60_000);
afterAll(() => service?.stop());

const get = (path: string) => fetch(service.url + path, { headers: { accept: 'text/html' } });

describe('visual views over HTTP', () => {
  it.each([
    ['/timeline', 'Timeline of reprisals', 'tl-row'],
    ['/timeline?type=detention&from=2015&to=2018&place=china&unBody=&status=ongoing', 'Timeline of reprisals', 'tl-row'],
    ['/network?kind=defender,state-organ&edge=victim-of-act-by', 'Network', 'class="node"'],
    ['/map', 'Map', 'map-svg'],
    ['/charts', 'Charts', 'chart-data'],
  ])('GET %s is a page with its drawing', async (path, title, marker) => {
    const res = await get(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const body = await res.text();
    expect(body).toContain(`<h1>${title}`);
    expect(body).toContain(marker);
  }, 30_000);

  it('the ongoing filter keeps only ongoing acts, each marked ongoing', async () => {
    const body = await (await get('/timeline?status=ongoing')).text();
    const rows = body.split('<li class="tl-row').length - 1;
    expect(rows).toBeGreaterThan(0);
    expect(body.split('<strong>ongoing</strong>').length - 1).toBe(rows);
  });

  it.each([
    ['/timeline?perpetrator=nobody', 400, 'Unknown perpetrator "nobody"'],
    ['/timeline?status=lost', 400, 'Unknown status "lost"'],
    ['/timeline?from=2019&to=2010', 400, '"from" (2019) is after "to" (2010)'],
    ['/timeline?colour=red', 400, 'Unknown parameter "colour"'],
    ['/network?kind=robot', 400, 'Unknown kind "robot"'],
    ['/network?depth=2', 400, 'Unknown parameter "depth" for /network'],
    ['/charts?query=ASK%20%7B%7D', 400, 'A chart needs a SELECT query; this is ASK'],
    // In front of a remote store the query is parsed by sparqljs, which words the error its own way
    // (README, "Scaling out": store-forced differences); both name the line.
    ['/charts?query=SELEC', 400, TEST_BACKEND ? 'line 1' : 'Syntax error at line 1, column 6'],
    ['/charts?limit=3', 400, 'Unknown parameter "limit"'],
    ['/charts/fragment', 400, 'Give query='],
  ])('GET %s → %i saying what to send', async (path, status, message) => {
    const res = await get(path);
    expect(res.status).toBe(status);
    expect(await res.text()).toContain(message.replace(/"/g, '&#34;'));
  });

  it.each(['/timeline', '/network', '/map', '/charts'])('POST %s → 405 with Allow', async (path) => {
    const res = await fetch(service.url + path, { method: 'POST' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toContain('GET');
  });

  it('PUT /charts/fragment → 405 allowing GET and POST', async () => {
    const res = await fetch(`${service.url}/charts/fragment`, { method: 'PUT' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toContain('POST');
  });

  it('POST /charts/fragment charts SPARQL results JSON row for row, and refuses what it cannot read', async () => {
    const post = (body: string, type = 'application/sparql-results+json') =>
      fetch(`${service.url}/charts/fragment`, { method: 'POST', headers: { 'content-type': type, accept: 'text/html' }, body });
    const int = (n: number) => ({ type: 'literal', datatype: 'http://www.w3.org/2001/XMLSchema#integer', value: String(n) });
    const results = {
      head: { vars: ['body', 'name', 'cases'] },
      results: {
        bindings: [
          { body: { type: 'uri', value: 'https://w3id.org/hrd-reprisals/id/un/secretary-general' }, name: { type: 'literal', value: 'Secretary-General', 'xml:lang': 'en' }, cases: int(5) },
          { body: { type: 'uri', value: 'https://w3id.org/hrd-reprisals/id/un/special-procedures' }, name: { type: 'literal', value: 'Special procedures' }, cases: int(2) },
        ],
      },
    };
    const ok = await post(JSON.stringify(results));
    expect(ok.status).toBe(200);
    const body = await ok.text();
    expect(body).toContain('<tr><td><a href="/id/un/secretary-general">Secretary-General</a></td><td class="num">5</td></tr>');
    expect(body).toContain('<tr><td><a href="/id/un/special-procedures">Special procedures</a></td><td class="num">2</td></tr>');
    expect((await post('{"head":{}}')).status).toBe(400);
    expect((await post('{"head":')).status).toBe(400);
    expect((await post('x', 'text/plain')).status).toBe(415);
    expect((await post(JSON.stringify({ ...results, pad: 'x'.repeat(70_000) }))).status).toBe(413);
  });

  it("charts a reader's aggregate SELECT, and says why another result is not chartable", async () => {
    const query = 'PREFIX rep: <https://w3id.org/hrd-reprisals/ontology#> SELECT ?status (COUNT(?a) AS ?n) WHERE { ?a a rep:ReprisalAct ; rep:actStatus ?status } GROUP BY ?status ORDER BY ?status';
    const body = await (await get(`/charts/fragment?query=${encodeURIComponent(query)}`)).text();
    expect(body).toContain('<table class="chart-data">');
    expect(body).toContain('<a href="/vocab/status/ongoing">/vocab/status/ongoing</a>');
    const plain = await (await get(`/charts/fragment?query=${encodeURIComponent('SELECT ?s WHERE { ?s ?p ?o } LIMIT 2')}`)).text();
    expect(plain).toContain('A chart needs exactly one numeric column');
  });
});
