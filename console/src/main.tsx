import { render } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { createApiClient } from './api';
import { App } from './app';
import {
  type ConsoleConfig,
  cognitoSession,
  completeSignIn,
  keySession,
  loadConfig,
  type Session,
} from './auth';
import { ApiContext } from './context';
import { SignIn } from './views/sign-in';
import './styles/base.css';
import './styles/parts.css';
import './styles/editor-diagram.css';
import './styles/phone.css';

const storage = () => ({ local: localStorage, session: sessionStorage });

const currentSession = (config: ConsoleConfig): Session | undefined =>
  config.mode === 'aws' ? cognitoSession(config.cognito, sessionStorage, location) : keySession(storage());

const Root = ({ config }: { config: ConsoleConfig }) => {
  const [session, setSession] = useState(() => currentSession(config));
  const [expired, setExpired] = useState(false);
  const api = useMemo(
    () =>
      session
        ? createApiClient({
            baseUrl: config.apiUrl,
            credentials: () => session.headers(),
            onUnauthorized: () => {
              session.signOut();
              setExpired(true);
              setSession(undefined);
            },
          })
        : undefined,
    [session, config],
  );
  if (!session || !api) {
    return (
      <SignIn
        config={config}
        expired={expired}
        onSignedIn={() => {
          setExpired(false);
          setSession(currentSession(config));
        }}
      />
    );
  }
  return (
    <ApiContext.Provider value={api}>
      <App
        who={session.label}
        onSignOut={() => {
          session.signOut();
          setSession(undefined);
        }}
      />
    </ApiContext.Provider>
  );
};

const start = async () => {
  const root = document.getElementById('app') as HTMLElement;
  try {
    const config = await loadConfig();
    if (config.mode === 'aws') await completeSignIn(config.cognito, location, sessionStorage);
    root.textContent = '';
    render(<Root config={config} />, root);
  } catch (error) {
    root.innerHTML = '';
    const p = document.createElement('p');
    p.className = 'notice error';
    p.setAttribute('role', 'alert');
    p.textContent = `The console could not start: ${(error as Error).message}`;
    root.append(p);
  }
};

void start();
