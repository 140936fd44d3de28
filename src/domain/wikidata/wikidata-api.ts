// A small client of the Wikidata Action API (https://www.wikidata.org/w/api.php): wbgetentities
// by site and title (an article's item, through its sitelink) and wbsearchentities (items whose
// label or alias matches a name, in one language). The base URL is configurable so tests point
// it at a local server answering in the same documented JSON formats. Cost: one HTTP request
// per call; Wikimedia asks clients for a descriptive User-Agent (API:Etiquette).
export const DEFAULT_WIKIDATA_API = 'https://www.wikidata.org/w/api.php';
const USER_AGENT = 'hrd-reprisals-kg/0.1 (kg wikidata resolve; curator tool)';
const NETWORK_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ECONNRESET', 'ENETUNREACH', 'EHOSTUNREACH', 'ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_SOCKET']);

/** Wikidata cannot be reached (no network, DNS failure, refused connection, timeout). */
export class WikidataUnreachableError extends Error {
  override readonly name = 'WikidataUnreachableError';
}

/** Wikidata answered, but not with what the API documents (HTTP error, API error, bad JSON). */
export class WikidataResponseError extends Error {
  override readonly name = 'WikidataResponseError';
}

export interface WikidataItem {
  readonly id: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly descriptions: Readonly<Record<string, string>>;
  readonly enwikiTitle?: string;
}

export interface SearchHit {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  /** What matched: `label` or `alias`, in which language, which text (wbsearchentities `match`). */
  readonly match: { readonly type: string; readonly language: string; readonly text: string };
}

type Json = Record<string, unknown>;

export class WikidataApi {
  constructor(
    readonly baseUrl: string = DEFAULT_WIKIDATA_API,
    private readonly timeoutMs = 30_000,
  ) {}

  /** The item whose enwiki sitelink is `title` (underscores or spaces), or undefined when none. */
  async itemForArticle(title: string): Promise<WikidataItem | undefined> {
    const body = await this.get({
      action: 'wbgetentities', sites: 'enwiki', titles: title.replace(/_/gu, ' '), props: 'labels|descriptions|sitelinks',
      languages: 'en|zh', sitefilter: 'enwiki', redirects: 'yes', format: 'json',
    });
    const entities = (body.entities ?? {}) as Record<string, Json>;
    const found = Object.values(entities).filter((e) => typeof e.id === 'string' && !('missing' in e));
    if (found.length > 1) throw new WikidataResponseError(`wbgetentities returned ${found.length} items for one title`);
    const entity = found[0];
    if (!entity) return undefined;
    const sitelinks = (entity.sitelinks ?? {}) as Record<string, { title?: string }>;
    return {
      id: String(entity.id),
      labels: values(entity.labels),
      descriptions: values(entity.descriptions),
      ...(sitelinks.enwiki?.title ? { enwikiTitle: sitelinks.enwiki.title } : {}),
    };
  }

  /** Items whose label or alias in `language` matches `text` (at most `limit`). */
  async search(text: string, language: string, limit = 7): Promise<SearchHit[]> {
    const body = await this.get({
      action: 'wbsearchentities', search: text, language, uselang: language, type: 'item', limit: String(limit), format: 'json',
    });
    const hits = Array.isArray(body.search) ? (body.search as Json[]) : [];
    return hits
      .filter((h) => typeof h.id === 'string')
      .map((h) => {
        const match = (h.match ?? {}) as Json;
        return {
          id: String(h.id),
          label: typeof h.label === 'string' ? h.label : '',
          description: typeof h.description === 'string' ? h.description : '',
          match: { type: String(match.type ?? ''), language: String(match.language ?? ''), text: String(match.text ?? '') },
        };
      });
  }

  private async get(params: Record<string, string>): Promise<Json> {
    const url = `${this.baseUrl}?${new URLSearchParams(params)}`;
    let response: Response;
    try {
      response = await fetch(url, { headers: { 'User-Agent': USER_AGENT, Accept: 'application/json' }, signal: AbortSignal.timeout(this.timeoutMs) });
    } catch (error) {
      throw new WikidataUnreachableError(`cannot reach the Wikidata API at ${this.baseUrl} (${networkReason(error)})`);
    }
    if (!response.ok) throw new WikidataResponseError(`the Wikidata API answered HTTP ${response.status} for ${params.action}`);
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new WikidataResponseError(`the Wikidata API answered ${params.action} with something that is not JSON`);
    }
    if (!body || typeof body !== 'object') throw new WikidataResponseError(`unexpected ${params.action} response`);
    const apiError = (body as Json).error as Json | undefined;
    if (apiError) throw new WikidataResponseError(`the Wikidata API refused ${params.action}: ${String(apiError.code)} — ${String(apiError.info)}`);
    return body as Json;
  }
}

function values(map: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [lang, v] of Object.entries((map ?? {}) as Record<string, { value?: unknown }>)) {
    if (typeof v?.value === 'string') out[lang] = v.value;
  }
  return out;
}

function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } })?.cause;
  const code = typeof cause?.code === 'string' ? cause.code : undefined;
  if ((error as { name?: string })?.name === 'TimeoutError') return 'timed out';
  if (code && NETWORK_CODES.has(code)) return code === 'ENOTFOUND' || code === 'EAI_AGAIN' ? `${code}: no DNS, is there a network?` : code;
  return code ?? (error instanceof Error ? error.message : String(error));
}
