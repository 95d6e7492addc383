import { describe, expect, it } from 'vitest';
import { API_ROUTES, createApi, openApiDocument } from '../../functions/api/app';
import { ErrorBody } from '../../functions/shared/http';
import { buildApiEvent } from '../../infra/local/http-server';
import { fakeApiDeps } from '../support/api-fakes';

type Media = { example?: unknown };
type Operation = {
  operationId: string;
  parameters?: { name: string; in: string; example?: unknown }[];
  requestBody?: { content: Record<string, Media> };
  responses: Record<string, { content?: Record<string, Media> }>;
};
const doc = openApiDocument() as { paths: Record<string, Record<string, Operation>>; servers: unknown[] };
const operation = (method: string, path: string): Operation =>
  doc.paths[path]?.[method.toLowerCase()] as Operation;

/** Every route as a test case: its examples are checked against the same zod schemas the router uses. */
const cases = API_ROUTES.map((route) => [route.operationId, route] as const);

describe('examples in the OpenAPI document', () => {
  it.each(cases)(
    'GIVEN %s WHEN documented THEN each response with a body has an example its schema accepts',
    (_id, route) => {
      const op = operation(route.method, route.path);
      for (const [status, spec] of Object.entries(route.docs ? route.docs.responses : {})) {
        if (!spec.schema) continue;
        const example = op.responses[status]?.content?.['application/json']?.example;
        expect(example, `${route.operationId} ${status} has no example`).toBeDefined();
        const parsed = spec.schema().safeParse(example);
        expect(parsed.error?.issues ?? [], `${route.operationId} ${status}`).toStrictEqual([]);
      }
    },
  );

  it.each(cases.filter(([, r]) => r.body))(
    'GIVEN %s WHEN documented THEN its request body has an example the route accepts',
    (_id, route) => {
      const example = operation(route.method, route.path).requestBody?.content['application/json']?.example;
      expect(example).toBeDefined();
      expect(route.body?.safeParse(example).error?.issues ?? []).toStrictEqual([]);
    },
  );

  it.each(cases.filter(([, r]) => r.params))(
    'GIVEN %s WHEN documented THEN every path parameter has an example its schema accepts',
    (_id, route) => {
      const params = operation(route.method, route.path).parameters?.filter((p) => p.in === 'path') ?? [];
      expect(params.length).toBeGreaterThan(0);
      const values = Object.fromEntries(params.map((p) => [p.name, p.example]));
      for (const p of params) expect(p.example, `${route.operationId} {${p.name}}`).toBeDefined();
      expect(route.params?.safeParse(values).error?.issues ?? []).toStrictEqual([]);
    },
  );

  it('GIVEN every error response WHEN documented THEN it carries an example of the one error shape', () => {
    const errors = Object.values(doc.paths)
      .flatMap((item) => Object.values(item))
      .flatMap((op) => Object.entries(op.responses).filter(([status]) => Number(status) >= 400))
      .map(([, response]) => response.content?.['application/json']?.example);
    expect(errors.length).toBeGreaterThan(100);
    for (const example of errors) expect(ErrorBody.safeParse(example).success).toBe(true);
  });

  it('GIVEN the document WHEN read THEN servers name the local runtime and a deployed API, with variables', () => {
    expect(doc.servers).toStrictEqual([
      expect.objectContaining({ url: 'http://localhost:{port}', variables: { port: expect.any(Object) } }),
      expect.objectContaining({ url: 'https://{apiId}.execute-api.{region}.amazonaws.com' }),
    ]);
  });

  it('GIVEN GET /openapi.json on a host WHEN answered THEN that host comes first in servers', async () => {
    const api = createApi(fakeApiDeps());
    const event = buildApiEvent('GET', '/openapi.json', { headers: { host: 'api.example.test:8443' } });
    const res = await api(event);
    const served = JSON.parse(res.body ?? '{}') as { servers: { url: string }[] };
    expect(served.servers[0]).toStrictEqual({
      url: 'http://api.example.test:8443',
      description: 'This server',
    });
    expect(served.servers).toHaveLength(3);
  });
});
