// The site search finds acts by the words of their label, types and quoted passage, with a typo
// forgiven, and ranks them under the names a query matches (people and places first).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService, type RunningService } from './start-service.js';

let service: RunningService;
beforeAll(async () => {
  service = await startService();
}, 60_000);
afterAll(() => service.stop());

interface Hit {
  label: string;
  type: string;
  href: string;
  score: number;
}
const search = async (q: string, limit = 20) =>
  ((await (await fetch(`${service.url}/search?format=json&limit=${limit}&q=${encodeURIComponent(q)}`)).json()) as { results: Hit[] }).results;

describe('search: acts', () => {
  it('finds an act by words of its label', async () => {
    const hits = await search('airport Geneva');
    expect(hits[0]).toMatchObject({
      type: 'act',
      href: '/id/act/cao-shunli-airport-detention-2013',
      label: 'Police detain Cao Shunli at Beijing Capital International Airport on her way to Geneva',
    });
  });

  it('finds acts by the report’s words and a typo ("detension")', async () => {
    const hits = await search('detension');
    expect(hits.length).toBeGreaterThan(3);
    expect(hits.every((h) => h.type === 'act')).toBe(true);
    expect(hits.map((h) => h.href)).toContain('/id/act/cao-shunli-airport-detention-2013');
  });

  it('lists a person first, then the acts naming them', async () => {
    const hits = await search('Wang Yu');
    expect(hits[0]).toMatchObject({ type: 'person', label: 'Wang Yu' });
    const acts = hits.filter((h) => h.type === 'act');
    expect(acts.length).toBeGreaterThan(0);
    expect(acts.every((a) => /Wang Yu\b/.test(a.label))).toBe(true);
    expect(Math.max(...acts.map((a) => a.score))).toBeLessThan(hits[0]!.score);
  });

  it('needs every word: words no act has give no act', async () => {
    expect((await search('airport zebra')).filter((h) => h.type === 'act')).toEqual([]);
    // Stop words and one-letter words alone are not a query for acts.
    expect((await search('the of a')).filter((h) => h.type === 'act')).toEqual([]);
  });

  it('shows acts on the HTML results page with their kind', async () => {
    const html = await (await fetch(`${service.url}/search?q=airport+detained`, { headers: { Accept: 'text/html' } })).text();
    expect(html).toContain('<a href="/id/act/cao-shunli-airport-detention-2013">Police detain Cao Shunli at Beijing Capital International Airport on her way to Geneva</a>');
    expect(html).toContain('<span class="badge">act</span>');
  });
});
