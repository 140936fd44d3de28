// Evaluation of If-None-Match (RFC 9110 §13.1.2) against the entity tag of the selected
// representation. Pure: no request, no I/O. The field is a list of entity tags (§8.8.3:
// `"opaque"` or `W/"opaque"`) or `*`; it matches with the *weak* comparison function (§8.8.3.2:
// two tags match when their opaque parts are equal, whether either is weak or not). Members that
// are not entity tags are ignored, so a malformed field never matches.

const ENTITY_TAG = /^(?:W\/)?("[\x21\x23-\x7e\x80-\xff]*")$/u;

/** The opaque-tags (quoted) of a field value, in order; `*` when the field is the wildcard. */
export function parseIfNoneMatch(field: string): readonly string[] | '*' {
  if (field.trim() === '*') return '*';
  const tags: string[] = [];
  for (const member of field.split(',')) {
    const match = ENTITY_TAG.exec(member.trim());
    if (match) tags.push(match[1]!);
  }
  return tags;
}

/**
 * True when the condition of If-None-Match is *false* for a representation tagged `etag` — i.e.
 * the client already holds it: GET/HEAD answer 304, other methods 412 (§13.1.2). `field`
 * undefined (no header) never matches. `etag` is a strong or weak tag as sent in ETag.
 */
export function ifNoneMatchMatches(field: string | undefined, etag: string): boolean {
  if (field === undefined) return false;
  const tags = parseIfNoneMatch(field);
  if (tags === '*') return true;
  const opaque = ENTITY_TAG.exec(etag)?.[1];
  return opaque !== undefined && tags.includes(opaque);
}
