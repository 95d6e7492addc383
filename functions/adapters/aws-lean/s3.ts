import type { GetObjectCommandInput, GetObjectCommandOutput } from '@aws-sdk/client-s3';
import { HttpRequest } from '@smithy/core/protocols';
import {
  _parseRfc3339DateTimeWithOffset,
  _parseRfc7231DateTime,
  createChecksumStream,
  parseRfc7231DateTime,
  sdkStreamMixin,
} from '@smithy/core/serde';
import type { HttpResponse } from '@smithy/types';
import { RESPONSE_CHECKSUMS } from './checksums';
import {
  LeanClient,
  type LeanClientConfig,
  LeanCommand,
  type LeanOperation,
  type LeanService,
} from './client';
import { s3Error } from './s3-errors';

/**
 * S3's GetObject (here) and PutObject and DeleteObject (s3-writes.ts, which the email ingest does not carry) (restXml) with the members the file store and the email ingest send,
 * for a lean client (client.ts), as the stock S3Client sends and reads them:
 * - virtual-hosted addressing (`<bucket>.s3.<region>.amazonaws.com`), for the bucket names the stock client
 *   addresses that way without further rules (`leanS3Bucket`; the adapters use the stock client for any other);
 * - the key escaped per `/`-separated segment (encodeURIComponent and `!'()*`), signed without a second escape;
 * - flexible checksums: PutObject sends `x-amz-sdk-checksum-algorithm: CRC32` and `x-amz-checksum-crc32`, GetObject
 *   sends `x-amz-checksum-mode: ENABLED` and validates the answer's checksum while its body is read (the same
 *   ChecksumStream and error as the SDK's), skipping part-numbered (multipart) checksums as it does;
 * - every header-bound output member of the model, and XML errors (s3-errors.ts).
 * test/unit/aws-lean-s3.test.ts compares all of it with the stock client on the wire.
 */
export const S3: LeanService = {
  clientName: 'S3Client',
  endpointPrefix: 's3',
  signingName: 's3',
  apiVersion: '2006-03-01',
  uriEscapePath: false,
};

/**
 * Bucket names the stock client (its endpoint rules) addresses as `<bucket>.s3.<region>.amazonaws.com` with nothing
 * else to resolve: a DNS label of 3–63 lowercase letters, digits and hyphens, not an S3 Express (`--x-s3`) or other
 * `--…-s3` suffixed name. Dotted names (path-style over HTTPS), ARNs and access points are left to the stock client.
 */
export const leanS3Bucket = (bucket: string): boolean =>
  /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/.test(bucket) && !/--[a-z0-9]+-s3$/.test(bucket);

/** The SDK's extendedEncodeURIComponent. */
const escapeSegment = (segment: string): string =>
  encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

export type Bytes = string | Uint8Array;

/** Base64 as the SDK's Node encoder writes it. */
export const base64 = (bytes: Uint8Array): string =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

export const only = (operation: string, input: object, members: readonly string[]): void => {
  const unknown = Object.entries(input)
    .filter(([name, value]) => value !== undefined && value !== null && !members.includes(name))
    .map(([name]) => name);
  if (unknown.length > 0) {
    throw new TypeError(`${operation}: member(s) ${unknown.join(', ')} not supported by this client`);
  }
};

/** The request of an object operation: method, virtual-hosted bucket, escaped key, `x-id` query. */
export const objectRequest = (
  operation: string,
  method: 'GET' | 'PUT' | 'DELETE',
  input: { readonly Bucket?: string | undefined; readonly Key?: string | undefined },
  hostname: string,
  headers: Record<string, string>,
  body?: Bytes,
): HttpRequest => {
  const { Bucket: bucket, Key: key } = input;
  if (typeof bucket !== 'string' || !leanS3Bucket(bucket)) {
    throw new TypeError(`${operation}.Bucket: a bucket this client does not address (use the stock client)`);
  }
  if (typeof key !== 'string') throw new TypeError(`${operation}.Key: expected a string`);
  return new HttpRequest({
    protocol: 'https:',
    hostname: `${bucket}.${hostname}`,
    method,
    path: `/${key.split('/').map(escapeSegment).join('/')}`,
    query: { 'x-id': operation },
    headers,
    ...(body === undefined ? {} : { body }),
  });
};

