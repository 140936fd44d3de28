// JSON-LD frames (JSON-LD 1.1 Framing, https://www.w3.org/TR/json-ld11-framing/) for the API's
// resources. Each frame selects the one requested node by @id and embeds what hangs below it;
// with `@embed: @always` every node present in the input is nested where it is referenced, and
// the framing algorithm leaves a back-reference to an ancestor as a plain IRI (§4.1 cycles).
// What is nested is therefore decided by the input graph (see api/resource-graph.ts), not here.
import { CONTEXT_IRI } from './context.js';

export type Frame = Record<string, unknown>;

/**
 * The frame that picks node `iri` and nests everything reachable from it; `reverse` names
 * context terms defined with @reverse (victimOf, perpetratorOf) whose subjects are nested too —
 * framing follows reverse links only where the frame asks for them (§4.4.3).
 */
export function itemFrame(iri: string, reverse: readonly string[] = []): Frame {
  const frame: Frame = { '@context': CONTEXT_IRI, '@id': iri, '@embed': '@always' };
  for (const term of reverse) frame[term] = { '@embed': '@always' };
  return frame;
}

/** Options for jsonld.frame shared by every call; the document loader is added by the caller. */
export const FRAME_OPTIONS = {
  embed: '@always',
  explicit: false,
  omitGraph: true,
  omitDefault: true,
  requireAll: false,
  pruneBlankNodeIdentifiers: true,
  processingMode: 'json-ld-1.1',
} as const;
