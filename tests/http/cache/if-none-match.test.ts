// If-None-Match evaluation (RFC 9110 §13.1.2) with the weak comparison of §8.8.3.2, as a table.
import { describe, expect, it } from 'vitest';
import { ifNoneMatchMatches, parseIfNoneMatch } from '../../../src/http/cache/if-none-match.js';

const TAG = '"abc123"';

describe('ifNoneMatchMatches', () => {
  it.each([
    [undefined, false, 'no header'],
    ['"abc123"', true, 'the same strong tag'],
    ['W/"abc123"', true, 'weak comparison: a weak copy of the tag matches'],
    ['"other", "abc123"', true, 'a list holding the tag'],
    ['"other",W/"abc123" ,"x"', true, 'a list without spaces, weak member'],
    ['"other"', false, 'a different tag'],
    ['"ABC123"', false, 'opaque tags are case-sensitive'],
    ['abc123', false, 'an unquoted value is not an entity tag'],
    ['*', true, 'the wildcard: any current representation'],
    [' * ', true, 'the wildcard with spaces'],
    ['"abc123', false, 'an unterminated tag'],
    ['', false, 'an empty field'],
    ['w/"abc123"', false, 'the weak prefix is case-sensitive ("W/")'],
  ] as [string | undefined, boolean, string][])('%s → %s (%s)', (field, expected) => {
    expect(ifNoneMatchMatches(field, TAG)).toBe(expected);
  });

  it('a weak ETag of ours matches its strong spelling too', () => {
    expect(ifNoneMatchMatches('"abc123"', 'W/"abc123"')).toBe(true);
  });

  it('parses lists into opaque tags in order and skips malformed members', () => {
    expect(parseIfNoneMatch('"a", W/"b", junk, "c"')).toEqual(['"a"', '"b"', '"c"']);
    expect(parseIfNoneMatch('*')).toBe('*');
  });
});
