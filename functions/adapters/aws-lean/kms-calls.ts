import { traceClient } from '../../shared/observability';
import { AWS_RETRY } from '../../shared/retry';
import type { KmsVia } from '../kms-secrets';
import { onFirstUse } from '../lazy-sdk';
import { DecryptCommand, EncryptCommand, KMSClient } from './kms';

/**
 * The secret box's Encrypt and Decrypt through the lean KMS client (traced like every SDK client), for the
 * environment leanAwsEnvironment resolved. An entry whose main path reads secrets passes it to startAwsFunction.
 */
export const leanKms: KmsVia = (environment) => {
  const client = onFirstUse(async () => traceClient(new KMSClient({ ...environment, ...AWS_RETRY })));
  return {
    encrypt: async (input) => (await client()).run(new EncryptCommand(input)),
    decrypt: async (input) => (await client()).run(new DecryptCommand(input)),
  };
};
