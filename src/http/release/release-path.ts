// The file a /release/... request names, checked before any lookup: only plain relative paths
// of `[A-Za-z0-9._-]` segments, no `.`/`..` segments, no percent-encoding, backslashes or empty
// segments — anything else is a client's mistake (400), so no request can name a file outside the
// release, whatever the release store is. Release file names never need escaping.
import { BadRequestError } from '../errors.js';

const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/u;
const PREFIX = '/release/';

/** The release-relative path of the request, e.g. `tables/acts.csv`; `''` for the index. */
export function releasePath(originalUrl: string): string {
  const raw = originalUrl.split('?')[0] ?? '';
  if (!raw.startsWith(PREFIX)) return '';
  const rest = raw.slice(PREFIX.length);
  if (rest === '') return '';
  if (rest.length > 256) throw new BadRequestError('Release file path too long.', undefined, undefined, 'bad_path');
  const segments = rest.split('/');
  for (const segment of segments) {
    if (!SEGMENT.test(segment) || segment === '.' || segment === '..') {
      throw new BadRequestError(
        `Not a release file path: "${rest.slice(0, 80)}". Paths are plain names like tables/acts.csv; see /release/ for the list.`,
        undefined,
        undefined,
        'bad_path',
      );
    }
  }
  return rest;
}
