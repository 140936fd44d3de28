// The JSON-LD API's resources: framed items of each kind and filtered, paged lists of them.
// Items are framed once and cached (the graph does not change while the service runs), so a
// list page costs one filter pass over index lookups plus cache hits.
import { BASE_IRI } from '../../config.js';
import type { EntityGraph } from '../entity/entity-graph.js';
import { frameItem, type JsonObject } from '../jsonld/frame-resource.js';
import { listItems } from './list-items.js';
import type { ListQuery } from './list-query.js';
import { isOfKind, resourceQuads, type ResourceKind } from './resource-graph.js';

/** The IRI path segment of each kind's items: /api/persons/{slug} is id/person/{slug}. */
export const KIND_IRI_SEGMENT: Readonly<Record<ResourceKind, string>> = {
  persons: 'person',
  acts: 'act',
  organisations: 'organisation',
  'un-bodies': 'un',
};

/** Acts pointing at an item, nested under these reverse terms of the context. */
const REVERSE_TERMS: Readonly<Record<ResourceKind, readonly string[]>> = {
  persons: ['victimOf'],
  acts: [],
  organisations: ['victimOf', 'perpetratorOf'],
  'un-bodies': [],
};

export interface ListPage {
  readonly total: number;
  readonly items: readonly JsonObject[];
}

export class ApiCatalog {
  private readonly cache = new Map<string, Promise<JsonObject | undefined>>();

  constructor(readonly graph: EntityGraph) {}

  /** The IRI an item slug stands for (the slug is checked by the caller's route pattern). */
  static iriOf(kind: ResourceKind, slug: string): string {
    return `${BASE_IRI}id/${KIND_IRI_SEGMENT[kind]}/${slug}`;
  }

  /** The framed item, or undefined when the IRI is not an item of this kind. */
  item(kind: ResourceKind, iri: string): Promise<JsonObject | undefined> {
    if (!isOfKind(this.graph, iri, kind)) return Promise.resolve(undefined);
    const key = `${kind} ${iri}`;
    let framed = this.cache.get(key);
    if (!framed) {
      framed = frameItem(resourceQuads(this.graph, iri, kind), iri, REVERSE_TERMS[kind]).then(tidy);
      this.cache.set(key, framed);
    }
    return framed;
  }

  async list(query: ListQuery): Promise<ListPage> {
    const all = listItems(this.graph, query);
    const page = all.slice(query.offset, query.offset + query.limit);
    const items = await Promise.all(page.map((iri) => this.item(query.kind, iri)));
    return { total: all.length, items: items.filter((item): item is JsonObject => item !== undefined) };
  }
}

/**
 * Final touches for a plain JSON reader: blank-node ids dropped (they name nothing), and nested
 * acts (victimOf, perpetratorOf) in date order, undated last.
 */
function tidy(item: JsonObject | undefined): JsonObject | undefined {
  return item === undefined ? undefined : (clean(item) as JsonObject);
}

function clean(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clean);
  if (value === null || typeof value !== 'object') return value;
  const out: JsonObject = {};
  for (const [key, inner] of Object.entries(value as JsonObject)) {
    if (key === 'id' && typeof inner === 'string' && inner.startsWith('_:')) continue;
    const cleaned = clean(inner);
    out[key] = (key === 'victimOf' || key === 'perpetratorOf') && Array.isArray(cleaned) ? byDate(cleaned) : cleaned;
  }
  return out;
}

function byDate(acts: unknown[]): unknown[] {
  const key = (act: unknown) => {
    const earliest = (act as JsonObject | null)?.['earliest'];
    return typeof earliest === 'string' ? earliest : '9999';
  };
  const id = (act: unknown) => String((act as JsonObject | null)?.['id'] ?? act);
  return [...acts].sort((a, b) => key(a).localeCompare(key(b)) || id(a).localeCompare(id(b)));
}
