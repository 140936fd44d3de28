// Test helper: a local stand-in for the Wikidata Action API, answering wbgetentities and
// wbsearchentities in their documented JSON formats (https://www.wikidata.org/w/api.php?action=help)
// with made-up items Q999999001… that can never reach the project's data (accept refuses them there).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

interface FakeItem {
  readonly id: string;
  readonly en: string;
  readonly zh?: string;
  readonly description: string;
  readonly enwiki?: string;
}

export const ITEMS: readonly FakeItem[] = [
  { id: 'Q999999001', en: 'Cao Shunli', zh: '曹顺利', description: 'Chinese human rights activist (1961–2014)', enwiki: 'Cao Shunli' },
  { id: 'Q999999002', en: 'Wang Yu', zh: '王宇', description: 'Chinese human rights lawyer', enwiki: 'Wang Yu (lawyer)' },
  { id: 'Q999999003', en: 'Committee against Torture', description: 'UN treaty body', enwiki: 'Committee against Torture' },
  { id: 'Q999999010', en: 'Zhen Jianghua', zh: '甄江华', description: 'Chinese human rights activist' },
  { id: 'Q999999011', en: 'Li Wenzu', zh: '李文足', description: 'Chinese activist' },
  { id: 'Q999999012', en: 'Li Wenzu', description: 'fictional badminton player' },
];

/** Titles that redirect (Wikipedia normalises the casing seen on a mirror). */
const REDIRECTS: Readonly<Record<string, string>> = { 'Committee Against Torture': 'Committee against Torture' };

function entityJson(item: FakeItem): Record<string, unknown> {
  const labels: Record<string, unknown> = { en: { language: 'en', value: item.en } };
  if (item.zh) labels.zh = { language: 'zh', value: item.zh };
  return {
    type: 'item',
    id: item.id,
    labels,
    descriptions: { en: { language: 'en', value: item.description } },
    sitelinks: item.enwiki ? { enwiki: { site: 'enwiki', title: item.enwiki, badges: [] } } : {},
  };
}

function answer(params: URLSearchParams): unknown {
  const action = params.get('action');
  if (action === 'wbgetentities') {
    if (params.get('sites') !== 'enwiki' || !params.get('titles')) return { error: { code: 'param-missing', info: 'sites and titles are required' } };
    const title = params.get('titles') ?? '';
    const resolved = REDIRECTS[title] ?? title;
    const item = ITEMS.find((i) => i.enwiki === resolved);
    return item
      ? { entities: { [item.id]: entityJson(item) }, success: 1 }
      : { entities: { '-1': { site: 'enwiki', title, missing: '' } }, success: 1 };
  }
  if (action === 'wbsearchentities') {
    const search = params.get('search') ?? '';
    const language = params.get('language') ?? 'en';
    const hits = ITEMS.filter((i) => (language === 'zh' ? i.zh : i.en) === search).map((i) => ({
      id: i.id, title: i.id, pageid: Number(i.id.slice(1)), concepturi: `http://www.wikidata.org/entity/${i.id}`,
      repository: 'wikidata', url: `//www.wikidata.org/wiki/${i.id}`,
      display: { label: { value: i.en, language: 'en' }, description: { value: i.description, language: 'en' } },
      label: i.en, description: i.description, match: { type: 'label', language, text: search },
    }));
    return { searchinfo: { search }, search: hits, success: 1 };
  }
  return { error: { code: 'badvalue', info: `Unrecognized value for parameter "action": ${action}` } };
}

export interface FakeWikidata {
  readonly api: string;
  readonly requests: URLSearchParams[];
  stop(): Promise<void>;
}

/** `broken`: answer every request with an HTML 500 page instead of JSON. */
export async function startFakeWikidata(broken = false): Promise<FakeWikidata> {
  const requests: URLSearchParams[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push(url.searchParams);
    if (broken || url.pathname !== '/w/api.php') {
      res.writeHead(500, { 'Content-Type': 'text/html' }).end('<h1>Internal error</h1>');
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify(answer(url.searchParams)));
  });
  server.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    api: `http://127.0.0.1:${port}/w/api.php`,
    requests,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A loopback port nothing listens on (connection refused): "no network" without waiting. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
