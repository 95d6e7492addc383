import type {
  DecryptCommandInput,
  DecryptCommandOutput,
  EncryptCommandInput,
  EncryptCommandOutput,
} from '@aws-sdk/client-kms';
import { LeanClient, type LeanClientConfig, LeanCommand, type LeanService } from './client';
import { jsonRpcOperation } from './json';

/**
 * KMS Encrypt and Decrypt, the secret box's two calls (awsJson1_1, target TrentService), for a lean client
 * (client.ts). Member order as in the service model (the SDK's schemas for EncryptRequest and DecryptRequest).
 */
export const KMS: LeanService = {
  clientName: 'KMSClient',
  endpointPrefix: 'kms',
  signingName: 'kms',
  apiVersion: '2014-11-01',
};

const SERVICE = { version: '1.1', target: 'TrentService' } as const;

const ENCRYPT = jsonRpcOperation<EncryptCommandInput, Omit<EncryptCommandOutput, '$metadata'>>(
  SERVICE,
  'Encrypt',
  {
    struct: {
      KeyId: 'string',
      Plaintext: 'blob',
      EncryptionContext: { map: 'string' },
      GrantTokens: { list: 'string' },
      EncryptionAlgorithm: 'string',
      DryRun: 'boolean',
    },
  },
  { struct: { CiphertextBlob: 'blob', KeyId: 'string', EncryptionAlgorithm: 'string' } },
);

const DECRYPT = jsonRpcOperation<DecryptCommandInput, Omit<DecryptCommandOutput, '$metadata'>>(
  SERVICE,
  'Decrypt',
  {
    struct: {
      CiphertextBlob: 'blob',
      EncryptionContext: { map: 'string' },
      GrantTokens: { list: 'string' },
      KeyId: 'string',
      EncryptionAlgorithm: 'string',
      DryRun: 'boolean',
    },
  },
  {
    struct: {
      KeyId: 'string',
      Plaintext: 'blob',
      EncryptionAlgorithm: 'string',
      CiphertextForRecipient: 'blob',
      KeyMaterialId: 'string',
    },
  },
);

/** The lean module the secret box loads in place of @aws-sdk/client-kms. */
export class KMSClient extends LeanClient {
  constructor(config: LeanClientConfig) {
    super(KMS, config);
  }
}

export class EncryptCommand extends LeanCommand<
  EncryptCommandInput,
  Omit<EncryptCommandOutput, '$metadata'>
> {
  constructor(input: EncryptCommandInput) {
    super(input, ENCRYPT);
  }
}

export class DecryptCommand extends LeanCommand<
  DecryptCommandInput,
  Omit<DecryptCommandOutput, '$metadata'>
> {
  constructor(input: DecryptCommandInput) {
    super(input, DECRYPT);
  }
}
