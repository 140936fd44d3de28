// The project's JSON-LD context (context.jsonld beside this file): short keys for a plain JSON
// consumer — name/nameZh (rdfs:label @en/@zh), type, actType, victim, perpetrator, date (as
// printed), earliest/latest (xsd:date), source, quote (oa:exact)... — with @vocab the ontology,
// so every other rep: term compacts to its local name. The file is the single source: the
// service publishes it at /context.jsonld and the export reuses it as is.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BASE_IRI } from '../../config.js';

/** Path of the context file, for the export. */
export const CONTEXT_FILE = fileURLToPath(new URL('./context.jsonld', import.meta.url));

/** The context's published IRI; on a local run it is served at /context.jsonld. */
export const CONTEXT_IRI = `${BASE_IRI}context.jsonld`;

export type ContextDefinition = Record<string, unknown>;

let cached: { readonly '@context': ContextDefinition } | undefined;

/** The context document (`{"@context": {...}}`), parsed once. Callers must not mutate it. */
export function contextDocument(): { readonly '@context': ContextDefinition } {
  cached ??= JSON.parse(readFileSync(CONTEXT_FILE, 'utf8')) as { '@context': ContextDefinition };
  return cached;
}

/** The context's term definitions (the value of its `@context`). */
export function contextDefinition(): ContextDefinition {
  return contextDocument()['@context'];
}
