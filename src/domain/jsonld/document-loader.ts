// The only document loader the service gives jsonld.js. It serves the project's own context from
// memory and refuses every other URL, so no JSON-LD operation can make the server fetch
// anything (a client-supplied or data-borne remote context included): issue 3, point 4.
import { CONTEXT_IRI, contextDocument } from './context.js';

export interface RemoteDocument {
  readonly contextUrl: null;
  readonly documentUrl: string;
  readonly document: unknown;
}

/** Thrown for any URL other than the project's context. */
export class RemoteContextRefusedError extends Error {
  override readonly name = 'RemoteContextRefusedError';
  constructor(readonly url: string) {
    super(`Refusing to load ${url}: only the local context ${CONTEXT_IRI} is available.`);
  }
}

/** A jsonld.js `documentLoader`: local context only, no network, no file system beyond it. */
export async function localDocumentLoader(url: string): Promise<RemoteDocument> {
  if (url === CONTEXT_IRI) return { contextUrl: null, documentUrl: url, document: contextDocument() };
  throw new RemoteContextRefusedError(url);
}
