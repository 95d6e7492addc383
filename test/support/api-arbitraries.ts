import fc from 'fast-check';
import { API_ROUTES } from '../../functions/api/app';
import type { HttpEvent } from '../../functions/shared/http';
import { welcomeWorkflow } from './api-harness';
import { httpEvent } from './http-events';

/**
 * Random and mutated requests against every route of the API: bodies (valid samples mutated, arbitrary JSON,
 * non-JSON, base64), paths (parameters of every shape, extra segments), query strings, methods and credentials.
 */

/** A valid body for each operation, the starting point of mutations. */
export const SAMPLE_BODIES: Record<string, unknown> = {
  createWorkflow: welcomeWorkflow(),
  updateWorkflow: { expectedVersion: 1, definition: welcomeWorkflow() },
  validateWorkflow: { definition: welcomeWorkflow() },
  testWorkflow: { trigger: { lead: { email: 'ada@example.com' } } },
  startRun: { input: { lead: { email: 'ada@example.com' } } },
  approve: { comment: 'ok' },
  reject: { comment: 'no' },
  updateSettings: {
    autoMode: false,
    timezone: 'Europe/Berlin',
    businessHours: { mon: [{ start: '09:00', end: '17:00' }] },
  },
  createWorkflowFromPrompt: { prompt: 'When a new lead is added, send a follow-up email' },
  createLead: { email: 'ada@example.com', name: 'Ada', tags: ['vip'] },
  updateLead: { status: 'qualified', expectedVersion: 1 },
  createContact: { name: 'Lin', email: 'lin@example.com' },
  updateContact: { title: 'CTO' },
  createBooking: { title: 'Call', start: '2026-12-01T10:00:00Z', end: '2026-12-01T10:30:00Z' },
  updateBooking: { status: 'cancelled', cancelReason: 'moved' },
  createInvoice: {
    customerEmail: 'bill@example.com',
    currency: 'EUR',
    lines: [{ description: 'x', quantity: 1, unitPriceCents: 100 }],
  },
  updateInvoice: { status: 'paid' },
  createFile: { name: 'a.txt', content: 'hello' },
  updateFile: { content: 'aGk=', encoding: 'base64' },
  createKnowledgeEntry: { title: 'Refunds', body: 'Within 30 days' },
  updateKnowledgeEntry: { tags: ['policy'] },
  receiveWebhook: { any: 'payload' },
};

const weirdString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '..',
    '%',
    '%2F',
    '%00',
    '\u0000',
    'a/b',
    '../../etc',
    '{id}',
    'null',
    '-1',
    '1e309',
    'x'.repeat(300),
  ),
);

