import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FileStore } from '../../functions/shared/ports';
import { storageWrite } from './data-files';

/** S3 refuses an object key over 1,024 bytes (UTF-8); the local stores refuse it too. */
const MAX_KEY_BYTES = 1024;
/** The longest file name ext4, APFS and NTFS take. */
const MAX_FILE_NAME = 255;

/** As S3's error for such a key (the SDK's error name), so callers see locally what they would see on AWS. */
export class KeyTooLongError extends Error {
  constructor(key: string) {
    super(`Your key is too long: ${Buffer.byteLength(key, 'utf8')} bytes, S3 takes at most ${MAX_KEY_BYTES}`);
    this.name = 'KeyTooLongError';
  }
}

const checkKey = (key: string): void => {
  if (Buffer.byteLength(key, 'utf8') > MAX_KEY_BYTES) throw new KeyTooLongError(key);
};

/**
 * The file a key is kept in. A key's percent-encoding is its file name (separators and `..` cannot escape the
 * folder), as folders written before keep them. An encoding longer than a file name may be (a key of up to 1,024
 * bytes encodes to up to ~9 KB), or a bare `.` / `..`, goes to a name from its hash instead: `%long-` never starts an
 * encoding (there `%` is always followed by two hex digits), and the file begins with the key, checked on reading.
 */
const fileNameOf = (key: string): { name: string; hashed: boolean } => {
  const encoded = encodeURIComponent(key);
  if (encoded.length <= MAX_FILE_NAME && encoded !== '.' && encoded !== '..')
    return { name: encoded, hashed: false };
  return { name: `%long-${createHash('sha256').update(key, 'utf8').digest('hex')}`, hashed: true };
};

/** A hashed file: `{"key":…}` on its first line (JSON escapes any newline in the key), then the body. */
const withKey = (key: string, body: Uint8Array): Buffer =>
  Buffer.concat([Buffer.from(`${JSON.stringify({ key })}\n`, 'utf8'), body]);

const bodyFor = (key: string, content: Buffer): Uint8Array | undefined => {
  const newline = content.indexOf(0x0a);
  if (newline < 0) return undefined;
  try {
    const header = JSON.parse(content.subarray(0, newline).toString('utf8')) as { key?: unknown };
    return header.key === key ? new Uint8Array(content.subarray(newline + 1)) : undefined;
  } catch {
    return undefined;
  }
};

const bytesOf = (body: string | Uint8Array): Uint8Array =>
  typeof body === 'string' ? Buffer.from(body, 'utf8') : body;

/** The local FileStore: a folder (under --data-dir) or memory. Keys are S3-style paths (`T#t1/files/…`). */
export const createLocalFileStore = (folder?: string): FileStore => {
  if (!folder) {
    const memory = new Map<string, Uint8Array>();
    return {
      async put(key, body) {
        checkKey(key);
        memory.set(key, Uint8Array.from(bytesOf(body)));
      },
      async get(key) {
        const found = memory.get(key);
        return found ? Uint8Array.from(found) : undefined;
      },
      async delete(key) {
        memory.delete(key);
      },
    };
  }
  const fileOf = (key: string) => {
    const { name, hashed } = fileNameOf(key);
    return { file: path.join(folder, name), hashed };
  };
  return {
    async put(key, body) {
      checkKey(key);
      const { file, hashed } = fileOf(key);
      await storageWrite('The file', async () => {
        await mkdir(folder, { recursive: true });
        await writeFile(file, hashed ? withKey(key, bytesOf(body)) : bytesOf(body));
      });
    },
    async get(key) {
      const { file, hashed } = fileOf(key);
      let content: Buffer;
      try {
        content = await readFile(file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
      return hashed ? bodyFor(key, content) : new Uint8Array(content);
    },
    async delete(key) {
      await rm(fileOf(key).file, { force: true });
    },
  };
};
