import { DecryptCommand, EncryptCommand, KMSClient } from '@aws-sdk/client-kms';
import { GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { createKmsSecretBox } from '../../functions/adapters/kms-secrets';
import { createLocalSecretBox, generateSecretsKey } from '../../functions/adapters/local-secrets';
import { createS3FileStore } from '../../functions/adapters/s3-files';

const credentials = { accessKeyId: 'x', secretAccessKey: 'x' };

describe('secret boxes', () => {
  it('GIVEN the KMS box WHEN a secret is encrypted and decrypted THEN both calls bind the tenant as EncryptionContext', async () => {
    const client = new KMSClient({ region: 'eu-west-1', credentials });
    const kms = mockClient(client);
    kms.on(EncryptCommand).resolves({ CiphertextBlob: new Uint8Array([1, 2, 3]) });
    kms.on(DecryptCommand).resolves({ Plaintext: new TextEncoder().encode('https://hooks.slack.com/x') });
    const box = createKmsSecretBox('alias/dynaris-secrets', client);
    const ct = await box.encrypt('https://hooks.slack.com/x', 'tenant-a');
    expect(ct).toBe('kms:v1:AQID');
    expect(await box.decrypt(ct, 'tenant-a')).toBe('https://hooks.slack.com/x');
    const enc = kms.commandCalls(EncryptCommand)[0]?.args[0].input;
    expect(enc?.KeyId).toBe('alias/dynaris-secrets');
    expect(enc?.EncryptionContext).toEqual({ tenantId: 'tenant-a' });
    expect(new TextDecoder().decode(enc?.Plaintext)).toBe('https://hooks.slack.com/x');
    const dec = kms.commandCalls(DecryptCommand)[0]?.args[0].input;
    expect(dec?.EncryptionContext).toEqual({ tenantId: 'tenant-a' });
    expect([...(dec?.CiphertextBlob ?? [])]).toEqual([1, 2, 3]);
  });

  it('GIVEN the local AES-GCM box WHEN a ciphertext is tampered with or read with another key THEN decryption fails', async () => {
    const key = generateSecretsKey();
    const box = createLocalSecretBox(key);
    const ct = await box.encrypt('s3cret', 't1');
    expect(ct).not.toContain('s3cret');
    expect(await createLocalSecretBox(key).decrypt(ct, 't1')).toBe('s3cret');
    await expect(createLocalSecretBox(generateSecretsKey()).decrypt(ct, 't1')).rejects.toThrow();
    const at = ct.length - 2;
    const flipped = `${ct.slice(0, at)}${ct[at] === 'A' ? 'B' : 'A'}${ct.slice(at + 1)}`;
    expect(flipped).not.toBe(ct);
    await expect(box.decrypt(flipped, 't1')).rejects.toThrow();
    expect(() => createLocalSecretBox(Buffer.from('short').toString('base64'))).toThrow(/32 bytes/);
  });
});

describe('S3 file store', () => {
  it('GIVEN the S3 store WHEN files are put and read THEN the bucket, key and content type are sent and a missing key reads as undefined', async () => {
    const client = new S3Client({ region: 'eu-west-1', credentials });
    const s3 = mockClient(client);
    s3.on(PutObjectCommand).resolves({});
    s3.on(GetObjectCommand).rejects(new NoSuchKey({ message: 'gone', $metadata: {} }));
    const store = createS3FileStore('files-bucket', client);
    await store.put('T#t1/files/a.txt', 'hello', 'text/plain');
    const put = s3.commandCalls(PutObjectCommand)[0]?.args[0].input;
    expect(put).toMatchObject({ Bucket: 'files-bucket', Key: 'T#t1/files/a.txt', ContentType: 'text/plain' });
    expect(Buffer.from(put?.Body as Uint8Array).toString('utf8')).toBe('hello');
    expect(await store.get('T#t1/files/missing.txt')).toBeUndefined();
  });
});
