import { createHash } from 'node:crypto';
import * as z from 'zod/mini';
import { builtOnFirstUse } from '../../statemachines/zod-kit';
import { BadRequestError, NotFoundError } from '../shared/errors';
import type { Clock, Database, FileStore } from '../shared/ports';
import { POLICIES, retry } from '../shared/retry';
import {
  AlreadyExistsError,
  assertExpectedVersion,
  type Companion,
  createEntityStore,
  firstVersion,
  type Item,
  newId,
  type Page,
  type PageRequest,
  transact,
  uniqueKey,
  VersionConflictError,
  type VersionOptions,
} from './repository';
import { GSI1, GSI2, tenantKey } from './table';

/**
 * Files: metadata in DynamoDB, content in the FileStore (S3 on AWS) under `tenants/<t>/files/<id>/v<version>`.
 * A path (folder + name) names at most one file; creating a file at a taken path replaces its content (new version).
 *
 *   file  pk T#<t>#FILE#<id>            sk FILE      gsi1 T#<t>#FILES / <createdAt>#<id>
 *                                                   gsi2 T#<t>#FILES#FOLDER#<folder> / <name>#<id>
 *   path  pk T#<t>#FILEPATH#<path>      sk FILEPATH  fileId (uniqueness, same transaction as the file)
 */

export const MAX_FILE_BYTES = 5_000_000;

export type FileMeta = z.infer<typeof FileMeta>;

export interface NewFile {
  readonly name: string;
  readonly folder?: string;
  readonly content: string | Uint8Array;
  readonly contentType?: string;
}

export interface FilePatch {
  readonly name?: string;
  readonly folder?: string;
  readonly content?: string | Uint8Array;
  readonly contentType?: string;
}

export interface FileFilters extends PageRequest {
  readonly folder?: string;
}

const hasControlCharacter = (s: string): boolean => [...s].some((c) => c.charCodeAt(0) < 32);

/** `a/b/` -> `a/b`; refuses `..` and empty segments. The root folder is ``. */
export const normalizeFolder = (folder: string | undefined): string => {
  const segments = (folder ?? '').split('/').filter((s) => s.length > 0);
  for (const s of segments) {
    if (s === '.' || s === '..' || s.includes('\\') || hasControlCharacter(s))
      throw new BadRequestError(`invalid folder "${folder}"`);
  }
  const normalized = segments.join('/');
  if (normalized.length > 500) throw new BadRequestError('folder is too long');
  return normalized;
};

const ENTITY = 'FILE';
const pathKey = (tenantId: string, path: string) => uniqueKey(tenantId, 'FILEPATH', path);
const joinPath = (folder: string, name: string) => (folder ? `${folder}/${name}` : name);
export const fileContentKey = (tenantId: string, id: string, version: number) =>
  `tenants/${tenantId}/files/${id}/v${version}`;

const fileIndexes = (tenantId: string, f: FileMeta): Item => ({
  gsi1pk: tenantKey(tenantId, 'FILES'),
  gsi1sk: `${f.createdAt}#${f.id}`,
  gsi2pk: tenantKey(tenantId, 'FILES', 'FOLDER', f.folder),
  gsi2sk: `${f.name}#${f.id}`,
});

/** The path marker: one file per path. */
const pathMarker = (tenantId: string, f: FileMeta): Companion => ({
  key: pathKey(tenantId, f.path),
  label: `file path ${f.path}`,
  item: { ...pathKey(tenantId, f.path), type: 'filePath', tenantId, fileId: f.id },
  unique: () => new AlreadyExistsError('file at', f.path),
});

const toBytes = (content: string | Uint8Array): Uint8Array =>
  typeof content === 'string' ? new TextEncoder().encode(content) : content;