export type HeaderType = 'string' | 'number' | 'boolean' | 'http-date' | 'date-time';

/** Header-bound output members, as the model binds them (names lowercase, as Node gives them). */
export const CHECKSUM_MEMBERS: readonly (readonly [string, string, HeaderType])[] = [
  ['ChecksumCRC32', 'x-amz-checksum-crc32', 'string'],
  ['ChecksumCRC32C', 'x-amz-checksum-crc32c', 'string'],
  ['ChecksumCRC64NVME', 'x-amz-checksum-crc64nvme', 'string'],
  ['ChecksumSHA1', 'x-amz-checksum-sha1', 'string'],
  ['ChecksumSHA256', 'x-amz-checksum-sha256', 'string'],
  ['ChecksumSHA512', 'x-amz-checksum-sha512', 'string'],
  ['ChecksumMD5', 'x-amz-checksum-md5', 'string'],
  ['ChecksumXXHASH64', 'x-amz-checksum-xxhash64', 'string'],
  ['ChecksumXXHASH3', 'x-amz-checksum-xxhash3', 'string'],
  ['ChecksumXXHASH128', 'x-amz-checksum-xxhash128', 'string'],
  ['ChecksumType', 'x-amz-checksum-type', 'string'],
];
export const SSE_MEMBERS: readonly (readonly [string, string, HeaderType])[] = [
  ['ServerSideEncryption', 'x-amz-server-side-encryption', 'string'],
  ['SSECustomerAlgorithm', 'x-amz-server-side-encryption-customer-algorithm', 'string'],
  ['SSECustomerKeyMD5', 'x-amz-server-side-encryption-customer-key-md5', 'string'],
  ['SSEKMSKeyId', 'x-amz-server-side-encryption-aws-kms-key-id', 'string'],
];
const GET_OUTPUT: readonly (readonly [string, string, HeaderType])[] = [
  ['DeleteMarker', 'x-amz-delete-marker', 'boolean'],
  ['AcceptRanges', 'accept-ranges', 'string'],
  ['Expiration', 'x-amz-expiration', 'string'],
  ['Restore', 'x-amz-restore', 'string'],
  ['LastModified', 'last-modified', 'http-date'],
  ['ContentLength', 'content-length', 'number'],
  ['ETag', 'etag', 'string'],
  ...CHECKSUM_MEMBERS,
  ['MissingMeta', 'x-amz-missing-meta', 'number'],
  ['VersionId', 'x-amz-version-id', 'string'],
  ['CacheControl', 'cache-control', 'string'],
  ['ContentDisposition', 'content-disposition', 'string'],
  ['ContentEncoding', 'content-encoding', 'string'],
  ['ContentLanguage', 'content-language', 'string'],
  ['ContentRange', 'content-range', 'string'],
  ['ContentType', 'content-type', 'string'],
  ['WebsiteRedirectLocation', 'x-amz-website-redirect-location', 'string'],
  ...SSE_MEMBERS,
  ['BucketKeyEnabled', 'x-amz-server-side-encryption-bucket-key-enabled', 'boolean'],
  ['StorageClass', 'x-amz-storage-class', 'string'],
  ['RequestCharged', 'x-amz-request-charged', 'string'],
  ['ReplicationStatus', 'x-amz-replication-status', 'string'],
  ['PartsCount', 'x-amz-mp-parts-count', 'number'],
  ['TagCount', 'x-amz-tagging-count', 'number'],
  ['ObjectLockMode', 'x-amz-object-lock-mode', 'string'],
  ['ObjectLockRetainUntilDate', 'x-amz-object-lock-retain-until-date', 'date-time'],
  ['ObjectLockLegalHoldStatus', 'x-amz-object-lock-legal-hold', 'string'],
  ['ObjectLockEventHold', 'x-amz-object-lock-event-hold', 'string'],
  ['ObjectLockEventHoldDurationDays', 'x-amz-object-lock-event-hold-duration-days', 'number'],
  ['ObjectLockEventHoldDurationYears', 'x-amz-object-lock-event-hold-duration-years', 'number'],
];
const readHeader = (value: string, type: HeaderType): unknown => {
  switch (type) {
    case 'number':
      return Number(value);
    case 'boolean':
      return value.toLowerCase() === 'true';
    case 'http-date':
      return _parseRfc7231DateTime(value);
    case 'date-time':
      return _parseRfc3339DateTimeWithOffset(value);
    default:
      return value;
  }
};

