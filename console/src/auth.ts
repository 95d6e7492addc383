/**
 * Sign-in. Locally: the tenant's API key (printed by `npm start`), kept for this tab (or this browser, if asked).
 * On AWS: Cognito's hosted sign-in with the authorization-code flow and PKCE (no client secret in a browser); the
 * ID token (it carries the custom:tenantId claim the API reads) is sent as a bearer token and refreshed before it
 * expires. config.json, deployed beside the console, says which.
 */

export interface CognitoConfig {
  /** `https://<prefix>.auth.<region>.amazoncognito.com` */
  readonly domain: string;
  readonly clientId: string;
}

export type ConsoleConfig =
  | { readonly mode: 'local'; readonly apiUrl: string }
  | { readonly mode: 'aws'; readonly apiUrl: string; readonly cognito: CognitoConfig };

export interface Session {
  /** Who is signed in, for the header (never the key itself). */
  readonly label: string;
  headers(): Promise<Record<string, string>>;
  signOut(): void;
}

const KEY_ITEM = 'dynaris.apiKey';
const TOKENS_ITEM = 'dynaris.tokens';
const PKCE_ITEM = 'dynaris.pkce';

export const loadConfig = async (fetcher: typeof fetch = fetch): Promise<ConsoleConfig> => {
  const res = await fetcher('./config.json', { cache: 'no-store' });
  if (!res.ok) throw new Error(`config.json answered ${res.status}`);
  const raw = (await res.json()) as Partial<{
    mode: string;
    apiUrl: string;
    cognito: Partial<CognitoConfig>;
  }>;
  const apiUrl = (raw.apiUrl ?? '').replace(/(?<!\/)\/+$/, '');
  if (raw.mode === 'aws') {
    if (!raw.cognito?.domain || !raw.cognito.clientId || !apiUrl)
      throw new Error('config.json: mode "aws" needs apiUrl, cognito.domain and cognito.clientId');
    return { mode: 'aws', apiUrl, cognito: { domain: raw.cognito.domain, clientId: raw.cognito.clientId } };
  }
  return { mode: 'local', apiUrl };
};

/** The last characters of a secret, enough to recognise it: `…k3Xq`. Never the whole value. */
export const maskSecret = (secret: string): string =>
  secret.length <= 8 ? '••••' : `••••${secret.slice(-4)}`;

// ------------------------------------------------------------------------------------------------ API key

export const keySession = (storage: { local: Storage; session: Storage }): Session | undefined => {
  const key = storage.session.getItem(KEY_ITEM) ?? storage.local.getItem(KEY_ITEM);
  if (!key) return undefined;
  return {
    label: `API key ${maskSecret(key)}`,
    headers: async () => ({ 'x-api-key': key }),
    signOut() {
      storage.session.removeItem(KEY_ITEM);
      storage.local.removeItem(KEY_ITEM);
    },
  };
};

export const rememberKey = (
  storage: { local: Storage; session: Storage },
  key: string,
  acrossSessions: boolean,
): void => {
  storage.session.removeItem(KEY_ITEM);
  storage.local.removeItem(KEY_ITEM);
  (acrossSessions ? storage.local : storage.session).setItem(KEY_ITEM, key.trim());
};

// ------------------------------------------------------------------------------------------------ Cognito

export const base64Url = (bytes: Uint8Array): string => {
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  return btoa(text)
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/(?<!=)=+$/, '');
};

/** RFC 7636 S256: BASE64URL(SHA256(ASCII(verifier))). */
export const pkceChallenge = async (verifier: string): Promise<string> =>
  base64Url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));

const randomToken = (): string => base64Url(crypto.getRandomValues(new Uint8Array(32)));

/** The page Cognito sends the user back to: this console, without query or fragment. */
export const redirectUri = (location: Location): string => `${location.origin}${location.pathname}`;

export const authorizeUrl = async (
  config: CognitoConfig,
  redirect: string,
  storage: Storage,
): Promise<string> => {
  const verifier = randomToken();
  const state = randomToken();
  storage.setItem(PKCE_ITEM, JSON.stringify({ verifier, state }));
  const params = new URLSearchParams({
    response_type: 'code',
    client_id: config.clientId,
    redirect_uri: redirect,
    scope: 'openid email profile',
    state,
    code_challenge_method: 'S256',
    code_challenge: await pkceChallenge(verifier),
  });
  return `${config.domain}/oauth2/authorize?${params}`;
};

interface Tokens {
  readonly idToken: string;
  readonly refreshToken?: string;
  /** ms since epoch */
  readonly expiresAt: number;
}

const tokenRequest = async (config: CognitoConfig, body: Record<string, string>): Promise<Tokens> => {
  const res = await fetch(`${config.domain}/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: config.clientId, ...body }).toString(),
  });
  if (!res.ok) throw new Error(`Sign-in failed: the token endpoint answered ${res.status}`);
  const json = (await res.json()) as { id_token?: string; refresh_token?: string; expires_in?: number };
  if (!json.id_token) throw new Error('Sign-in failed: no ID token in the answer');
  return {
    idToken: json.id_token,
    ...(json.refresh_token ? { refreshToken: json.refresh_token } : {}),
    expiresAt: Date.now() + (json.expires_in ?? 3600) * 1000,
  };
};

/** After the redirect back: trades `?code=` for tokens (state checked), then removes the code from the address. */
export const completeSignIn = async (config: CognitoConfig, location: Location, storage: Storage) => {
  const params = new URLSearchParams(location.search);
  const code = params.get('code');
  if (!code) return;
  const pending = JSON.parse(storage.getItem(PKCE_ITEM) ?? '{}') as { verifier?: string; state?: string };
  storage.removeItem(PKCE_ITEM);
  history.replaceState(null, '', `${location.pathname}${location.hash}`);
  if (!pending.verifier || pending.state !== params.get('state'))
    throw new Error('Sign-in failed: the answer does not belong to this sign-in; try again');
  const tokens = await tokenRequest(config, {
    grant_type: 'authorization_code',
    code,
    redirect_uri: redirectUri(location),
    code_verifier: pending.verifier,
  });
  storage.setItem(TOKENS_ITEM, JSON.stringify(tokens));
};

const claims = (jwt: string): Record<string, unknown> => {
  try {
    const part = (jwt.split('.')[1] ?? '').replace(/-/g, '+').replace(/_/g, '/');
    return JSON.parse(atob(part)) as Record<string, unknown>;
  } catch {
    return {};
  }
};

export const cognitoSession = (config: CognitoConfig, storage: Storage, location: Location) => {
  const stored = storage.getItem(TOKENS_ITEM);
  if (!stored) return undefined;
  let tokens = JSON.parse(stored) as Tokens;
  const who = claims(tokens.idToken);
  const session: Session = {
    label: String(who.email ?? who['cognito:username'] ?? 'signed in'),
    async headers() {
      if (tokens.expiresAt - 60_000 < Date.now()) {
        if (!tokens.refreshToken) throw new Error('The session expired: sign in again');
        const fresh = await tokenRequest(config, {
          grant_type: 'refresh_token',
          refresh_token: tokens.refreshToken,
        });
        tokens = { ...fresh, refreshToken: fresh.refreshToken ?? tokens.refreshToken };
        storage.setItem(TOKENS_ITEM, JSON.stringify(tokens));
      }
      return { authorization: `Bearer ${tokens.idToken}` };
    },
    signOut() {
      storage.removeItem(TOKENS_ITEM);
      const params = new URLSearchParams({ client_id: config.clientId, logout_uri: redirectUri(location) });
      location.assign(`${config.domain}/logout?${params}`);
    },
  };
  return session;
};
