import * as Stock from '@aws-sdk/client-s3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Crc32,
  Crc32c,
  Crc64Nvme,
  crc32,
  crc32ByTable,
  Sha1,
  Sha256,
} from '../../functions/adapters/aws-lean/checksums';
import * as LeanGet from '../../functions/adapters/aws-lean/s3';
import { S3_MODELED_ERRORS } from '../../functions/adapters/aws-lean/s3-errors';
import * as LeanWrites from '../../functions/adapters/aws-lean/s3-writes';
import {
  type Answer,
  both,
  type Captured,
  errorParts,
  expectSameErrors,
  settle,
  wireComparison,
  wireSubject,
} from '../support/aws-lean-wire';

const Lean = { ...LeanGet, ...LeanWrites };

/** The lean S3 PutObject/GetObject/DeleteObject against the stock S3 client, on the wire (test/support/aws-lean-wire.ts). */
const PUT = wireSubject<Stock.PutObjectCommandInput>(
  Stock.S3Client,
  Stock.PutObjectCommand,
  Lean.S3Client,
  Lean.PutObjectCommand,
);
const GET = wireSubject<Stock.GetObjectCommandInput>(
  Stock.S3Client,
  Stock.GetObjectCommand,
  Lean.S3Client,
  Lean.GetObjectCommand,
);
const DELETE = wireSubject<Stock.DeleteObjectCommandInput>(
  Stock.S3Client,
  Stock.DeleteObjectCommand,
  Lean.S3Client,
  Lean.DeleteObjectCommand,
);
const BUCKET = 'dynaris-files-111122223333-eu-west-1';
const PUT_OK: Answer = {
  status: 200,
  body: '',
  headers: { etag: '"e1"', 'x-amz-checksum-crc32': 'NhCmhg==' },
};
const DELETED: Answer = { status: 204, body: '' };

/** The output without the body stream, and the body's bytes (or how reading it failed). */
const read = async (captured: Captured) => {
  if (captured.error) return { error: String(captured.error.name), message: captured.error.message };
  const { Body, ...rest } = captured.result as Stock.GetObjectCommandOutput;
  try {
    return { rest, bytes: Body ? Buffer.from(await Body.transformToByteArray()).toString('hex') : undefined };
  } catch (error) {
    return { rest, error: (error as Error).name, message: (error as Error).message };
  }
};

const sameGet = async (input: Stock.GetObjectCommandInput, answers: readonly Answer[]) => {
  const { stock, lean } = await both(GET, input, answers);
  expect(lean.sent).toStrictEqual(stock.sent);
  const [s, l] = [await read(stock), await read(lean)];
  expect(l).toStrictEqual(s);
  return s;
};

/** Keys: any text, and every character S3 or a URI reserves. */
const RESERVED = [...`/!'()*~ .-_+&$@=;:,?#[]%"<>\\^\`{|}`, '\u00e9', '\u2028', '😀', '\u0000', '\t'];
const aKey = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 24 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.array(fc.constantFrom(...RESERVED), { minLength: 1, maxLength: 12 }).map((cs) => cs.join('')),
  fc
    .array(fc.constantFrom('a', '/', '.', '..', ' '), { minLength: 1, maxLength: 8 })
    .map((cs) => cs.join('')),
);

wireComparison();