export const headerOutput = (
  members: readonly (readonly [string, string, HeaderType])[],
  response: HttpResponse,
): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const [member, header, type] of members) {
    const value = response.headers[header];
    if (value !== undefined) out[member] = readHeader(value, type);
  }
  return out;
};

/** S3's Expires as the SDK reads it: the raw value as ExpiresString, the date only when it parses. */
const withExpires = (out: Record<string, unknown>, response: HttpResponse): Record<string, unknown> => {
  const raw = response.headers.expires;
  if (raw === undefined) return out;
  try {
    parseRfc7231DateTime(raw);
    out.Expires = _parseRfc7231DateTime(raw);
  } catch {
    // As the SDK: an unreadable Expires is left out (a warning there), its text kept.
  }
  out.ExpiresString = raw;
  return out;
};

/** `x-amz-meta-*` headers as the Metadata map. */
const metadata = (response: HttpResponse): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const [header, value] of Object.entries(response.headers)) {
    const lower = header.toLowerCase();
    if (lower.startsWith('x-amz-meta-') && value !== undefined) out[lower.slice(11)] = value;
  }
  return out;
};

/** A multipart object's checksum (`…-<part count>`), which the SDK does not validate against the whole body. */
const partNumbered = (checksum: string): boolean => {
  const hyphen = checksum.lastIndexOf('-');
  if (hyphen === -1) return false;
  const part = checksum.slice(hyphen + 1);
  if (part.startsWith('0')) return false;
  const n = Number.parseInt(part, 10);
  return !Number.isNaN(n) && n >= 1 && n <= 10000;
};

/** The body, behind the SDK's checksum stream when the answer carries a whole-object checksum. */
const validatedBody = (response: HttpResponse): unknown => {
  const present = RESPONSE_CHECKSUMS.filter(([header]) => response.headers[header]);
  if (present.every(([header]) => partNumbered(response.headers[header] as string))) return response.body;
  const [header, Checksum] = present[0] as (typeof present)[number];
  return createChecksumStream({
    expectedChecksum: response.headers[header] as string,
    checksumSourceLocation: header,
    checksum: new Checksum(),
    source: response.body,
    base64Encoder: base64,
  });
};

export type Out<T> = Omit<T, '$metadata'>;

const GET_OBJECT: LeanOperation<GetObjectCommandInput, Out<GetObjectCommandOutput>> = {
  name: 'GetObject',
  streaming: true,
  request: (input, { hostname }) => {
    only('GetObject', input, ['Bucket', 'Key']);
    return objectRequest('GetObject', 'GET', input, hostname, { 'x-amz-checksum-mode': 'ENABLED' });
  },
  output: (_body, response) => {
    const out = withExpires(headerOutput(GET_OUTPUT, response), response);
    out.Metadata = metadata(response);
    out.Body = sdkStreamMixin(validatedBody(response));
    return out as Out<GetObjectCommandOutput>;
  },
  error: s3Error,
};

/** The lean module the file store and the email ingest load in place of @aws-sdk/client-s3. */
export class S3Client extends LeanClient {
  constructor(config: LeanClientConfig) {
    super(S3, config);
  }
}

export class GetObjectCommand extends LeanCommand<GetObjectCommandInput, Out<GetObjectCommandOutput>> {
  constructor(input: GetObjectCommandInput) {
    super(input, GET_OBJECT);
  }
}
