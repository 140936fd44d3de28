// `npx tsx tests/browser/readme-screenshots.ts`: the README's pictures of the views of this
// helper (docs/screenshots/*.png): each page's first screen at 1100×720, through the browser
// harness (real service, bundled data). Run after a visual change; the files are committed.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, SKIP_MESSAGE, startBrowserHarness } from './browser-harness.js';

const OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'screenshots');
const SHOTS: readonly (readonly [string, string])[] = [
  ['/?example=acts-per-perpetrator&run', 'query-page'],
  ['/persons', 'persons'],
  ['/acts?type=deprivation-of-liberty', 'acts-filtered'],
  ['/organisations?sort=perpetrated&dir=desc', 'organisations'],
  ['/un', 'un'],
  ['/events', 'events'],
  ['/documents', 'documents'],
  ['/places', 'places'],
  ['/search?q=wang+yu', 'search'],
  ['/search?q=airport+detained', 'search-acts'],
  ['/id/person/cao-shunli', 'person'],
  ['/id/act/cao-shunli-airport-detention-2013', 'act'],
  ['/id/passage/4180-4292', 'passage'],
  ['/release', 'release'],
];

async function main(): Promise<void> {
  if (!CHROMIUM) throw new Error(SKIP_MESSAGE);
  const harness = await startBrowserHarness();
  try {
    for (const [url, name] of SHOTS) {
      const { page } = await harness.open(url, { width: 1100, height: 720 });
      if (name === 'query-page') {
        await page.locator('.hrd-results table').waitFor();
        await page.evaluate(() => window.scrollTo(0, 0));
      }
      await page.screenshot({ path: path.join(OUT, `${name}.png`) });
      await page.close();
    }
    // The query page as it first renders (and without JavaScript): the plain form.
    {
      const { page } = await harness.open('/?example=acts-per-perpetrator', { width: 1100, height: 720 });
      await page.route('**/assets/yasgui/**', (route) => route.abort('blockedbyclient'));
      await page.reload({ waitUntil: 'load' });
      await page.locator('#query-form').scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(OUT, 'query-form.png') });
      await page.close();
    }
    // The search box suggesting as you type, on a phone.
    const { page } = await harness.open('/persons', { width: 390, height: 640 });
    await page.getByRole('combobox', { name: /search names/i }).fill('王');
    await page.locator('#site-search-options [role=option]').first().waitFor();
    await page.screenshot({ path: path.join(OUT, 'suggestions-phone.png') });
    await page.close();
  } finally {
    await harness.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
