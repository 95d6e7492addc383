import type {
  DeleteObjectCommandInput,
  DeleteObjectCommandOutput,
  PutObjectCommandInput,
  PutObjectCommandOutput,
} from '@aws-sdk/client-s3';
import { crc32 } from './checksums';
import { LeanCommand, type LeanOperation } from './client';
import {
  base64,
  CHECKSUM_MEMBERS,
  type HeaderType,
  headerOutput,
  type Out,
  objectRequest,
  only,
  SSE_MEMBERS,
} from './s3';
import { s3Error } from './s3-errors';

/**
 * S3's PutObject and DeleteObject for the lean S3 client (s3.ts): the file store's writes. PutObject sends the
 * flexible checksum the stock client sends by default (`x-amz-sdk-checksum-algorithm: CRC32` and
 * `x-amz-checksum-crc32` of the body) and the model's default content type. Bodies are bytes or text; a stream is
 * refused (the stock client would send it aws-chunked with a trailing checksum, which this client does not model).
 */

const EXPECT_CONTINUE_BYTES = 2 * 1024 * 1024;

const PUT_OUTPUT: readonly (readonly [string, string, HeaderType])[] = [
  ['Expiration', 'x-amz-expiration', 'string'],
  ['ETag', 'etag', 'string'],
  ...CHECKSUM_MEMBERS,
  ['VersionId', 'x-amz-version-id', 'string'],
  ...SSE_MEMBERS,
  ['SSEKMSEncryptionContext', 'x-amz-server-side-encryption-context', 'string'],
  ['BucketKeyEnabled', 'x-amz-server-side-encryption-bucket-key-enabled', 'boolean'],
  ['Size', 'x-amz-object-size', 'number'],
  ['RequestCharged', 'x-amz-request-charged', 'string'],
];
const DELETE_OUTPUT: readonly (readonly [string, string, HeaderType])[] = [
  ['DeleteMarker', 'x-amz-delete-marker', 'boolean'],
  ['VersionId', 'x-amz-version-id', 'string'],
  ['RequestCharged', 'x-amz-request-charged', 'string'],
];

const PUT_OBJECT: LeanOperation<PutObjectCommandInput, Out<PutObjectCommandOutput>> = {
  name: 'PutObject',
  request: (input, { hostname }) => {
    only('PutObject', input, ['Bucket', 'Key', 'Body', 'ContentType']);
    const body = input.Body;
    if (body !== undefined && typeof body !== 'string' && !(body instanceof Uint8Array)) {
      throw new TypeError(
        'PutObject.Body: bytes or a string (a stream body is not supported by this client)',
      );
    }
    const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : (body ?? new Uint8Array(0));
    const headers: Record<string, string> = {
      // The model's default for a blob payload, as the stock client sends it.
      'content-type': input.ContentType ?? 'application/octet-stream',
      'x-amz-sdk-checksum-algorithm': 'CRC32',
      'x-amz-checksum-crc32': base64(crc32(bytes)),
      // The stock client's expectContinueHeader (2 MiB): S3 may refuse before the body is sent. Not signed.
      ...(bytes.byteLength >= EXPECT_CONTINUE_BYTES ? { Expect: '100-continue' } : {}),
    };
    return objectRequest('PutObject', 'PUT', input, hostname, headers, body);
  },
  output: (_body, response) => headerOutput(PUT_OUTPUT, response),
  error: s3Error,
};

const DELETE_OBJECT: LeanOperation<DeleteObjectCommandInput, Out<DeleteObjectCommandOutput>> = {
  name: 'DeleteObject',
  request: (input, { hostname }) => {
    only('DeleteObject', input, ['Bucket', 'Key']);
    return objectRequest('DeleteObject', 'DELETE', input, hostname, {});
  },
  output: (_body, response) => headerOutput(DELETE_OUTPUT, response),
  error: s3Error,
};

export class PutObjectCommand extends LeanCommand<PutObjectCommandInput, Out<PutObjectCommandOutput>> {
  constructor(input: PutObjectCommandInput) {
    super(input, PUT_OBJECT);
  }
}

export class DeleteObjectCommand extends LeanCommand<
  DeleteObjectCommandInput,
  Out<DeleteObjectCommandOutput>
> {
  constructor(input: DeleteObjectCommandInput) {
    super(input, DELETE_OBJECT);
  }
}