const guessContentType = (name: string): string => {
  const ext = name.toLowerCase().split('.').pop() ?? '';
  const types: Record<string, string> = {
    txt: 'text/plain; charset=utf-8',
    md: 'text/markdown; charset=utf-8',
    csv: 'text/csv; charset=utf-8',
    json: 'application/json',
    html: 'text/html; charset=utf-8',
    pdf: 'application/pdf',
    png: 'image/png',
    jpg: 'image/jpeg',
    jpeg: 'image/jpeg',
  };
  return types[ext] ?? 'application/octet-stream';
};

export const createFileRepository = ({
  db,
  clock,
  store,
}: {
  readonly db: Database;
  readonly clock: Clock;
  readonly store: FileStore;
}) => {
  const files = createEntityStore<FileMeta>(db, {
    entity: 'file',
    kind: ENTITY,
    indexes: fileIndexes,
    companions: (tenantId, f) => [pathMarker(tenantId, f)],
    exists: (f) => new VersionConflictError('file', f.id),
  });
  const { get } = files;

  const findByPath = (tenantId: string, path: string): Promise<FileMeta | undefined> =>
    files.findByMarker(tenantId, pathKey(tenantId, path), 'fileId');

  const getContent = async (tenantId: string, id: string): Promise<{ file: FileMeta; body: Uint8Array }> => {
    const file = await get(tenantId, id);
    const body = await store.get(file.contentKey);
    if (!body) throw new NotFoundError('content of file', id);
    return { file, body };
  };

  const checkedBytes = (content: string | Uint8Array): Uint8Array => {
    const bytes = toBytes(content);
    if (bytes.byteLength > MAX_FILE_BYTES)
      throw new BadRequestError(`a file holds at most ${MAX_FILE_BYTES} bytes`);
    return bytes;
  };

  /**
   * Writes content then metadata (a move replaces the path marker in the same transaction); the content of a write
   * that lost its race is removed again.
   */
  const putVersion = async (
    tenantId: string,
    current: FileMeta | undefined,
    next: FileMeta,
    bytes: Uint8Array | undefined,
  ): Promise<void> => {
    if (bytes) await store.put(next.contentKey, bytes, next.contentType);
    try {
      await transact(
        db,
        current ? files.replaceSteps(tenantId, current, next) : files.insertSteps(tenantId, next),
      );
    } catch (error) {
      if (bytes && next.contentKey !== current?.contentKey)
        await store.delete(next.contentKey).catch(() => undefined);
      throw error;
    }
    if (bytes && current && current.contentKey !== next.contentKey) {
      await store.delete(current.contentKey).catch(() => undefined);
    }
  };

  /** Creates the file, or replaces the content of the file at the same path (`created: false`). */
  const create = async (tenantId: string, input: NewFile): Promise<{ file: FileMeta; created: boolean }> => {
    const name = fileNameSchema().parse(input.name);
    const folder = normalizeFolder(input.folder);
    const path = joinPath(folder, name);
    const bytes = checkedBytes(input.content);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const contentType = input.contentType ?? guessContentType(name);
    // A lost race (someone replaced or created the same path meanwhile) re-reads the path and tries again.
    const attempt = async (): Promise<{ file: FileMeta; created: boolean }> => {
      const existing = await findByPath(tenantId, path);
      const at = clock.now().toISOString();
      if (existing) {
        const version = existing.version + 1;
        const next: FileMeta = {
          ...existing,
          contentType,
          size: bytes.byteLength,
          sha256,
          contentKey: fileContentKey(tenantId, existing.id, version),
          updatedAt: at,
          version,
        };
        await putVersion(tenantId, existing, next, bytes);
        return { file: next, created: false };
      }
      const id = newId('fl', clock.now());
      const file: FileMeta = {
        id,
        name,
        folder,
        path,
        contentType,
        size: bytes.byteLength,
        sha256,
        contentKey: fileContentKey(tenantId, id, 1),
        ...firstVersion(at),
      };
      await putVersion(tenantId, undefined, file, bytes);
      return { file, created: true };
    };
    const lostRace = (error: unknown) =>
      error instanceof VersionConflictError || error instanceof AlreadyExistsError;
    return retry(attempt, POLICIES.versionConflict, { retryOn: lostRace }).catch((error: unknown) => {
      throw lostRace(error) ? new VersionConflictError('file at', path) : error;
    });
  };

  /** Rename, move and/or replace content. Moving onto a taken path is refused (AlreadyExistsError). */
  const update = async (
    tenantId: string,
    id: string,
    patch: FilePatch,
    options: { expectedVersion?: number } = {},
  ): Promise<FileMeta> => {
    const current = await get(tenantId, id);
    assertExpectedVersion('file', id, current, options.expectedVersion);
    const name = patch.name === undefined ? current.name : fileNameSchema().parse(patch.name);
    const folder = patch.folder === undefined ? current.folder : normalizeFolder(patch.folder);
    const path = joinPath(folder, name);
    const bytes = patch.content === undefined ? undefined : checkedBytes(patch.content);
    const version = current.version + 1;
    const next: FileMeta = {
      ...current,
      name,
      folder,
      path,
      contentType: patch.contentType ?? current.contentType,
      ...(bytes
        ? {
            size: bytes.byteLength,
            sha256: createHash('sha256').update(bytes).digest('hex'),
            contentKey: fileContentKey(tenantId, id, version),
          }
        : {}),
      updatedAt: clock.now().toISOString(),
      version,
    };
    await putVersion(tenantId, current, next, bytes);
    return next;
  };

  const remove = async (tenantId: string, id: string, options: VersionOptions = {}): Promise<void> => {
    const current = await files.remove(tenantId, id, options.expectedVersion);
    await store.delete(current.contentKey).catch(() => undefined);
  };

  /** Newest first; within a folder, by name. */
  const list = (tenantId: string, filters: FileFilters = {}): Promise<Page<FileMeta>> => {
    const inFolder = filters.folder !== undefined;
    return files.list(
      tenantId,
      {
        index: inFolder ? GSI2 : GSI1,
        keyCondition: inFolder ? 'gsi2pk = :p' : 'gsi1pk = :p',
        names: {},
        values: {
          ':p': inFolder
            ? tenantKey(tenantId, 'FILES', 'FOLDER', normalizeFolder(filters.folder))
            : tenantKey(tenantId, 'FILES'),
        },
        newestFirst: !inFolder,
      },
      filters,
    );
  };

  return { create, get, findByPath, getContent, update, delete: remove, list };
};

