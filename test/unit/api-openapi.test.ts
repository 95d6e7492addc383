import { describe, expect, it } from 'vitest';
import { API_ROUTES, openApiDocument } from '../../functions/api/app';

type Doc = {
  openapi: string;
  paths: Record<string, Record<string, Record<string, unknown>>>;
  components: { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> };
};

const doc = openApiDocument() as Doc;

/** Every `$ref` in the document. */
const refs = (node: unknown, out: string[] = []): string[] => {
  if (Array.isArray(node)) for (const n of node) refs(n, out);
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') out.push(v);
      else refs(v, out);
    }
  }
  return out;
};

describe('the OpenAPI document', () => {
  it('GIVEN the route table WHEN the document is generated THEN it is OpenAPI 3.1 with every route and operation id once', () => {
    expect(doc.openapi).toBe('3.1.0');
    const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, op]) => ({
        key: `${method.toUpperCase()} ${path}`,
        id: op.operationId,
      })),
    );
    expect(operations.map((o) => o.key).sort()).toEqual(
      API_ROUTES.map((r) => `${r.method} ${r.path}`).sort(),
    );
    const ids = operations.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('GIVEN the issue route list WHEN looked up THEN each public route is documented', () => {
    const required = [
      'post /workflows',
      'get /workflows',
      'get /workflows/{id}',
      'put /workflows/{id}',
      'delete /workflows/{id}',
      'post /workflows/{id}/enable',
      'post /workflows/{id}/disable',
      'post /workflows/{id}/test',
      'post /workflows/{id}/runs',
      'get /workflows/{id}/runs',
      'get /runs/{runId}',
      'post /runs/{runId}/cancel',
      'post /runs/{runId}/redrive',
      'get /approvals',
      'post /approvals/{id}/approve',
      'post /approvals/{id}/reject',
      'get /settings',
      'put /settings',
      'get /events',
      'get /schedules',
      'get /logs',
      'get /openapi.json',
      'get /health',
      'post /webhooks/{tenantId}/{source}',
      'post /assistant/workflows',
      ...['leads', 'contacts', 'bookings', 'invoices', 'files', 'knowledge'].flatMap((c) => [
        `get /${c}`,
        `post /${c}`,
        `get /${c}/{id}`,
        `put /${c}/{id}`,
        `delete /${c}/{id}`,
      ]),
    ];
    for (const key of required) {
      const [method, path] = key.split(' ') as [string, string];
      expect([key, Boolean(doc.paths[path]?.[method])]).toEqual([key, true]);
    }
  });

  it('GIVEN any operation WHEN read THEN its path parameters, error responses and security are declared', () => {
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        const params = ((op.parameters ?? []) as { name: string; in: string; required: boolean }[]).filter(
          (p) => p.in === 'path',
        );
        const inPath = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
        expect([method, path, params.map((p) => p.name).sort()]).toEqual([method, path, [...inPath].sort()]);
        expect(params.every((p) => p.required)).toBe(true);
        const responses = op.responses as Record<string, { content?: Record<string, { schema: unknown }> }>;
        expect(responses['400']?.content?.['application/json']?.schema).toEqual({
          $ref: '#/components/schemas/Error',
        });
        expect(responses['500']).toBeDefined();
        const isPublic = path === '/health' || path === '/openapi.json' || path.startsWith('/webhooks/');
        expect([path, op.security]).toEqual([path, isPublic ? [] : [{ bearerAuth: [] }, { apiKeyAuth: [] }]]);
        if (!isPublic) expect(responses['401'] && responses['403'] && responses['429']).toBeTruthy();
      }
    }
  });

  it('GIVEN the document WHEN its refs are followed THEN every one resolves to a component', () => {
    for (const ref of refs(doc)) {
      const name = ref.replace('#/components/schemas/', '');
      expect([ref, name in doc.components.schemas]).toEqual([ref, true]);
    }
  });

  it('GIVEN the schemas shared with the router WHEN converted THEN request bodies show their fields and query parameters their types', () => {
    const create = doc.paths['/workflows']?.post as {
      requestBody: { content: Record<string, { schema: { properties?: object; $ref?: string } }> };
    };
    const body = create.requestBody.content['application/json']?.schema;
    expect(JSON.stringify(body)).toMatch(/trigger|WorkflowDefinition|\$ref/);
    const list = doc.paths['/leads']?.get as { parameters: { name: string; schema: { type?: string } }[] };
    expect(list.parameters.map((p) => p.name)).toEqual(
      expect.arrayContaining(['limit', 'cursor', 'status', 'tag']),
    );
    expect(body).toEqual({ $ref: '#/components/schemas/WorkflowDefinition' });
    const definition = doc.components.schemas.WorkflowDefinition as {
      properties: { steps: { items: unknown } };
    };
    expect(definition.properties.steps.items).toEqual({
      $ref: '#/components/schemas/WorkflowDefinition_step',
    });
    expect(JSON.stringify(doc.components.schemas.WorkflowDefinition_step)).toMatch(/waitFor/);
    expect(doc.components.securitySchemes).toMatchObject({
      bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
      apiKeyAuth: { type: 'apiKey', in: 'header', name: 'x-api-key' },
    });
    expect(doc.components.schemas.Error).toMatchObject({
      type: 'object',
      properties: { error: expect.any(Object) },
    });
    const webhook = doc.paths['/webhooks/{tenantId}/{source}']?.post as {
      parameters: { name: string; in: string }[];
    };
    expect(webhook.parameters.filter((p) => p.in === 'header').map((p) => p.name)).toEqual([
      'x-dynaris-signature',
      'x-dynaris-delivery',
    ]);
  });
});
