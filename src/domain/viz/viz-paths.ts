// Links from the views to this server's own pages: an IRI under the data's base (BASE_IRI) is
// served at the same path here (src/domain/entity/entity-path.ts), so /id/act/x describes
// {BASE_IRI}id/act/x on any host and offline. Other IRIs are returned unchanged.
import { BASE_IRI } from '../../config.js';

export function localPath(iri: string): string {
  return iri.startsWith(BASE_IRI) ? `/${iri.slice(BASE_IRI.length)}` : iri;
}

/** The last path segment of an IRI (its slug), for ids and filter values. */
export function slugOf(iri: string): string {
  return iri.slice(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
}
