import * as z from 'zod/mini';
import { builtOnFirstParse, builtOnFirstUse } from '../../../statemachines/zod-kit';
import { NotFoundError } from '../../shared/errors';
import {
  type AnyRoute,
  created,
  defineRoute,
  NotImplementedError,
  ok,
  ServiceUnavailableError,
} from '../../shared/http';
import { type ApiContext, actorOf, tenantOf } from '../context';
import { COLLECTION_SPECS } from '../data';
import type { CollectionSpec, WriteResult } from '../data-modules';
import { Id } from '../schemas';

const route = defineRoute<ApiContext>();

const publish = async (ctx: ApiContext, result: WriteResult): Promise<void> => {
  if (result.events.length === 0) return;
  try {
    await ctx.deps.platform.bus.publish(result.events);
  } catch (err) {
    ctx.deps.log('Publishing data events failed', {
      events: result.events.map((e) => e.detailType),
      error: String(err),
    });
    throw new ServiceUnavailableError(
      `The change was saved but its event (${result.events.map((e) => e.detailType).join(', ')}) could not be published; workflows may not have fired`,
    );
  }
};

const pascal = (words: string) =>
  words
    .split(/\s+/)
    .map((w) => `${w[0]?.toUpperCase() ?? ''}${w.slice(1)}`)
    .join('');
const singularOperation = (spec: CollectionSpec, verb: string) => `${verb}${pascal(spec.title)}`;
const pluralOperation = (spec: CollectionSpec, verb: string) =>
  `${verb}${spec.name[0]?.toUpperCase() ?? ''}${spec.name.slice(1)}`;

const ItemParams = /* @__PURE__ */ (() => z.object({ id: Id }))();

export const collectionRoutes = (spec: CollectionSpec): AnyRoute<ApiContext>[] => {
  const tags = [spec.name[0]?.toUpperCase() + spec.name.slice(1)];
  const page = /* @__PURE__ */ builtOnFirstUse(() =>
    z.object({ items: z.array(spec.item()), nextCursor: z.optional(z.string()) }),
  );
  const writeErrors = spec.unprocessableWrites ? [409, 422, 503] : [409, 503];
  const adapter = (ctx: ApiContext) => {
    const found = ctx.deps.data[spec.name];
    if (!found) throw new NotImplementedError(`The ${spec.name} module is not available in this deployment`);
    return found;
  };
  return [
    route({
      operationId: pluralOperation(spec, 'list'),
      method: 'GET',
      path: `/${spec.name}`,
      docs: typeof DYNARIS_BUNDLE === 'undefined' && {
        summary: `List ${spec.name}, newest first, with filters`,
        tags,
        responses: { 200: { description: `A page of ${spec.name}`, schema: page } },
      },
      auth: 'tenant',
      query: builtOnFirstParse(spec.listQuery),
      async handler(req, ctx) {
        return ok(await adapter(ctx).list(tenantOf(ctx), req.query as Record<string, unknown>));
      },
    }),
    route({
      operationId: singularOperation(spec, 'create'),
      method: 'POST',
      path: `/${spec.name}`,
      docs: typeof DYNARIS_BUNDLE === 'undefined' && {
        summary: `Create a ${spec.title.toLowerCase()}`,
        tags,
        responses: { 201: { description: 'Created', schema: spec.item } },
      },
      auth: 'tenant',
      body: builtOnFirstParse(spec.createBody),
      ...(spec.bodyLimit ? { bodyLimit: spec.bodyLimit } : {}),
      errors: writeErrors,
      async handler(req, ctx) {
        const result = await adapter(ctx).create(tenantOf(ctx), req.body, actorOf(ctx));
        await publish(ctx, result);
        const id = (result.item as { id?: string }).id;
        return created(result.item, id ? `/${spec.name}/${id}` : undefined);
      },
    }),
    route({
      operationId: singularOperation(spec, 'get'),
      method: 'GET',
      path: `/${spec.name}/{id}`,
      docs: typeof DYNARIS_BUNDLE === 'undefined' && {
        summary: `Get a ${spec.title.toLowerCase()}`,
        tags,
        responses: { 200: { description: spec.title, schema: spec.item } },
      },
      auth: 'tenant',
      params: ItemParams,
      async handler(req, ctx) {
        const item = await adapter(ctx).get(tenantOf(ctx), req.params.id);
        if (item === undefined) throw new NotFoundError(spec.title, req.params.id);
        return ok(item);
      },
    }),
    route({
      operationId: singularOperation(spec, 'update'),
      method: 'PUT',
      path: `/${spec.name}/{id}`,
      docs: typeof DYNARIS_BUNDLE === 'undefined' && {
        summary: `Change a ${spec.title.toLowerCase()} (fields given are changed; expectedVersion guards concurrent edits)`,
        tags,
        responses: { 200: { description: 'Saved', schema: spec.item } },
      },
      auth: 'tenant',
      params: ItemParams,
      body: builtOnFirstParse(spec.updateBody),
      ...(spec.bodyLimit ? { bodyLimit: spec.bodyLimit } : {}),
      errors: writeErrors,
      async handler(req, ctx) {
        const result = await adapter(ctx).update(tenantOf(ctx), req.params.id, req.body, actorOf(ctx));
        await publish(ctx, result);
        return ok(result.item);
      },
    }),
    route({
      operationId: singularOperation(spec, 'delete'),
      method: 'DELETE',
      path: `/${spec.name}/{id}`,
      docs: typeof DYNARIS_BUNDLE === 'undefined' && {
        summary: `Delete a ${spec.title.toLowerCase()}`,
        tags,
        responses: { 204: { description: 'Deleted' } },
      },
      auth: 'tenant',
      params: ItemParams,
      errors: [409, 503],
      async handler(req, ctx) {
        const result = await adapter(ctx).remove(tenantOf(ctx), req.params.id, actorOf(ctx));
        await publish(ctx, result);
        return { status: 204 };
      },
    }),
  ];
};

export const dataRoutes: AnyRoute<ApiContext>[] = COLLECTION_SPECS.flatMap(collectionRoutes);
