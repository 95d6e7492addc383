import { DEFAULT_PAGE_SIZE } from '../../data/repository/pages';
import type { WorkflowRecord, WorkflowStatus } from '../../data/workflows';
import { BadRequestError, ConflictError } from '../../shared/errors';
import { type ApiContext, tenantOf } from '../context';

/**
 * The built-in workflows in the API: listed first by GET /workflows (they are enabled and never change), found by
 * id like the tenant's own, and refused (409, with the reason) by every route that would change them.
 */

/** A page cursor into the built-ins (the table's own cursors are opaque base64url, never of this shape). */
const BUILT_IN_CURSOR = /^builtin:(\d{1,4})$/;

/** 409 when `workflowId` is a built-in of the caller's tenant: the stack deployed it, the API cannot change it. */
export const refuseBuiltIn = (ctx: ApiContext, workflowId: string, change: string): void => {
  const builtIn = ctx.deps.builtIns.get(tenantOf(ctx), workflowId);
  if (!builtIn) return;
  throw new ConflictError(
    `Workflow ${workflowId} is built in: the stack deploys it from template ${builtIn.templateId} ` +
      `(configuration builtInWorkflows), so it cannot be ${change} through the API. To change it, create a ` +
      'workflow from its definition (GET /workflows/{id} gives it) and remove the template from builtInWorkflows.',
  );
};

export interface WorkflowPageView {
  readonly items: readonly WorkflowRecord[];
  readonly nextCursor?: string;
}

/**
 * The tenant's built-ins (status enabled) first, then its own workflows newest first, `limit` per page whatever
 * the mix; a page that ends inside the built-ins continues with a `builtin:<n>` cursor.
 */
export const listWithBuiltIns = async (
  ctx: ApiContext,
  query: { limit?: number; cursor?: string; status?: WorkflowStatus },
): Promise<WorkflowPageView> => {
  const tenantId = tenantOf(ctx);
  const table = (limit: number, cursor?: string) =>
    ctx.deps.workflows.list(tenantId, {
      limit,
      ...(cursor !== undefined ? { cursor } : {}),
      ...(query.status !== undefined ? { status: query.status } : {}),
    });
  const size = query.limit ?? DEFAULT_PAGE_SIZE;
  const inBuiltIns = query.cursor === undefined ? '0' : BUILT_IN_CURSOR.exec(query.cursor)?.[1];
  if (inBuiltIns === undefined) {
    const page = await table(size, query.cursor);
    return { items: page.items, ...(page.cursor ? { nextCursor: page.cursor } : {}) };
  }
  const builtIns =
    query.status === undefined || query.status === 'enabled' ? ctx.deps.builtIns.list(tenantId) : [];
  const offset = Number(inBuiltIns);
  if (offset > builtIns.length) {
    throw new BadRequestError('Invalid query', [{ path: 'cursor', message: 'not a cursor of this list' }]);
  }
  const shown = builtIns.slice(offset, offset + size);
  const end = offset + shown.length;
  if (end < builtIns.length) return { items: shown, nextCursor: `builtin:${end}` };
  const room = size - shown.length;
  if (room === 0) {
    const more = (await table(1)).items.length > 0;
    return { items: shown, ...(more ? { nextCursor: `builtin:${end}` } : {}) };
  }
  const page = await table(room);
  return { items: [...shown, ...page.items], ...(page.cursor ? { nextCursor: page.cursor } : {}) };
};
