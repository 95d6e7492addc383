import type { HttpResponse } from '@smithy/types';
import type { LeanErrorDetails } from './client';

/**
 * S3's XML error answers as the SDK reads them (restXml: @aws-sdk/core's parseXmlBody and handleError): the root
 * element's children (`Code`, `Message`, `Key`, `RequestId`, `HostId`, …) become the error's members, `Code` its name
 * (a 404 without one is `NotFound`, any other `Unknown`), `Message` its message (`UnknownError` without one), the
 * body's RequestId the metadata's when the answer has no request-id header. The errors S3's model declares are all
 * client faults (whatever the status); any other code takes its fault from the status.
 */

/** S3's modelled errors (the SDK's error registry); test/unit/aws-lean-s3.test.ts checks the list against it. */
export const S3_MODELED_ERRORS: ReadonlySet<string> = new Set([
  'NoSuchUpload',
  'AccessDenied',
  'ObjectNotInActiveTierError',
  'BucketAlreadyExists',
  'BucketAlreadyOwnedByYou',
  'NoSuchBucket',
  'NoSuchKey',
  'InvalidObjectState',
  'NoSuchAnnotation',
  'NotFound',
  'InvalidPrefix',
  'EncryptionTypeMismatch',
  'InvalidRequest',
  'InvalidWriteOffset',
  'TooManyParts',
  'AnnotationLimitExceeded',
  'AnnotationNameTooLong',
  'InvalidAnnotationName',
  'UnsupportedMediaType',
  'IdempotencyParameterMismatch',
  'ObjectAlreadyInActiveTierError',
]);

/**
 * Entities and character references as the SDK's XML parser (@aws-sdk/xml-builder) decodes them: the five of XML,
 * any other name dropped, a reference as one UTF-16 unit (String.fromCharCode).
 */
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (text: string): string =>
  text.replace(
    /&(?:#x([0-9a-fA-F]{1,6})|#(\d{1,7})|([a-zA-Z][a-zA-Z0-9]{0,30}));/g,
    (_match, hex: string | undefined, dec: string | undefined, named: string) => {
      if (hex) return String.fromCharCode(Number.parseInt(hex, 16));
      if (dec) return String.fromCharCode(Number.parseInt(dec, 10));
      return ENTITIES[named] ?? '';
    },
  );

/** The text children of the body's root element (`<Error><Code>…</Code>…</Error>`). */
const errorFields = (body: Uint8Array): Record<string, string> => {
  const text = Buffer.from(body.buffer, body.byteOffset, body.byteLength)
    .toString('utf8')
    .replace(/\r\n?/g, '\n');
  const root = /<([A-Za-z][\w.-]*)(?:\s[^>]*)?>([\s\S]*)<\/\1>\s*$/.exec(
    text.replace(/^\s*<\?xml[^>]*\?>/, ''),
  );
  const fields: Record<string, string> = {};
  if (!root) return fields;
  const child = /<([A-Za-z][\w.-]*)(?:\s[^>]*)?(?:\/>|>([^<]*)<\/\1>)/g;
  for (let match = child.exec(root[2] as string); match; match = child.exec(root[2] as string)) {
    const raw = match[2] ?? '';
    // The SDK's parser keeps whitespace, except a whitespace-only value with a line break, which is empty.
    fields[match[1] as string] = raw.trim() === '' && raw.includes('\n') ? '' : decode(raw);
  }
  return fields;
};

export const s3Error = (body: Uint8Array, response: HttpResponse): LeanErrorDetails => {
  const fields = errorFields(body);
  const code = fields.Code ?? (response.statusCode === 404 ? 'NotFound' : 'Unknown');
  return {
    code,
    message: fields.Message ?? fields.message ?? 'UnknownError',
    ...(S3_MODELED_ERRORS.has(code) ? { fault: 'client' as const } : {}),
    fields,
    ...(fields.RequestId ? { requestId: fields.RequestId } : {}),
  };
};
