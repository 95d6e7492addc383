import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { SecretBox } from '../shared/ports';

/** Env var holding the local key: 32 bytes, base64. Without it a random key is generated (secrets then live as long as the process). */
export const LOCAL_SECRETS_KEY_ENV = 'DYNARIS_SECRETS_KEY';

const PREFIX = 'local:v1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export const generateSecretsKey = (): string => randomBytes(32).toString('base64');

const readKey = (base64: string): Buffer => {
  const key = Buffer.from(base64, 'base64');
  if (key.length !== 32) throw new Error(`${LOCAL_SECRETS_KEY_ENV} must be 32 bytes, base64-encoded`);
  return key;
};

/** AES-256-GCM with the tenant id as additional authenticated data (the local twin of the KMS EncryptionContext). */
export const createLocalSecretBox = (
  keyBase64: string | undefined = process.env[LOCAL_SECRETS_KEY_ENV],
): SecretBox => {
  const key = readKey(keyBase64 ?? generateSecretsKey());
  return {
    async encrypt(plaintext, tenantId) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(tenantId, 'utf8'));
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
    },
    async decrypt(ciphertext, tenantId) {
      if (!ciphertext.startsWith(PREFIX)) throw new Error('Not a local ciphertext');
      const raw = Buffer.from(ciphertext.slice(PREFIX.length), 'base64url');
      if (raw.length < IV_BYTES + TAG_BYTES) throw new Error('Ciphertext is truncated');
      const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES));
      decipher.setAAD(Buffer.from(tenantId, 'utf8'));
      decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString(
        'utf8',
      );
    },
  };
};
