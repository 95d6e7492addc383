import type { Platform } from '../../shared/platform';
import type { ApiDeps } from '../context';
import PACKED from '../openapi.generated.json' with { type: 'json' };
import { type PackedDocument, unpackDocument } from '../openapi-pack';
import { openApiRoute } from '../routes/meta';
import { type ApiOptions, partialApiDeps, type RouteTable, withIdempotencyKeys } from '../serve';

/** GET /openapi.json (the api-docs function): the generated document, the same one the route table makes. */
export const DOCS_ROUTES: RouteTable = withIdempotencyKeys([openApiRoute]);

let unpacked: Record<string, unknown> | undefined;
export const deployedOpenApiDocument = (): Record<string, unknown> => {
  unpacked ??= unpackDocument(PACKED as PackedDocument);
  return unpacked;
};

export const docsApiDeps = (platform: Platform, options: ApiOptions = {}): ApiDeps =>
  partialApiDeps(platform, {}, options);
