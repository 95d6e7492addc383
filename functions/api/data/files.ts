import * as z from 'zod/mini';
import { builtOnFirstUse, described, withMeta } from '../../../statemachines/zod-kit';
import { createFileRepository, fileMetaSchema, fileNameSchema } from '../../data/files';
import { BadRequestError } from '../../shared/errors';
import type { Platform } from '../../shared/platform';
import { type CollectionAdapter, type CollectionSpec, dataEvent, defined } from '../data-modules';
import { Cursor, Limit, pageView } from '../schemas';
import { ExpectedVersion, orUndefined } from './common';

/** Content travels in JSON: UTF-8 text, or base64 for binary. */
const FileContent = /* @__PURE__ */ builtOnFirstUse(() => ({
  content: z.string().check(z.maxLength(7_000_000)),
  encoding: described(z.optional(z.enum(['utf8', 'base64'])), '@default utf8'),
  // Sent as the stored object's Content-Type header (S3 on AWS), where a control character fails the upload.
  contentType: z.optional(
    z
      .string()
      .check(z.maxLength(200))
      .check(
        z.regex(
          /^[A-Za-z0-9][\w!#$&^.+-]*\/[A-Za-z0-9][\w!#$&^.+-]*(?:;[\x20-\x7e]*)?$/,
          'must be a media type such as text/plain or application/pdf (type/subtype, printable ASCII)',
        ),
      ),
  ),
}));

const NewFileBody = /* @__PURE__ */ builtOnFirstUse(() =>
  withMeta(
    z.strictObject({
      name: fileNameSchema(),
      folder: z.optional(z.string().check(z.maxLength(500))),
      ...FileContent(),
    }),
    { id: 'NewFile' },
  ),
);

const FileUpdate = /* @__PURE__ */ builtOnFirstUse(() =>
  withMeta(
    z.strictObject({
      name: z.optional(fileNameSchema()),
      folder: z.optional(z.string().check(z.maxLength(500))),
      content: z.optional(FileContent().content),
      encoding: FileContent().encoding,
      contentType: FileContent().contentType,
      expectedVersion: ExpectedVersion,
    }),
    { id: 'FilePatch' },
  ),
);

/** Files up to this size come back with their content on GET /files/{id}. */
export const INLINE_CONTENT_BYTES = 1_000_000;

const FileView = /* @__PURE__ */ builtOnFirstUse(() =>
  withMeta(
    z.extend(fileMetaSchema(), {
      content: z.optional(z.string()),
      encoding: z.optional(z.enum(['utf8', 'base64'])),
      contentOmitted: described(z.optional(z.boolean()), 'true when the file is too large to inline'),
    }),
    { id: 'File' },
  ),
);

const FilesQuery = /* @__PURE__ */ builtOnFirstUse(() =>
  z.object({
    limit: Limit,
    cursor: Cursor,
    folder: z.optional(z.string().check(z.maxLength(500))),
  }),
);

export const filesSpec: CollectionSpec = {
  name: 'files',
  title: 'File',
  item: FileView,
  createBody: NewFileBody,
  updateBody: FileUpdate,
  listQuery: FilesQuery,
  // A 5 MB file base64-encodes to 6.7 MB: the Lambda payload limit (6 MB) is the real ceiling.
  bodyLimit: 6_000_000,
};

const decodeContent = (content: string, encoding: 'utf8' | 'base64' | undefined): string | Uint8Array => {
  if (encoding !== 'base64') return content;
  if (!/^[A-Za-z0-9+/=\s_-]*$/.test(content)) {
    throw new BadRequestError('Invalid file content', [{ path: 'body.content', message: 'not base64' }]);
  }
  return new Uint8Array(Buffer.from(content, 'base64'));
};

const isTextual = (contentType: string) => /^text\/|json|xml|csv|yaml|javascript/i.test(contentType);

export const filesAdapter = (platform: Platform): CollectionAdapter => {
  const repo = createFileRepository({ db: platform.db, clock: platform.clock, store: platform.files });
  const { clock } = platform;
  return {
    async list(tenantId, query) {
      return pageView(await repo.list(tenantId, defined(query as z.infer<ReturnType<typeof FilesQuery>>)));
    },
    async create(tenantId, body) {
      const b = body as z.infer<ReturnType<typeof NewFileBody>>;
      const { file, created } = await repo.create(tenantId, {
        name: b.name,
        content: decodeContent(b.content, b.encoding),
        ...defined({ folder: b.folder, contentType: b.contentType }),
      });
      return { item: file, events: [dataEvent(clock, tenantId, 'file.updated', { file, created })] };
    },
    async get(tenantId, id) {
      const file = await orUndefined(repo.get(tenantId, id));
      if (!file) return undefined;
      if (file.size > INLINE_CONTENT_BYTES) return { ...file, contentOmitted: true };
      const stored = await orUndefined(repo.getContent(tenantId, id));
      if (!stored) return { ...file, contentOmitted: true };
      return isTextual(file.contentType)
        ? { ...file, content: Buffer.from(stored.body).toString('utf8'), encoding: 'utf8' }
        : { ...file, content: Buffer.from(stored.body).toString('base64'), encoding: 'base64' };
    },
    async update(tenantId, id, body) {
      const { expectedVersion, content, encoding, ...rest } = body as z.infer<ReturnType<typeof FileUpdate>>;
      const file = await repo.update(
        tenantId,
        id,
        { ...defined(rest), ...(content !== undefined ? { content: decodeContent(content, encoding) } : {}) },
        defined({ expectedVersion }),
      );
      return { item: file, events: [dataEvent(clock, tenantId, 'file.updated', { file, created: false })] };
    },
    async remove(tenantId, id) {
      await repo.delete(tenantId, id);
      return { item: null, events: [] };
    },
  };
};
