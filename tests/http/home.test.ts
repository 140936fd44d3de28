// The query page: YASGUI from the npm package (no CDN), the competency queries of queries/ as
// examples, and links to the API, the ontology documentation and the data.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUERIES_DIR } from '../../src/config.js';
import { readExampleQueries } from '../../src/http/home/example-queries.js';
import { YASGUI_DIR } from '../../src/http/home/home-routes.js';
import { startService, type RunningService } from './start-service.js';
import { rawRequest } from './linked-data-helpers.js';

let service: RunningService;
let page: string;
beforeAll(async () => {
  service = await startService();
  page = await (await fetch(`${service.url}/`)).text();
}, 60_000);
afterAll(() => service.stop());

describe('GET /', () => {
  it('offers every competency query of queries/ with its title', () => {
    const files = readExampleQueries(QUERIES_DIR);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const title = /^#\s*title:\s*(.+)$/m.exec(readFileSync(path.join(QUERIES_DIR, `${file.id}.rq`), 'utf8'))![1]!.trim();
      expect(page).toContain(`data-example="${file.id}"`);
      expect(page).toContain(`href="/?example=${file.id}&amp;run"`);
      expect(page).toContain(`>${escape(title)}</a>`);
    }
    expect(page).toContain(`Example queries (${files.length})`);
  });

  it('carries the queries as inert JSON that no value can close', () => {
    const json = /<script type="application\/json" id="example-data">([\s\S]*?)<\/script>/.exec(page)![1]!;
    expect(json).not.toContain('<');
    const examples = JSON.parse(json) as { id: string; query: string }[];
    const files = readExampleQueries(QUERIES_DIR);
    expect(examples.map((e) => e.query)).toEqual(files.map((f) => f.query));
  });

  it('loads YASGUI from this server only (after the page, by home.js), and links the API, ontology and data', async () => {
    // Not in the page itself: home.js adds the script and stylesheet after the load event.
    expect(page).not.toContain('yasgui.min.js');
    const script = await (await fetch(`${service.url}/assets/home.js`)).text();
    expect(script).toContain("script.src = '/assets/yasgui/yasgui.min.js'");
    expect(script).toContain("css.href = '/assets/yasgui/yasgui.min.css'");
    const external = [...page.matchAll(/(?:src|href)="(https?:[^"]*)"/g)].map((m) => m[1]);
    expect(external).toEqual([]);
    expect(page).toContain('action="/search"');
    for (const href of ['/api/persons', '/api/acts', '/api/organisations', '/api/un-bodies', '/openapi.json', '/context.jsonld', '/ontology', '/persons', '/acts', '/vocab/act-type']) {
      expect(page).toContain(`href="${href}"`);
    }
  });
});

describe('GET / without JavaScript', () => {
  const form = () => /<form class="query-form" id="query-form" action="\/sparql" method="get">([\s\S]*?)<\/form>/.exec(page)![1]!;

  it('holds a labelled query form with the first example, a result format and "show in the browser"', () => {
    const first = readExampleQueries(QUERIES_DIR)[0]!;
    expect(form()).toContain('<label for="query-text">');
    const text = /<textarea id="query-text" name="query"[^>]*>([\s\S]*?)<\/textarea>/.exec(form())![1]!;
    // (The HTML parser drops the newline right after <textarea>.)
    expect(unescapeHtml(text)).toBe(`\n${first.query}`);
    expect(form()).toMatch(/<select id="query-format" name="format"><option value="json">/);
    expect(form()).toContain('<input type="checkbox" name="view" value="text" checked>');
  });

  it('opens with the ?example= query', async () => {
    const example = readExampleQueries(QUERIES_DIR).find((e) => e.id === 'sentences')!;
    const other = await (await fetch(`${service.url}/?example=sentences&run`)).text();
    const text = /<textarea id="query-text" name="query"[^>]*>([\s\S]*?)<\/textarea>/.exec(other)![1]!;
    expect(unescapeHtml(text)).toBe(`\n${example.query}`);
    expect(other).toContain(`(example: ${escape(example.title)})`);
    // An unknown example falls back to the first, never an error.
    expect((await fetch(`${service.url}/?example=nope`)).status).toBe(200);
  });

  it('submits to the SPARQL endpoint, whose answer the browser shows as text', async () => {
    // (The HTTP tests' engine serves the fixture graph tests/fixtures/engine/tiny.ttl.)
    const query = 'SELECT ?name WHERE { <http://example.org/alice> <http://www.w3.org/2000/01/rdf-schema#label> ?name } ORDER BY ?name';
    const browserAccept = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';
    const params = new URLSearchParams({ query, format: 'csv', view: 'text' });
    const res = await fetch(`${service.url}/sparql?${params.toString()}`, { headers: { Accept: browserAccept } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect((await res.text()).split('\r\n')).toEqual(['name', 'Alice', '爱丽丝', '']);
    // Every format the form offers answers a SELECT.
    for (const format of ['json', 'csv', 'tsv', 'xml']) {
      const answer = await fetch(`${service.url}/sparql?${new URLSearchParams({ query, format }).toString()}`, { headers: { Accept: browserAccept } });
      expect(answer.status, format).toBe(200);
      expect(await answer.text(), format).toContain('爱丽丝');
    }
  });
});

describe('assets', () => {
  it.each([
    ['/assets/yasgui/yasgui.min.js', 'yasgui.min.js', /javascript/],
    ['/assets/yasgui/yasgui.min.css', 'yasgui.min.css', /text\/css/],
  ])('%s is the package file', async (url, file, type) => {
    const res = await fetch(service.url + url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(type);
    expect(await res.text()).toBe(readFileSync(path.join(YASGUI_DIR, file), 'utf8'));
  });

  it('serves the page script', async () => {
    const res = await fetch(`${service.url}/assets/home.js`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("new URL('/sparql', window.location.href)");
  });

  it.each(['/assets/../package.json', '/assets/yasgui/../../package.json', '/assets/%2e%2e/package.json', '/assets/yasgui/..%2f..%2fpackage.json'])(
    '%s does not escape the asset folders',
    async (url) => {
      const res = await rawRequest(service.url, url);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(res.body).not.toContain('"name": "hrd-reprisals-kg"');
    },
  );

  it('other methods on / → 405', async () => {
    const res = await rawRequest(service.url, '/', { method: 'DELETE' });
    expect(res.status).toBe(405);
  });
});

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function unescapeHtml(text: string): string {
  return text.replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code)));
}
