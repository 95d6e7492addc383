import * as z from 'zod/mini';
import { documentedSchema } from '../../statemachines/zod-kit';
import { type AnyRoute, ErrorBody, type RouteDocs } from '../shared/http';
import { API_KEY_HEADER } from './middleware/auth';

/**
 * OpenAPI 3.1 from the route table: the same zod schemas the router validates with are converted with
 * z.toJSONSchema, so the document cannot drift from the behaviour. Named schemas (`.meta({ id })`) become
 * components; every route lists its error responses with the one error shape.
 */

type JsonSchema = Record<string, unknown>;

const COMMON_ERRORS: Record<number, string> = {
  400: 'Invalid request: every invalid field is listed in error.details',
  401: 'Missing or invalid credentials',
  403: 'The principal belongs to no tenant',
  404: 'Not found (also for another tenant’s ids)',
  405: 'Method not allowed on this path',
  409: 'Conflict (version mismatch or already decided)',
  413: 'Request body too large',
  422: 'Semantically invalid (e.g. workflow validation failed)',
  429: 'Rate limit exceeded; see Retry-After',
  500: 'Internal error; the body carries a request id',
  501: 'Not available in this build',
  503: 'A dependency is unavailable; retry',
};

/**
 * Examples for one operation (functions/api/openapi-examples.json, keyed by operationId): the request body, the
 * body of each success response, and a value for each path parameter. test/unit/api-openapi-examples.test.ts
 * checks every one against the route's own zod schemas.
 */
export interface OperationExamples {
  readonly request?: unknown;
  readonly responses?: Readonly<Record<string, unknown>>;
  readonly parameters?: Readonly<Record<string, string | number>>;
}

const errorExample = (status: number): unknown => ({
  error: {
    code: ERROR_CODES[status] ?? 'Error',
    message: COMMON_ERRORS[status] ?? 'Error',
    ...(status === 400 ? { details: [{ path: 'body.email', message: 'Invalid email address' }] } : {}),
    requestId: '5f0c3d0e-2b1a-4d6e-9a4b-0c1d2e3f4a5b',
  },
});

const ERROR_CODES: Record<number, string> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  405: 'MethodNotAllowed',
  409: 'Conflict',
  413: 'PayloadTooLarge',
  422: 'Unprocessable',
  429: 'TooManyRequests',
  500: 'InternalError',
  501: 'NotImplemented',
  503: 'ServiceUnavailable',
};

/** Named components whose document form is given rather than converted (e.g. the language's own JSON Schema). */
export type ComponentOverrides = Readonly<Record<string, JsonSchema>>;

/** Puts a standalone JSON Schema in as component `name`, its $defs as `<name>_<def>`. */
const addOverride = (components: Record<string, JsonSchema>, name: string, schema: JsonSchema): void => {
  const {
    $defs,
    $schema: _ignored,
    ...root
  } = schema as { $defs?: Record<string, JsonSchema>; $schema?: unknown };
  const rewrite = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(rewrite);
    if (node === null || typeof node !== 'object') return node;
    return Object.fromEntries(
      Object.entries(node).map(([k, v]) => {
        if (k !== '$ref' || typeof v !== 'string') return [k, rewrite(v)];
        const def = /^#\/\$defs\/(.+)$/.exec(v)?.[1];
        return [
          k,
          def ? `#/components/schemas/${name}_${def}` : v === '#' ? `#/components/schemas/${name}` : v,
        ];
      }),
    );
  };
  for (const [def, body] of Object.entries($defs ?? {}))
    components[`${name}_${def}`] = rewrite(body) as JsonSchema;
  components[name] = rewrite(root) as JsonSchema;
};

export interface OpenApiServer {
  readonly url: string;
  readonly description?: string;
  readonly variables?: Readonly<Record<string, { readonly default: string; readonly description?: string }>>;
}

/** The document as one server answers it: its own origin first, then the documented ones. */
export const withServers = (
  document: Record<string, unknown>,
  origin: string | undefined,
): Record<string, unknown> => {
  const listed = (document.servers ?? []) as OpenApiServer[];
  if (!origin || listed.some((s) => s.url === origin)) return document;
  return { ...document, servers: [{ url: origin, description: 'This server' }, ...listed] };
};

export interface OpenApiInfo {
  readonly title: string;
  readonly version: string;
  readonly description?: string;
  readonly servers?: readonly OpenApiServer[];
}

/** A route's docs; a Lambda bundle's routes have none (RouteDocs), and no function builds the document from them. */
const docsOf = <Ctx>(route: AnyRoute<Ctx>): RouteDocs => {
  if (!route.docs) throw new Error(`${route.operationId} has no docs: routes of a Lambda bundle (RouteDocs)`);
  return route.docs;
};