/** Replaces, removes or adds one key somewhere in a JSON value. */
export const mutate = (value: unknown, rng: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
  fc
    .tuple(fc.nat(), fc.nat(), rng, fc.constantFrom('replace', 'remove', 'add', 'wrap'))
    .map(([a, b, replacement, op]) => {
      const clone = structuredClone(value) as unknown;
      const objects: Record<string, unknown>[] = [];
      const walk = (v: unknown) => {
        if (v && typeof v === 'object') {
          objects.push(v as Record<string, unknown>);
          for (const child of Object.values(v)) walk(child);
        }
      };
      walk(clone);
      if (objects.length === 0 || op === 'wrap') return op === 'wrap' ? [clone] : replacement;
      const target = objects[a % objects.length] as Record<string, unknown>;
      const keys = Object.keys(target);
      const key = keys.length > 0 ? (keys[b % keys.length] as string) : 'k';
      if (op === 'replace') target[key] = replacement;
      else if (op === 'remove') delete target[key];
      else target[`extra${b % 5}`] = replacement;
      return clone;
    });

export interface RequestShape {
  readonly method: string;
  readonly path: string;
  readonly options: Parameters<typeof httpEvent>[2];
}

export const requestArbitrary = (
  ids: readonly string[],
  keys: readonly string[],
): fc.Arbitrary<RequestShape> => {
  const idArb = fc.oneof(fc.constantFrom(...ids), weirdString);
  const routeArb = fc.constantFrom(...API_ROUTES);
  return fc
    .record({
      route: routeArb,
      paramValues: fc.array(idArb, { minLength: 3, maxLength: 3 }),
      pathMutation: fc.constantFrom('none', 'none', 'none', 'extra', 'trailing', 'random', 'double-slash'),
      extra: weirdString,
      methodMutation: fc.constantFrom(
        'same',
        'same',
        'same',
        'same',
        'GET',
        'POST',
        'PUT',
        'DELETE',
        'PATCH',
        'OPTIONS',
        'HEAD',
        'TRACE',
      ),
      query: fc.dictionary(
        fc.oneof(
          fc.constantFrom(
            'limit',
            'cursor',
            'status',
            'since',
            'type',
            'workflowId',
            'leadId',
            'runId',
            'q',
            'tag',
            'from',
            'to',
            'minValue',
            'createdAfter',
            'folder',
          ),
          fc.string({ maxLength: 10 }),
        ),
        fc.oneof(
          weirdString,
          fc.integer().map(String),
          fc.constantFrom('0', '-5', '1000', '25', 'true', 'NaN'),
        ),
        { maxKeys: 4 },
      ),
      bodyKind: fc.constantFrom('sample', 'mutated', 'mutated', 'json', 'text', 'none', 'huge-string'),
      json: fc.jsonValue({ maxDepth: 4 }),
      text: fc.string({ maxLength: 200 }),
      base64: fc.boolean(),
      contentType: fc.constantFrom(
        undefined,
        'application/json',
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        '',
      ),
      auth: fc.constantFrom(
        'key',
        'key',
        'key',
        'other-key',
        'none',
        'bad-key',
        'claims',
        'claims-no-tenant',
        'bearer',
      ),
      key: fc.constantFrom(...keys),
      randomKey: weirdString,
      claims: fc.dictionary(
        fc.constantFrom('sub', 'email', 'custom:tenantId', 'x'),
        fc.string({ maxLength: 20 }),
      ),
      signature: fc.oneof(weirdString, fc.constant(`t=1,v1=${'a'.repeat(64)}`)),
    })
    .chain((r) => {
      const sample = SAMPLE_BODIES[r.route.operationId] ?? { a: 1 };
      const bodyArb: fc.Arbitrary<unknown> =
        r.bodyKind === 'mutated'
          ? mutate(sample, fc.jsonValue({ maxDepth: 3 }))
          : fc.constant(r.bodyKind === 'sample' ? sample : r.json);
      return bodyArb.map((body) => ({ r, body }));
    })
    .map(({ r, body }) => {
      let n = 0;
      let path = r.route.path.replace(/\{[^}]+\}/g, () =>
        encodeURIComponent(r.paramValues[n++ % 3] as string),
      );
      if (r.pathMutation === 'extra') path += `/${encodeURIComponent(r.extra)}`;
      if (r.pathMutation === 'trailing') path += '/';
      if (r.pathMutation === 'random') path = `/${encodeURIComponent(r.extra)}`;
      if (r.pathMutation === 'double-slash') path = path.replace('/', '//');
      const method = r.methodMutation === 'same' ? r.route.method : r.methodMutation;
      const headers: Record<string, string> = {};
      if (r.contentType !== undefined) headers['content-type'] = r.contentType;
      if (r.auth === 'key') headers['x-api-key'] = r.key;
      if (r.auth === 'bad-key') headers['x-api-key'] = r.randomKey;
      if (r.auth === 'bearer') headers.authorization = `Bearer ${r.randomKey}`;
      if (r.route.auth === 'signature') {
        headers['x-dynaris-signature'] = r.signature;
        headers['x-dynaris-delivery'] = r.extra;
      }
      const claims =
        r.auth === 'claims'
          ? { sub: 'u1', ...r.claims, 'custom:tenantId': r.claims['custom:tenantId'] || 'tenant-a' }
          : r.auth === 'claims-no-tenant'
            ? { sub: 'u1' }
            : undefined;
      const options = {
        headers,
        query: r.query,
        base64: r.base64,
        ...(claims ? { claims } : {}),
        ...(r.bodyKind === 'none'
          ? {}
          : r.bodyKind === 'text'
            ? { rawBody: r.text }
            : r.bodyKind === 'huge-string'
              ? { rawBody: JSON.stringify({ s: 'x'.repeat(300_000) }) }
              : { body }),
      };
      return { method, path, options };
    });
};

export const toEvent = (shape: RequestShape): HttpEvent => httpEvent(shape.method, shape.path, shape.options);
