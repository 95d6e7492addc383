import { nextFireTimes, scheduleExpression, validateSchedule } from '../../../statemachines/schedule';
import type { WorkflowRecord } from '../../data/workflows';
import { BadRequestError } from '../../shared/errors';
import { type AnyRoute, defineRoute, ok } from '../../shared/http';
import { type ApiContext, tenantOf } from '../context';
import { ActivityPage, EventsQuery, LogPage, LogQuery, pageView, ScheduleList } from '../schemas';

const route = defineRoute<ApiContext>();

/** Every workflow of the tenant (all pages); schedules are few per tenant, so one pass is fine. */
const allWorkflows = async (ctx: ApiContext): Promise<WorkflowRecord[]> => {
  const out: WorkflowRecord[] = [];
  let cursor: string | undefined;
  do {
    const page = pageView(
      await ctx.deps.workflows.list(tenantOf(ctx), { limit: 100, ...(cursor ? { cursor } : {}) }),
    );
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
};

export const feedRoutes: AnyRoute<ApiContext>[] = [
  route({
    operationId: 'listEvents',
    method: 'GET',
    path: '/events',
    docs: typeof DYNARIS_BUNDLE === 'undefined' && {
      summary: 'The Events module: the activity feed, newest first',
      description:
        'Poll with `since=<newestCursor of the previous answer>` for what is new; page back with `cursor`. Filters: ' +
        '`type`, `workflowId`, `leadId`.',
      tags: ['Events'],
      responses: { 200: { description: 'Events', schema: ActivityPage } },
    },
    auth: 'tenant',
    query: EventsQuery,
    async handler(req, ctx) {
      const q = req.query;
      if (q.cursor && q.cursor.length > 0 && !/^[A-Za-z0-9_-]+$/.test(q.cursor)) {
        throw new BadRequestError('Invalid cursor', [
          { path: 'query.cursor', message: 'not a cursor of this API' },
        ]);
      }
      return ok(
        await ctx.deps.activity.list(tenantOf(ctx), {
          ...(q.type !== undefined ? { type: q.type } : {}),
          ...(q.workflowId !== undefined ? { workflowId: q.workflowId } : {}),
          ...(q.leadId !== undefined ? { leadId: q.leadId } : {}),
          ...(q.limit !== undefined ? { limit: q.limit } : {}),
          ...(q.cursor !== undefined ? { cursor: q.cursor } : {}),
          ...(q.since !== undefined ? { since: q.since } : {}),
        }),
      );
    },
  }),
  route({
    operationId: 'listSchedules',
    method: 'GET',
    path: '/schedules',
    docs: typeof DYNARIS_BUNDLE === 'undefined' && {
      summary:
        'The Schedule module: every scheduled workflow with its expression, time zone, next five fire times and last run',
      tags: ['Schedules'],
      responses: { 200: { description: 'Scheduled workflows', schema: ScheduleList } },
    },
    auth: 'tenant',
    async handler(_req, ctx) {
      const tenantId = tenantOf(ctx);
      const [workflows, settings] = await Promise.all([
        allWorkflows(ctx),
        ctx.deps.tenants.getTenantSettings(tenantId),
      ]);
      const now = ctx.deps.platform.clock.now();
      const items = await Promise.all(
        workflows
          .filter((wf) => wf.definition.trigger.type === 'schedule' && wf.status !== 'deleting')
          .map(async (wf) => {
            const trigger = wf.definition.trigger as {
              cron?: string;
              rate?: string;
              at?: string;
              timezone?: string;
            };
            const timezone = trigger.timezone ?? settings.timezone;
            const spec = { ...trigger, timezone };
            const problems = validateSchedule(spec);
            const last = await ctx.deps.runs.listByWorkflow(tenantId, wf.workflowId, { limit: 1 });
            const lastRun = last.items[0];
            const firesNow = wf.status === 'enabled';
            return {
              workflowId: wf.workflowId,
              name: wf.name,
              status: wf.status,
              expression:
                problems.length === 0
                  ? scheduleExpression(spec)
                  : (trigger.cron ?? trigger.rate ?? trigger.at ?? ''),
              timezone,
              nextFireTimes:
                problems.length === 0 && firesNow
                  ? nextFireTimes(spec, now, 5, {
                      defaultTimezone: settings.timezone,
                      ...(wf.deployed?.deployedAt ? { start: new Date(wf.deployed.deployedAt) } : {}),
                    }).map((d) => d.toISOString())
                  : [],
              lastRun: lastRun
                ? {
                    runId: lastRun.runId,
                    status: lastRun.status,
                    startedAt: lastRun.startedAt,
                    endedAt: lastRun.endedAt,
                  }
                : null,
              ...(problems.length > 0
                ? { problem: problems.map((p) => p.message).join('; ') }
                : !firesNow
                  ? { problem: `Not firing: the workflow is ${wf.status}` }
                  : {}),
            };
          }),
      );
      return ok({ items });
    },
  }),
  route({
    operationId: 'listLogs',
    method: 'GET',
    path: '/logs',
    docs: typeof DYNARIS_BUNDLE === 'undefined' && {
      summary: 'Run log entries, newest first (all runs, or one with runId)',
      tags: ['Logs'],
      responses: { 200: { description: 'Log entries', schema: LogPage } },
    },
    auth: 'tenant',
    query: LogQuery,
    async handler(req, ctx) {
      const { runId, limit, cursor } = req.query;
      const page = { ...(limit !== undefined ? { limit } : {}), ...(cursor !== undefined ? { cursor } : {}) };
      const tenantId = tenantOf(ctx);
      return ok(
        pageView(
          runId
            ? await ctx.deps.logs.listByRun(tenantId, runId, page)
            : await ctx.deps.logs.listByTenant(tenantId, page),
        ),
      );
    },
  }),
];