export const buildOpenApi = <Ctx>(
  routes: readonly AnyRoute<Ctx>[],
  info: OpenApiInfo,
  overrides: ComponentOverrides = {},
  examples: Readonly<Record<string, OperationExamples>> = {},
): Record<string, unknown> => {
  const components: Record<string, JsonSchema> = {};

  /** Converts a schema, hoisting its $defs into components and rewriting refs. */
  const toSchema = (schema: z.core.$ZodType, io: 'input' | 'output', scope: string): JsonSchema => {
    const json = z.toJSONSchema(schema, {
      io,
      unrepresentable: 'any',
      cycles: 'ref',
      reused: 'inline',
      target: 'draft-2020-12',
    }) as JsonSchema;
    const defs = (json.$defs ?? {}) as Record<string, JsonSchema>;
    const rename = new Map<string, string>();
    for (const name of Object.keys(defs)) {
      rename.set(name, name.startsWith('__') ? `${scope}${name.replace(/^_+/, '_')}` : name);
    }
    let selfReferencing = false;
    const rewrite = (node: unknown): unknown => {
      if (Array.isArray(node)) return node.map(rewrite);
      if (node === null || typeof node !== 'object') return node;
      const out: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string') {
          if (value === '#') {
            selfReferencing = true;
            out[key] = `#/components/schemas/${scope}`;
          } else {
            const m = /^#\/\$defs\/(.+)$/.exec(value);
            out[key] = m ? `#/components/schemas/${rename.get(m[1] as string) ?? m[1]}` : value;
          }
        } else if (key !== '$defs' && !(node === json && key === '$schema')) out[key] = rewrite(value);
      }
      return out;
    };
    for (const [name, def] of Object.entries(defs)) {
      const target = rename.get(name) as string;
      if (!components[target]) components[target] = rewrite(def) as JsonSchema;
    }
    const root = rewrite(json) as JsonSchema;
    if (selfReferencing) {
      components[scope] = root;
      return { $ref: `#/components/schemas/${scope}` };
    }
    return root;
  };

  const errorSchema = toSchema(ErrorBody, 'output', 'Error');
  const paths: Record<string, Record<string, unknown>> = {};

  for (const route of routes) {
    const docs = docsOf(route);
    const example = examples[route.operationId] ?? {};
    const parameters: Record<string, unknown>[] = [];
    const addParameters = (schema: z.core.$ZodType | undefined, where: 'path' | 'query') => {
      if (!schema) return;
      const json = toSchema(schema, 'input', `${route.operationId}_${where}`);
      const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
      const required = new Set((json.required ?? []) as string[]);
      for (const [name, prop] of Object.entries(properties)) {
        const { description, ...rest } = prop;
        parameters.push({
          name,
          in: where,
          required: where === 'path' || required.has(name),
          ...(typeof description === 'string' ? { description } : {}),
          schema: rest,
          ...(example.parameters?.[name] !== undefined ? { example: example.parameters[name] } : {}),
        });
      }
    };
    addParameters(route.params && documentedSchema(route.params), 'path');
    addParameters(route.query && documentedSchema(route.query), 'query');
    if (route.idempotencyKey) {
      parameters.push({
        name: 'Idempotency-Key',
        in: 'header',
        required: false,
        description:
          'Retry safely: the same key with the same request returns the first answer (kept 48 h, header ' +
          'idempotent-replayed: true); the same key with another request is a 422; while the first runs, 409.',
        schema: { type: 'string', minLength: 1, maxLength: 255 },
      });
    }
    if (route.auth === 'signature') {
      parameters.push(
        {
          name: 'x-dynaris-signature',
          in: 'header',
          required: true,
          description: 't=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">',
          schema: { type: 'string' },
        },
        {
          name: 'x-dynaris-delivery',
          in: 'header',
          required: true,
          schema: { type: 'string', maxLength: 200 },
        },
      );
    }

    const responses: Record<string, unknown> = {};
    for (const [status, spec] of Object.entries(docs.responses)) {
      responses[status] = spec.schema
        ? {
            description: spec.description,
            content: {
              'application/json': {
                schema: toSchema(spec.schema(), 'output', `${route.operationId}_${status}`),
                ...(example.responses?.[status] !== undefined
                  ? { example: example.responses[status] }
                  : Number(status) >= 400
                    ? { example: errorExample(Number(status)) }
                    : {}),
              },
            },
          }
        : { description: spec.description };
    }
    const errorStatuses = new Set<number>([400, 413, 500, ...(route.errors ?? [])]);
    if (route.auth !== 'none') errorStatuses.add(401);
    if (route.auth === 'tenant') {
      errorStatuses.add(403);
      errorStatuses.add(429);
    }
    if (route.params && route.auth === 'tenant') errorStatuses.add(404);
    for (const status of [...errorStatuses].sort()) {
      if (responses[status]) continue;
      responses[status] = {
        description: COMMON_ERRORS[status] ?? 'Error',
        content: { 'application/json': { schema: errorSchema, example: errorExample(status) } },
      };
    }

    const operation: Record<string, unknown> = {
      operationId: route.operationId,
      summary: docs.summary,
      ...(docs.description ? { description: docs.description } : {}),
      tags: docs.tags,
      ...(parameters.length > 0 ? { parameters } : {}),
      responses,
      security: route.auth === 'tenant' ? [{ bearerAuth: [] }, { apiKeyAuth: [] }] : [],
    };
    if (route.body) {
      const body = documentedSchema(route.body);
      const schema = toSchema(body, 'input', `${route.operationId}_body`);
      operation.requestBody = {
        required: !z.safeParse(body, undefined).success,
        content: {
          'application/json': {
            schema,
            ...(example.request !== undefined ? { example: example.request } : {}),
          },
          ...(route.acceptsForm ? { 'application/x-www-form-urlencoded': { schema } } : {}),
        },
      };
    }
    const pathItem = paths[route.path] ?? {};
    pathItem[route.method.toLowerCase()] = operation;
    paths[route.path] = pathItem;
  }

  for (const [name, schema] of Object.entries(overrides)) addOverride(components, name, schema);

  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: info.title,
      version: info.version,
      ...(info.description ? { description: info.description } : {}),
    },
    ...(info.servers ? { servers: info.servers } : {}),
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: 'Cognito user pool token; the tenant comes from the custom:tenantId claim.',
        },
        apiKeyAuth: {
          type: 'apiKey',
          in: 'header',
          name: API_KEY_HEADER,
          description: 'Per-tenant API key for machine clients (stored hashed).',
        },
      },
    },
    tags: [...new Set(routes.flatMap((r) => docsOf(r).tags))].map((name) => ({ name })),
  };
};
