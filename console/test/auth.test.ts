import { describe, expect, it } from 'vitest';
import { authorizeUrl, base64Url, keySession, maskSecret, pkceChallenge, rememberKey } from '../src/auth';

class MemoryStorage {
  readonly #items = new Map<string, string>();
  get length() {
    return this.#items.size;
  }
  clear() {
    this.#items.clear();
  }
  getItem(key: string) {
    return this.#items.get(key) ?? null;
  }
  key(i: number) {
    return [...this.#items.keys()][i] ?? null;
  }
  removeItem(key: string) {
    this.#items.delete(key);
  }
  setItem(key: string, value: string) {
    this.#items.set(key, value);
  }
}
const storage = () => ({ local: new MemoryStorage() as Storage, session: new MemoryStorage() as Storage });

describe('console sign-in', () => {
  it('GIVEN a verifier WHEN its S256 challenge is computed THEN it is the unpadded base64url SHA-256 of its ASCII', async () => {
    // SHA-256("abc") is the FIPS 180-2 example: ba7816bf 8f01cfea … f20015ad.
    expect(await pkceChallenge('abc')).toBe('ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0');
    expect(base64Url(new Uint8Array([251, 255, 191]))).toBe('-_-_');
  });

  it('GIVEN a Cognito domain WHEN the sign-in address is built THEN it asks for a code with PKCE and keeps the verifier for the return', async () => {
    const session = new MemoryStorage() as Storage;
    const url = new URL(
      await authorizeUrl(
        { domain: 'https://acme.auth.eu-west-1.amazoncognito.com', clientId: 'client123' },
        'https://console.example.com/',
        session,
      ),
    );
    expect(url.origin + url.pathname).toBe('https://acme.auth.eu-west-1.amazoncognito.com/oauth2/authorize');
    const p = url.searchParams;
    expect(Object.fromEntries([...p].filter(([k]) => k !== 'state' && k !== 'code_challenge'))).toEqual({
      response_type: 'code',
      client_id: 'client123',
      redirect_uri: 'https://console.example.com/',
      scope: 'openid email profile',
      code_challenge_method: 'S256',
    });
    const kept = JSON.parse(session.getItem('dynaris.pkce') ?? '{}') as { verifier: string; state: string };
    expect(kept.state).toBe(p.get('state'));
    expect(await pkceChallenge(kept.verifier)).toBe(p.get('code_challenge'));
  });

  it('GIVEN an API key WHEN remembered for the tab THEN requests carry it, the label shows only its end, and signing out forgets it', async () => {
    const s = storage();
    rememberKey(s, '  dyn_local_abcdefghijklmnopqrstuvwxyz  ', false);
    const session = keySession(s);
    expect(await session?.headers()).toEqual({ 'x-api-key': 'dyn_local_abcdefghijklmnopqrstuvwxyz' });
    expect(session?.label).toBe('API key ••••wxyz');
    expect(session?.label).not.toContain('abcdefghij');
    expect(s.local.length).toBe(0);
    session?.signOut();
    expect(keySession(s)).toBeUndefined();
  });

  it('GIVEN any secret WHEN masked THEN at most its last four characters show', () => {
    expect(maskSecret('short')).toBe('••••');
    expect(maskSecret('whsec_0123456789')).toBe('••••6789');
  });
});
