import { brotliCompressSync, brotliDecompressSync } from 'node:zlib';

/**
 * The OpenAPI document as deployed: generated from the route table (`npm run generate`, checked by
 * test/unit/generated-files.test.ts) and kept Brotli-compressed, base64, so the api-docs function carries 20 KB of
 * text instead of 270 KB of document, or the route table, zod's JSON Schema conversion and the examples it is made
 * from. It is unpacked once, on the first request.
 */
export interface PackedDocument {
  readonly encoding: 'br;base64';
  readonly document: string;
}

export const packDocument = (document: Record<string, unknown>): PackedDocument => ({
  encoding: 'br;base64',
  document: brotliCompressSync(Buffer.from(JSON.stringify(document))).toString('base64'),
});

export const unpackDocument = (packed: PackedDocument): Record<string, unknown> =>
  JSON.parse(brotliDecompressSync(Buffer.from(packed.document, 'base64')).toString('utf8')) as Record<
    string,
    unknown
  >;