describe('lean S3 PutObject, GetObject and DeleteObject against the stock client', () => {
  it('GIVEN the file store’s put, get and delete WHEN both clients send them THEN method, URL, headers, signature, body and outputs are identical', async () => {
    const key = 't-1/files/report (final) ✓.pdf';
    const put = await both(
      PUT,
      { Bucket: BUCKET, Key: key, Body: Buffer.from('hello'), ContentType: 'application/pdf' },
      [PUT_OK],
    );
    expect(put.stock.sent[0]?.url).toBe(
      `https://${BUCKET}.s3.eu-west-1.amazonaws.com/t-1/files/report%20%28final%29%20%E2%9C%93.pdf?x-id=PutObject`,
    );
    expect(put.stock.sent[0]?.headers['x-amz-checksum-crc32']).toBe('NhCmhg==');
    expect(put.lean.sent).toStrictEqual(put.stock.sent);
    expect(put.lean.result).toStrictEqual(put.stock.result);
    const got = await sameGet({ Bucket: BUCKET, Key: key }, [
      { status: 200, body: 'hello', headers: { 'content-length': '5', 'x-amz-checksum-crc32': 'NhCmhg==' } },
    ]);
    expect(got.bytes).toBe(Buffer.from('hello').toString('hex'));
    const deleted = await both(DELETE, { Bucket: BUCKET, Key: key }, [DELETED]);
    expect(deleted.lean.sent).toStrictEqual(deleted.stock.sent);
    expect(deleted.lean.result).toStrictEqual(deleted.stock.result);
  });

  it('GIVEN any key and body (bytes, text, empty, no content type) WHEN both clients put, get and delete THEN the requests are identical', async () => {
    await fc.assert(
      fc.asyncProperty(
        aKey,
        fc.option(fc.oneof(fc.uint8Array({ maxLength: 64 }), fc.string({ unit: 'binary', maxLength: 32 })), {
          nil: undefined,
        }),
        fc.option(fc.constantFrom('text/plain; charset=utf-8', 'application/octet-stream'), {
          nil: undefined,
        }),
        async (key, body, contentType) => {
          const input = {
            Bucket: BUCKET,
            Key: key,
            ...(body === undefined ? {} : { Body: body }),
            ...(contentType ? { ContentType: contentType } : {}),
          };
          const put = await both(PUT, input, [PUT_OK]);
          expect(put.lean.sent).toStrictEqual(put.stock.sent);
          expect(errorParts(put.lean.error)).toStrictEqual(errorParts(put.stock.error));
          const get = await both(GET, { Bucket: BUCKET, Key: key }, [{ status: 200, body: 'x' }]);
          expect(get.lean.sent).toStrictEqual(get.stock.sent);
          const del = await both(DELETE, { Bucket: BUCKET, Key: key }, [DELETED]);
          expect(del.lean.sent).toStrictEqual(del.stock.sent);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('GIVEN any bucket name the lean client takes WHEN the stock client addresses it THEN it is virtual-hosted the same way; dotted, short, upper-case and S3 Express names are left to the stock client', async () => {
    const name = fc
      .array(fc.constantFrom(...'abz09-.'.split(''), 'x-s3', '--x-s3', '--op-s3'), {
        minLength: 1,
        maxLength: 20,
      })
      .map((parts) => parts.join(''));
    await fc.assert(
      fc.asyncProperty(name, async (bucket) => {
        fc.pre(Lean.leanS3Bucket(bucket));
        const { stock, lean } = await both(GET, { Bucket: bucket, Key: 'k' }, [{ status: 200, body: '' }]);
        expect(stock.sent[0]?.url).toBe(`https://${bucket}.s3.eu-west-1.amazonaws.com/k?x-id=GetObject`);
        expect(lean.sent).toStrictEqual(stock.sent);
      }),
      { numRuns: 40 },
    );
    for (const bucket of [
      'my.bucket',
      'ab',
      'My-Bucket',
      'bucket--x-s3',
      'ap--op-s3',
      '192.168.1.1',
      '-ab',
      'ab-',
    ]) {
      expect(Lean.leanS3Bucket(bucket), bucket).toBe(false);
    }
  });

  it('GIVEN bodies just under and at 2 MiB WHEN both clients put them THEN the requests are identical (Expect: 100-continue from 2 MiB)', async () => {
    for (const size of [2 * 1024 * 1024 - 1, 2 * 1024 * 1024]) {
      const body = new Uint8Array(size).fill(7);
      const { stock, lean } = await both(PUT, { Bucket: BUCKET, Key: 'big.bin', Body: body }, [PUT_OK]);
      expect(stock.sent[0]?.headers.Expect).toBe(size < 2 * 1024 * 1024 ? undefined : '100-continue');
      expect(lean.sent.map((s) => s.headers)).toStrictEqual(stock.sent.map((s) => s.headers));
      expect(lean.sent).toStrictEqual(stock.sent);
    }
  });

  it('GIVEN answers with every output header S3 binds (metadata, dates, numbers, flags, an unreadable Expires) WHEN both clients read them THEN the outputs are identical', async () => {
    const headers = {
      'x-amz-delete-marker': 'false',
      'accept-ranges': 'bytes',
      'x-amz-expiration': 'expiry-date="Fri, 23 Dec 2026 00:00:00 GMT", rule-id="r"',
      'x-amz-restore': 'ongoing-request="false"',
      'last-modified': 'Sat, 05 Dec 2026 20:15:30 GMT',
      'content-length': '3',
      etag: '"abc"',
      'x-amz-checksum-type': 'FULL_OBJECT',
      'x-amz-missing-meta': '2',
      'x-amz-version-id': 'v-1',
      'cache-control': 'no-cache',
      'content-disposition': 'attachment; filename="a b.txt"',
      'content-encoding': 'identity',
      'content-language': 'fr',
      'content-range': 'bytes 0-2/3',
      'content-type': 'text/plain',
      expires: 'Sun, 06 Dec 2026 10:00:00 GMT',
      'x-amz-website-redirect-location': '/other',
      'x-amz-server-side-encryption': 'aws:kms',
      'x-amz-server-side-encryption-customer-algorithm': 'AES256',
      'x-amz-server-side-encryption-customer-key-md5': 'bWQ1',
      'x-amz-server-side-encryption-aws-kms-key-id': 'arn:aws:kms:eu-west-1:1:key/k',
      'x-amz-server-side-encryption-bucket-key-enabled': 'TRUE',
      'x-amz-storage-class': 'STANDARD_IA',
      'x-amz-request-charged': 'requester',
      'x-amz-replication-status': 'COMPLETED',
      'x-amz-mp-parts-count': '3',
      'x-amz-tagging-count': '1',
      'x-amz-object-lock-mode': 'GOVERNANCE',
      'x-amz-object-lock-retain-until-date': '2027-01-01T00:00:00.000Z',
      'x-amz-object-lock-legal-hold': 'OFF',
      'x-amz-meta-tenant': 't-1',
      'x-amz-meta-original-name': 'Zoë.txt',
    };
    await sameGet({ Bucket: BUCKET, Key: 'k' }, [{ status: 200, body: 'abc', headers }]);
    await sameGet({ Bucket: BUCKET, Key: 'k' }, [
      { status: 200, body: 'abc', headers: { ...headers, expires: 'in a while' } },
    ]);
    const put = await both(PUT, { Bucket: BUCKET, Key: 'k', Body: 'abc' }, [
      { status: 200, body: '', headers },
    ]);
    expect(put.lean.result).toStrictEqual(put.stock.result);
    const del = await both(DELETE, { Bucket: BUCKET, Key: 'k' }, [
      { status: 204, body: '', headers: { 'x-amz-delete-marker': 'true', 'x-amz-version-id': 'v-2' } },
    ]);
    expect(del.lean.result).toStrictEqual(del.stock.result);
  });

  it('GIVEN answers with each response checksum, right or corrupted, or part-numbered WHEN both clients read the body THEN they accept and reject alike with the same error', async () => {
    const digests = {
      'x-amz-checksum-crc32': 'NhCmhg==',
      'x-amz-checksum-crc32c': 'mnG7TA==',
      'x-amz-checksum-crc64nvme': 'M3eFcAZSQlc=',
      'x-amz-checksum-sha1': 'qvTGHdzF6KLavt4PO0gs2a6pQ00=',
      'x-amz-checksum-sha256': 'LPJNul+wow4m6DsqxbninhsWHlwfp0JecwQzYpOLmCQ=',
    };
    const cases: Record<string, string>[] = [
      ...Object.entries(digests).map(([h, v]) => ({ [h]: v })),
      digests,
      { 'x-amz-checksum-crc32': 'NhCmhg==-3' },
      { 'x-amz-checksum-crc32': 'AAAAAA==-3', 'x-amz-checksum-sha1': 'qvTGHdzF6KLavt4PO0gs2a6pQ00=' },
    ];
    for (const headers of cases) {
      const good = await sameGet({ Bucket: BUCKET, Key: 'k' }, [{ status: 200, body: 'hello', headers }]);
      expect(good.bytes, JSON.stringify(headers)).toBe(Buffer.from('hello').toString('hex'));
    }
    for (const headers of [...cases.slice(0, 6), { 'x-amz-checksum-crc32': 'NhCmhg==-03' }]) {
      const bad = await sameGet({ Bucket: BUCKET, Key: 'k' }, [{ status: 200, body: 'hellO', headers }]);
      expect(bad.message, JSON.stringify(headers)).toMatch(/^Checksum mismatch/);
    }
  });

  it('GIVEN S3 error answers (missing key, 404 without a body, denied with escaped text, unknown codes, 5xx and throttling retried) WHEN both clients send THEN the requests and errors (name, message, fault, metadata, members) are the same', async () => {
    const xml = (code: string, message: string, extra = '') =>
      `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message>${extra}<RequestId>R1</RequestId><HostId>H/1=</HostId></Error>`;
    const cases: (Answer | Answer[])[] = [
      { status: 404, body: xml('NoSuchKey', 'The specified key does not exist.', '<Key>a/b é</Key>') },
      { status: 404, body: '' },
      { status: 403, body: '' },
      {
        status: 403,
        body: xml('AccessDenied', 'Access &amp; &lt;denied&gt; &quot;x&quot; &#233;&#x1F600;&nbsp;\r\n'),
      },
      { status: 400, body: xml('InvalidArgument', 'bad', '<ArgumentName>x</ArgumentName><ArgumentValue/>') },
      {
        status: 404,
        body: xml('NoSuchBucket', 'The specified bucket does not exist', '<BucketName>b</BucketName>'),
      },
      { status: 500, body: xml('InternalError', 'We encountered an internal error.') },
      [
        { status: 503, body: xml('SlowDown', 'Please reduce your request rate.') },
        { status: 500, body: xml('InternalError', 'x') },
        { status: 503, body: xml('ServiceUnavailable', 'Reduce your request rate.') },
      ],
    ];
    const members = ['Code', 'Key', 'RequestId', 'HostId', 'BucketName', 'ArgumentName', 'ArgumentValue'];
    await expectSameErrors(GET, { Bucket: BUCKET, Key: 'a/b é' }, cases, members);
    await expectSameErrors(PUT, { Bucket: BUCKET, Key: 'a', Body: 'x' }, cases, members);
    await expectSameErrors(DELETE, { Bucket: BUCKET, Key: 'a' }, cases.slice(3), members);
  });

  it('GIVEN a request timeout, then a clock-skew refusal with the service’s date an hour ahead, then a good answer WHEN both clients put THEN they retry alike, re-signing with the corrected clock, and return the same', async () => {
    const ahead = new Date(Date.now() + 3_600_000).toUTCString();
    const answers: Answer[] = [
      { status: 400, body: '<Error><Code>RequestTimeout</Code><Message>idle</Message></Error>' },
      {
        status: 403,
        body: '<Error><Code>RequestTimeTooSkewed</Code><Message>skewed</Message></Error>',
        headers: { date: ahead },
      },
      PUT_OK,
    ];
    const { stock, lean } = await settle(() => both(PUT, { Bucket: BUCKET, Key: 'k', Body: 'x' }, answers));
    expect(stock.sent).toHaveLength(3);
    expect(stock.sent[2]?.headers['x-amz-date']).not.toBe(stock.sent[0]?.headers['x-amz-date']);
    expect(lean.sent).toStrictEqual(stock.sent);
    expect(lean.result).toStrictEqual(stock.result);
  });

  it('GIVEN a 503 then a good answer WHEN both clients put THEN they retry alike and return the same output', async () => {
    const answers: Answer[] = [
      { status: 503, body: '<Error><Code>SlowDown</Code><Message>slow</Message></Error>' },
      PUT_OK,
    ];
    const { stock, lean } = await settle(() => both(PUT, { Bucket: BUCKET, Key: 'k', Body: 'x' }, answers));
    expect(stock.sent).toHaveLength(2);
    expect(lean.sent).toStrictEqual(stock.sent);
    expect(lean.result).toStrictEqual(stock.result);
  });

  it('GIVEN S3’s modelled errors in the SDK WHEN the lean client lists them THEN it has the same ones (all client faults)', () => {
    const modelled = Object.entries(Stock)
      .filter(([name, schema]) => name.endsWith('$') && Array.isArray(schema) && schema[0] === -3)
      .filter(([name]) => name !== 'S3ServiceException$')
      .map(([, schema]) => {
        expect((schema as unknown[])[3]).toMatchObject({ error: 'client' });
        return (schema as unknown[])[2] as string;
      });
    expect([...S3_MODELED_ERRORS].sort()).toStrictEqual([...modelled].sort());
  });

  it('GIVEN an input member, a body or a bucket the lean client does not model WHEN it is sent THEN it is refused naming it, never sent without it', async () => {
    const sendLean = (command: LeanWrites.PutObjectCommand | LeanGet.GetObjectCommand) =>
      new Lean.S3Client({
        region: 'eu-west-1',
        credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
        maxAttempts: 1,
        retryMode: 'standard',
        requestHandler: { handle: async () => ({ response: {} }) } as never,
      }).run(command);
    await expect(
      sendLean(new Lean.GetObjectCommand({ Bucket: BUCKET, Key: 'k', Range: 'bytes=0-1' })),
    ).rejects.toThrow(/GetObject: member\(s\) Range not supported/);
    await expect(
      sendLean(new Lean.PutObjectCommand({ Bucket: BUCKET, Key: 'k', Body: new Blob(['x']) as never })),
    ).rejects.toThrow(/PutObject.Body/);
    await expect(sendLean(new Lean.GetObjectCommand({ Bucket: 'my.bucket', Key: 'k' }))).rejects.toThrow(
      /GetObject.Bucket/,
    );
  });

  it('GIVEN any body and its checksum by each lean algorithm WHEN the stock client reads the answer THEN it accepts it (the digests are the SDK’s), and so does the lean client', async () => {
    const algorithms = [
      ['x-amz-checksum-crc32', () => new Crc32()],
      ['x-amz-checksum-crc32c', () => new Crc32c()],
      ['x-amz-checksum-crc64nvme', () => new Crc64Nvme()],
      ['x-amz-checksum-sha1', () => new Sha1()],
      ['x-amz-checksum-sha256', () => new Sha256()],
    ] as const;
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 300 }),
        fc.constantFrom(...algorithms),
        async (body, [header, make]) => {
          const checksum = make();
          checksum.update(body);
          const digest = Buffer.from(await checksum.digest()).toString('base64');
          // PutObject's CRC32 (computed at once) is the same as the streamed one (@smithy/core's, the SDK's).
          if (header === 'x-amz-checksum-crc32')
            expect(Buffer.from(crc32(body)).toString('base64')).toBe(digest);
          const answer = { status: 200, body, headers: { [header]: digest } };
          const { stock, lean } = await both(GET, { Bucket: BUCKET, Key: 'k' }, [answer]);
          const [s, l] = [await read(stock), await read(lean)];
          expect(l).toStrictEqual(s);
          expect(s.message).toBeUndefined();
        },
      ),
      { numRuns: 60 },
    );
  });
});
