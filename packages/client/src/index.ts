import createClient, { type Client, type ClientOptions, type Middleware } from 'openapi-fetch';
import type { components, operations, paths } from './schema';

/**
 * The Dynaris API client: every path, parameter, body and answer typed from the API's OpenAPI document
 * (`GET /openapi.json`, generated into ./schema.ts by `npm run generate`). Calls return `{ data, error, response }`:
 * `data` on success, `error` with the API's error body otherwise; nothing throws on an HTTP status.
 *
 *   const api = createDynarisClient({ baseUrl: 'http://localhost:3000', apiKey: process.env.DYNARIS_API_KEY });
 *   const { data, error } = await api.GET('/workflows/{id}', { params: { path: { id } } });
 */

export type { components, operations, paths };
export type DynarisClient = Client<paths>;
export type Schemas = components['schemas'];
/** The one error shape of every 4xx/5xx answer. */
export type ApiError = Schemas['Error'];

export interface DynarisClientOptions extends Omit<ClientOptions, 'baseUrl'> {
  /** `http://localhost:3000` locally; the stack's ApiUrl or MachineApiUrl output on AWS. */
  readonly baseUrl: string;
  /** Per-tenant API key (`x-api-key`), for machine clients. */
  readonly apiKey?: string;
  /** A Cognito ID token (`Authorization: Bearer …`), for people signed in to the console. */
  readonly token?: string | (() => string | undefined | Promise<string | undefined>);
}

const authentication = (options: DynarisClientOptions): Middleware => ({
  async onRequest({ request }) {
    if (options.apiKey) request.headers.set('x-api-key', options.apiKey);
    const token = typeof options.token === 'function' ? await options.token() : options.token;
    if (token) request.headers.set('authorization', `Bearer ${token}`);
    return request;
  },
});

export const createDynarisClient = (options: DynarisClientOptions): DynarisClient => {
  const { apiKey: _apiKey, token: _token, ...rest } = options;
  const client = createClient<paths>(rest);
  if (options.apiKey || options.token) client.use(authentication(options));
  return client;
};
