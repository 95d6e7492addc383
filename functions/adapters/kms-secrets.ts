import type * as KmsSdk from '@aws-sdk/client-kms';
import type {
  DecryptCommandInput,
  DecryptCommandOutput,
  EncryptCommandInput,
  EncryptCommandOutput,
  KMSClient,
} from '@aws-sdk/client-kms';
import { requireCommonJs } from '../shared/commonjs';
import { traceClient } from '../shared/observability';
import type { SecretBox } from '../shared/ports';
import { AWS_RETRY } from '../shared/retry';
import { type LeanEnvironment, leanAwsEnvironment } from './aws-lean/environment';
import { lazyClient, onFirstUse } from './lazy-sdk';

/** @aws-sdk/client-kms, loaded on first use (or preloaded at cold start). */
export const loadKmsSdk = onFirstUse(async () => requireCommonJs('@aws-sdk/client-kms') as typeof KmsSdk);

const PREFIX = 'kms:v1:';

interface KmsCalls {
  readonly encrypt: (input: EncryptCommandInput) => Promise<EncryptCommandOutput>;
  readonly decrypt: (input: DecryptCommandInput) => Promise<DecryptCommandOutput>;
}

/**
 * Encrypt and Decrypt through another client than @aws-sdk/client-kms, for a resolved environment: the lean client
 * (aws-lean/kms-calls.ts leanKms, the same signed requests as the stock client's), which an entry whose main path
 * reads secrets passes (startAwsFunction), so that its cold start need not load the SDK package (~6 ms of CPU).
 */
export type KmsVia = (environment: LeanEnvironment) => KmsCalls;

/** The SDK's service id of KMS, for its endpoint override variable (AWS_ENDPOINT_URL_KMS). */
const KMS_ENV_ID = 'KMS';

/** Whether `lean` serves in this environment (leanAwsEnvironment); if not, the secret box uses the SDK package. */
export const decryptsLean = (lean: KmsVia | undefined, env: NodeJS.ProcessEnv = process.env): boolean =>
  lean !== undefined && leanAwsEnvironment(KMS_ENV_ID, env) !== undefined;

const kmsVia = (client: KMSClient | undefined, lean: KmsVia | undefined): KmsCalls => {
  const environment = client || !lean ? undefined : leanAwsEnvironment(KMS_ENV_ID);
  if (lean && environment) return lean(environment);
  const kms = lazyClient(loadKmsSdk, (m) => traceClient(new m.KMSClient({ ...AWS_RETRY })), client);
  return {
    encrypt: (input) => kms((m, c) => c.send(new m.EncryptCommand(input))),
    decrypt: (input) => kms((m, c) => c.send(new m.DecryptCommand(input))),
  };
};

/**
 * Integration secrets encrypted with KMS. The tenant id is the EncryptionContext, so a ciphertext copied into
 * another tenant's record does not decrypt (and CloudTrail shows which tenant each use was for).
 */
export const createKmsSecretBox = (keyId: string, client?: KMSClient, lean?: KmsVia): SecretBox => {
  const kms = kmsVia(client, lean);
  return {
    async encrypt(plaintext, tenantId) {
      const out = await kms.encrypt({
        KeyId: keyId,
        Plaintext: new TextEncoder().encode(plaintext),
        EncryptionContext: { tenantId },
      });
      if (!out.CiphertextBlob) throw new Error('KMS Encrypt returned no ciphertext');
      return PREFIX + Buffer.from(out.CiphertextBlob).toString('base64');
    },
    async decrypt(ciphertext, tenantId) {
      if (!ciphertext.startsWith(PREFIX)) throw new Error('Not a KMS ciphertext of this application');
      const out = await kms.decrypt({
        KeyId: keyId,
        CiphertextBlob: Buffer.from(ciphertext.slice(PREFIX.length), 'base64'),
        EncryptionContext: { tenantId },
      });
      if (!out.Plaintext) throw new Error('KMS Decrypt returned no plaintext');
      return new TextDecoder().decode(out.Plaintext);
    },
  };
};
