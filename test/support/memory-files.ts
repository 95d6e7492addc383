import type { FileStore } from '../../functions/shared/ports';

/** FileStore in memory, for tests. */
export const memoryFileStore = (): FileStore & { readonly objects: Map<string, Uint8Array> } => {
  const objects = new Map<string, Uint8Array>();
  return {
    objects,
    put: async (key, body) => {
      objects.set(key, typeof body === 'string' ? new TextEncoder().encode(body) : body);
    },
    get: async (key) => objects.get(key),
    delete: async (key) => {
      objects.delete(key);
    },
  };
};
