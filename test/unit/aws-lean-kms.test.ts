import * as Stock from '@aws-sdk/client-kms';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Lean from '../../functions/adapters/aws-lean/kms';
import { type Answer, both, expectSameErrors, wireComparison, wireSubject } from '../support/aws-lean-wire';

/** The lean KMS Encrypt/Decrypt client against the stock KMS client, on the wire (test/support/aws-lean-wire.ts). */
const ENCRYPT = wireSubject<Stock.EncryptCommandInput>(
  Stock.KMSClient,
  Stock.EncryptCommand,
  Lean.KMSClient,
  Lean.EncryptCommand,
);
const DECRYPT = wireSubject<Stock.DecryptCommandInput>(
  Stock.KMSClient,
  Stock.DecryptCommand,
  Lean.KMSClient,
  Lean.DecryptCommand,
);
const KEY = 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const ENCRYPTED: Answer = {
  status: 200,
  body: JSON.stringify({
    CiphertextBlob: Buffer.from('cipher\u0000bytes').toString('base64'),
    KeyId: KEY,
    EncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
  }),
};
const DECRYPTED: Answer = {
  status: 200,
  body: JSON.stringify({
    KeyId: KEY,
    Plaintext: Buffer.from('https://hooks.slack.com/x ✓').toString('base64'),
    EncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
  }),
};

wireComparison();

describe('lean KMS Encrypt and Decrypt against the stock client', () => {
  it('GIVEN the secret box’s Encrypt and Decrypt WHEN both clients send them THEN the signed requests and the outputs (bytes as Uint8Array) are identical', async () => {
    const plaintext = new TextEncoder().encode('https://hooks.slack.com/services/T/B/x ✓');
    const encrypt = await both(
      ENCRYPT,
      { KeyId: KEY, Plaintext: plaintext, EncryptionContext: { tenantId: 't-1' } },
      [ENCRYPTED],
    );
    expect(encrypt.stock.sent[0]?.url).toBe('https://kms.eu-west-1.amazonaws.com/');
    expect(encrypt.lean.sent).toStrictEqual(encrypt.stock.sent);
    expect(encrypt.lean.result).toStrictEqual(encrypt.stock.result);
    const ciphertext = Buffer.from('cipher\u0000bytes');
    const decrypt = await both(
      DECRYPT,
      { KeyId: KEY, CiphertextBlob: ciphertext, EncryptionContext: { tenantId: 't-1' } },
      [DECRYPTED],
    );
    expect(decrypt.lean.sent).toStrictEqual(decrypt.stock.sent);
    expect(decrypt.lean.result).toStrictEqual(decrypt.stock.result);
  });

  it('GIVEN any bytes, contexts and grant tokens WHEN both clients encrypt and decrypt THEN the requests are identical', async () => {
    const text = fc.string({ unit: 'binary', maxLength: 20 });
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 64 }),
        fc.dictionary(text, text, { maxKeys: 3 }),
        fc.option(fc.array(text, { maxLength: 2 }), { nil: undefined }),
        async (bytes, context, grants) => {
          const extra = grants ? { GrantTokens: grants } : {};
          const e = await both(
            ENCRYPT,
            { KeyId: KEY, Plaintext: bytes, EncryptionContext: context, ...extra },
            [ENCRYPTED],
          );
          expect(e.lean.sent).toStrictEqual(e.stock.sent);
          const d = await both(
            DECRYPT,
            { CiphertextBlob: bytes, EncryptionContext: context, KeyId: KEY, ...extra },
            [DECRYPTED],
          );
          expect(d.lean.sent).toStrictEqual(d.stock.sent);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('GIVEN KMS error answers WHEN both clients decrypt THEN the requests and the errors (name, message, fault, metadata) are the same', async () => {
    const cases: Answer[] = [
      { status: 400, body: '{"__type":"InvalidCiphertextException"}' },
      { status: 400, body: '{"__type":"AccessDeniedException","Message":"not allowed"}' },
      { status: 400, body: '{"__type":"ThrottlingException","message":"Rate exceeded"}' },
      { status: 500, body: '{"__type":"KMSInternalException","message":"x"}' },
    ];
    const input = { CiphertextBlob: Buffer.from('c'), EncryptionContext: { tenantId: 't' }, KeyId: KEY };
    await expectSameErrors(DECRYPT, input, cases);
  });
});
