import type {
  APIGatewayProxyEventV2,
  APIGatewayProxyEventV2WithJWTAuthorizer,
  APIGatewayProxyStructuredResultV2,
} from 'aws-lambda';

export type HttpEvent = APIGatewayProxyEventV2 | APIGatewayProxyEventV2WithJWTAuthorizer;
export type HttpResult = APIGatewayProxyStructuredResultV2;
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export const HTTP_METHODS: readonly HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

export const KB = 1024;
/** Default request body limit of API routes. */
export const DEFAULT_BODY_LIMIT = 256 * KB;
/** Body limit of inbound webhooks. */
export const WEBHOOK_BODY_LIMIT = 1024 * KB;

export const REQUEST_ID_HEADER = 'x-request-id';
