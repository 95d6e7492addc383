import { useState } from 'preact/hooks';
import { ApiError, createApiClient } from '../api';
import { authorizeUrl, type ConsoleConfig, redirectUri, rememberKey } from '../auth';

/** Sign-in: the API key locally; Cognito's hosted sign-in on AWS. */
export const SignIn = ({
  config,
  expired,
  onSignedIn,
}: {
  config: ConsoleConfig;
  expired: boolean;
  onSignedIn: () => void;
}) => {
  const [key, setKey] = useState('');
  const [remember, setRemember] = useState(false);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError('');
    const candidate = key.trim();
    try {
      const probe = createApiClient({
        baseUrl: config.apiUrl,
        credentials: async () => ({ 'x-api-key': candidate }),
      });
      await probe.whoAmI();
      rememberKey({ local: localStorage, session: sessionStorage }, candidate, remember);
      setKey('');
      onSignedIn();
    } catch (err) {
      setError(
        err instanceof ApiError && err.status === 401
          ? 'That API key was not accepted. Use the key `npm start` printed (or DYNARIS_API_KEY).'
          : `Sign-in failed: ${(err as Error).message}`,
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <main class="sign-in" id="main">
      <h1>Dynaris console</h1>
      {expired ? (
        <p class="notice" role="status">
          Your session ended. Please sign in again.
        </p>
      ) : null}
      {config.mode === 'aws' ? (
        <>
          <p>Sign in with your Dynaris account.</p>
          <button
            type="button"
            class="primary"
            onClick={async () =>
              location.assign(await authorizeUrl(config.cognito, redirectUri(location), sessionStorage))
            }
          >
            Sign in
          </button>
        </>
      ) : (
        <form onSubmit={submit}>
          <p>
            Local runtime: sign in with the tenant's API key. <code>npm start</code> prints it (set{' '}
            <code>DYNARIS_API_KEY</code> to choose it).
          </p>
          <label for="api-key">API key</label>
          <input
            id="api-key"
            type="password"
            autocomplete="off"
            required
            value={key}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'sign-in-error' : undefined}
            onInput={(e) => setKey((e.target as HTMLInputElement).value)}
          />
          <label class="check">
            <input
              type="checkbox"
              checked={remember}
              onChange={(e) => setRemember((e.target as HTMLInputElement).checked)}
            />{' '}
            Keep me signed in on this browser
          </label>
          {error ? (
            <p class="error-text" id="sign-in-error" role="alert">
              {error}
            </p>
          ) : null}
          <button type="submit" class="primary" disabled={busy || !key.trim()}>
            {busy ? 'Checking…' : 'Sign in'}
          </button>
        </form>
      )}
    </main>
  );
};
