import type * as KmsSdk from '@aws-sdk/client-kms';
import type { KMSClient } from '@aws-sdk/client-kms';
import { requireCommonJs } from '../shared/commonjs';
import { traceClient } from '../shared/observability';
import type { SecretBox } from '../shared/ports';
import { AWS_RETRY } from '../shared/retry';
import { lazyClient, onFirstUse } from './lazy-sdk';

/** @aws-sdk/client-kms, loaded on first use (or preloaded at cold start). */
export const loadKmsSdk = onFirstUse(async () => requireCommonJs('@aws-sdk/client-kms') as typeof KmsSdk);

const PREFIX = 'kms:v1:';

/**
 * Integration secrets encrypted with KMS. The tenant id is the EncryptionContext, so a ciphertext copied into
 * another tenant's record does not decrypt (and CloudTrail shows which tenant each use was for).
 */
export const createKmsSecretBox = (keyId: string, client?: KMSClient): SecretBox => {
  const kms = lazyClient(loadKmsSdk, (m) => traceClient(new m.KMSClient({ ...AWS_RETRY })), client);
  return {
    async encrypt(plaintext, tenantId) {
      const out = await kms((m, c) =>
        c.send(
          new m.EncryptCommand({
            KeyId: keyId,
            Plaintext: new TextEncoder().encode(plaintext),
            EncryptionContext: { tenantId },
          }),
        ),
      );
      if (!out.CiphertextBlob) throw new Error('KMS Encrypt returned no ciphertext');
      return PREFIX + Buffer.from(out.CiphertextBlob).toString('base64');
    },
    async decrypt(ciphertext, tenantId) {
      if (!ciphertext.startsWith(PREFIX)) throw new Error('Not a KMS ciphertext of this application');
      const out = await kms((m, c) =>
        c.send(
          new m.DecryptCommand({
            KeyId: keyId,
            CiphertextBlob: Buffer.from(ciphertext.slice(PREFIX.length), 'base64'),
            EncryptionContext: { tenantId },
          }),
        ),
      );
      if (!out.Plaintext) throw new Error('KMS Decrypt returned no plaintext');
      return new TextDecoder().decode(out.Plaintext);
    },
  };
};
