import { describe, expect, it } from 'vitest';
import { DigestSigner, parseDigestChallenge } from '../../../src/engine/remote/digest-auth.js';

describe('HTTP Digest (RFC 2617 §3.5 example)', () => {
  it('parses the challenge and computes the example response', () => {
    const challenge = parseDigestChallenge(
      'Digest realm="testrealm@host.com", qop="auth,auth-int", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", opaque="5ccc069c403ebaf9f0171e9517f40e41"',
    );
    expect(challenge).toMatchObject({ realm: 'testrealm@host.com', nonce: 'dcd98b7102dd2f0e8b11d0f600bfb0c093', algorithm: 'MD5' });
    const header = new DigestSigner(challenge!, 'Mufasa', 'Circle Of Life', () => '0a4f113b').authorization('GET', '/dir/index.html');
    expect(header).toContain('response="6629fae49393a05397450978507c4ef1"');
    expect(header).toContain('nc=00000001');
    expect(header).toContain('opaque="5ccc069c403ebaf9f0171e9517f40e41"');
  });

  it('is not fooled by a Basic challenge', () => {
    expect(parseDigestChallenge('Basic realm="x"')).toBeUndefined();
  });
});