export type FileRepository = ReturnType<typeof createFileRepository>;

/**
 * The file schemas, each built on its first call and kept: a function that serves other collections (api-data
 * answers six) never builds them, and one that writes files builds only `FileName`. One thunk per schema, so a bundle
 * drops the ones it never reads (email-ingest stores attachments, never parses a stored `FileMeta`). `fileSchemas()`
 * and the export below are the same schemas by name, for code that reads them at its own module scope; a bundle that
 * does not read them drops them.
 */
export const fileMetaSchema = /* @__PURE__ */ builtOnFirstUse(() =>
  z.object({
    id: z.string(),
    name: z.string(),
    folder: z.string(),
    path: z.string(),
    contentType: z.string(),
    size: z.number().check(z.int()),
    sha256: z.string(),
    contentKey: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().check(z.int()),
  }),
);

export const fileNameSchema = /* @__PURE__ */ builtOnFirstUse(() =>
  z
    .string()
    .check(z.trim())
    .check(z.minLength(1))
    .check(z.maxLength(255))
    .check(
      z.refine(
        (n) => !/[/\\]/.test(n) && !hasControlCharacter(n) && n !== '.' && n !== '..',
        'must not contain slashes or control characters, nor be "." or ".."',
      ),
    ),
);

/** Both file schemas by name (each built on its first call). */
export const fileSchemas = /* @__PURE__ */ builtOnFirstUse(() => ({
  FileMeta: fileMetaSchema(),
  FileName: fileNameSchema(),
}));

export const FileMeta = /* @__PURE__ */ (() => fileMetaSchema())();
