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

  it('loads YASGUI from this server only, and links the API, ontology and data', () => {
    expect(page).toContain('<script src="/assets/yasgui/yasgui.min.js" defer></script>');
    expect(page).toContain('<link rel="stylesheet" href="/assets/yasgui/yasgui.min.css">');
    const external = [...page.matchAll(/(?:src|href)="(https?:[^"]*)"/g)].map((m) => m[1]);
    expect(external).toEqual([]);
    expect(page).toContain('action="/search"');
    for (const href of ['/api/persons', '/api/acts', '/api/organisations', '/api/un-bodies', '/openapi.json', '/context.jsonld', '/ontology', '/persons', '/acts', '/vocab/act-type']) {
      expect(page).toContain(`href="${href}"`);
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
