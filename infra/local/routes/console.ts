import type { HttpEvent, HttpResult } from '../../../functions/shared/http';
import { createConsoleAssets } from '../console-assets';
import type { LocalRoute } from './index';

/** The paths the console's build can answer: its page, its config, its favicon and its hashed assets. */
const CONSOLE_PATHS = ['/', '/index.html', '/config.json', '/favicon.svg', '/assets/*'] as const;

/**
 * `GET|HEAD /`, `/index.html`, `/config.json`, `/favicon.svg`, `/assets/*`: the built web console (console/dist).
 * A path here the build has no file for (`/assets/nope.js`, a climbing path) goes on to `otherwise` (the API), so
 * it is answered exactly as if the console were not there.
 */
export const consoleRoutes = (deps: {
  /** @default console/dist */
  readonly dir?: string | undefined;
  readonly otherwise: (event: HttpEvent) => Promise<HttpResult>;
}): LocalRoute[] => {
  const assets = createConsoleAssets(deps.dir ? { dir: deps.dir } : {});
  const handle = async (event: HttpEvent): Promise<HttpResult> =>
    (await assets(event)) ?? deps.otherwise(event);
  return CONSOLE_PATHS.flatMap((path) => [
    { method: 'GET', path, handle },
    { method: 'HEAD', path, handle },
  ]);
};
