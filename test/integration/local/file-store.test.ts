import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLocalFileStore } from '../../../infra/local/files';

/**
 * The local file store (S3 locally: file contents, exports, Distributed Map items and results) takes what S3 takes,
 * a key up to 1,024 bytes, in memory and in a --data-dir folder alike, and refuses a longer one as S3 does.
 */

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'dynaris-files-'));
});
afterEach(async () => rm(folder, { recursive: true, force: true }));

/** A key of `bytes` UTF-8 bytes under a tenant's exports ("é" is 2 bytes and 6 once percent-encoded). */
const keyOf = (bytes: number): string => {
  const prefix = 'tenants/t1/exports/';
  const rest = bytes - prefix.length;
  return `${prefix}${'é'.repeat(Math.floor(rest / 2))}${rest % 2 ? 'x' : ''}`;
};

describe('local file store keys', () => {
  it('GIVEN a --data-dir folder WHEN a key of up to 1,024 bytes (far over a file name once encoded) is written THEN it reads back, is deleted, and a short key and a file written before keep their names', async () => {
    const store = createLocalFileStore(folder);
    const short = 'tenants/t1/files/f1/v1';
    await writeFile(path.join(folder, encodeURIComponent(short)), 'written before');
    for (const key of [keyOf(300), keyOf(1024), `${keyOf(1000)}/..`]) {
      expect(Buffer.byteLength(key)).toBeLessThanOrEqual(1024);
      await store.put(key, `body of ${key.length}`, 'text/plain');
      expect(Buffer.from((await store.get(key)) ?? []).toString()).toBe(`body of ${key.length}`);
    }
    expect(Buffer.from((await store.get(short)) ?? []).toString()).toBe('written before');
    await store.put(keyOf(600), Uint8Array.from([0, 10, 255]), 'application/octet-stream');
    expect(await store.get(keyOf(600))).toEqual(Uint8Array.from([0, 10, 255]));
    expect(await store.get(keyOf(601))).toBeUndefined();
    await store.delete(keyOf(300));
    expect(await store.get(keyOf(300))).toBeUndefined();
    expect(await readdir(folder)).toContain(encodeURIComponent(short));
  });

  it('GIVEN a key over 1,024 bytes WHEN written in memory or in a folder THEN refused as S3 refuses it (KeyTooLongError), and nothing is stored', async () => {
    for (const store of [createLocalFileStore(), createLocalFileStore(folder)]) {
      await expect(store.put(keyOf(1025), 'x', 'text/plain')).rejects.toMatchObject({
        name: 'KeyTooLongError',
        message: expect.stringContaining('1024'),
      });
      expect(await store.get(keyOf(1025))).toBeUndefined();
    }
    expect(await readdir(folder)).toEqual([]);
  });
});
