import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FileStore } from '../../functions/shared/ports';
import { storageWrite } from './data-files';

/** The local FileStore: a folder (under --data-dir) or memory. Keys are S3-style paths (`T#t1/files/…`). */
export const createLocalFileStore = (folder?: string): FileStore => {
  if (!folder) {
    const memory = new Map<string, Uint8Array>();
    return {
      async put(key, body) {
        memory.set(key, typeof body === 'string' ? Buffer.from(body, 'utf8') : Uint8Array.from(body));
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
  // Every key maps to one file; encoding keeps separators and `..` from escaping the folder.
  const fileOf = (key: string) => path.join(folder, encodeURIComponent(key));
  return {
    async put(key, body) {
      await storageWrite('The file', async () => {
        await mkdir(folder, { recursive: true });
        await writeFile(fileOf(key), typeof body === 'string' ? Buffer.from(body, 'utf8') : body);
      });
    },
    async get(key) {
      try {
        return new Uint8Array(await readFile(fileOf(key)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },
    async delete(key) {
      await rm(fileOf(key), { force: true });
    },
  };
};
