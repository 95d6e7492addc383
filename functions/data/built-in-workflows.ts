import * as z from 'zod/mini';
import type { EventPattern } from '../../statemachines/patterns';
import { filterToPattern } from '../../statemachines/patterns';
import type { Trigger } from '../../statemachines/schema';
import { TEMPLATE_IDS, TEMPLATES, type TemplateId } from '../../statemachines/templates';
import { builtOnFirstUse } from '../../statemachines/zod-kit';
import { summarizeTrigger, type WorkflowRecord, type WorkflowVersion } from './workflows/records';

/**
 * Built-in workflows: templates of statemachines/templates that the stack deploys itself (the BuiltInWorkflows
 * construct on AWS, infra/local/built-ins.ts locally) for one tenant. They have no item in the table; the API
 * learns them from BUILT_IN_WORKFLOWS, which infra sets and the API checks at cold start, and shows them read-only.
 */

/** Workflow ids of built-ins: `builtin-<template id>`, distinct from user workflow ids (`wf-…`). */
export const BUILT_IN_PREFIX = 'builtin-';
export const builtInWorkflowId = (templateId: string): string => `${BUILT_IN_PREFIX}${templateId}`;

/** The environment variable infra sets on the functions that answer for workflows (the API, dry runs). */
export const BUILT_IN_WORKFLOWS_ENV = 'BUILT_IN_WORKFLOWS';

const isTemplateId = (id: string): id is TemplateId => (TEMPLATE_IDS as readonly string[]).includes(id);

const STATE_MACHINE_ARN = /^arn:[^:]+:states:[^:]*:[^:]*:stateMachine:[A-Za-z0-9_-]+$/;

/** What infra deploys: the tenant served and, per template, the state machine that runs it. */
export const builtInWorkflowsConfig = /* @__PURE__ */ builtOnFirstUse(() =>
  z.strictObject({
    tenantId: z.string().check(z.minLength(1)),
    workflows: z.array(
      z.strictObject({
        templateId: z
          .string()
          .check(z.refine(isTemplateId, { message: `not a template id (${TEMPLATE_IDS.join(', ')})` })),
        stateMachineArn: z.string().check(z.regex(STATE_MACHINE_ARN)),
      }),
    ),
  }),
);
export type BuiltInWorkflowsConfig = z.infer<ReturnType<typeof builtInWorkflowsConfig>>;

const hasOnly = (value: object, keys: readonly string[]): boolean =>
  Object.keys(value).every((k) => keys.includes(k));
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Whether `json` is a config the schema accepts as it is (its output is then `json` itself), checked without
 * building the schema: infra's own value, at every cold start of the functions that answer for workflows. Anything
 * else goes through the schema, which names the problem.
 */
const isPlainConfig = (json: unknown): json is BuiltInWorkflowsConfig =>
  isRecord(json) &&
  hasOnly(json, ['tenantId', 'workflows']) &&
  typeof json.tenantId === 'string' &&
  json.tenantId.length >= 1 &&
  Array.isArray(json.workflows) &&
  json.workflows.every(
    (w: unknown) =>
      isRecord(w) &&
      hasOnly(w, ['templateId', 'stateMachineArn']) &&
      typeof w.templateId === 'string' &&
      isTemplateId(w.templateId) &&
      typeof w.stateMachineArn === 'string' &&
      STATE_MACHINE_ARN.test(w.stateMachineArn),
  );

/** The time a built-in "was saved": it has none (the stack deployed it), so the epoch, which sorts it oldest. */
const DEPLOYED_BY_STACK = '1970-01-01T00:00:00.000Z';
export const BUILT_IN_REASON = 'built in: deployed by the stack from a template; read-only';

/** The record of a built-in workflow: enabled, version 1, its definition the template it was compiled from. */
export const builtInWorkflow = (
  tenantId: string,
  workflowId: string,
  stateMachineArn: string | null = null,
): WorkflowRecord | undefined => {
  const templateId = workflowId.startsWith(BUILT_IN_PREFIX) ? workflowId.slice(BUILT_IN_PREFIX.length) : '';
  if (!isTemplateId(templateId)) return undefined;
  const definition = TEMPLATES[templateId];
  return {
    tenantId,
    workflowId,
    name: definition.name,
    description: definition.description ?? null,
    status: 'enabled',
    statusReason: BUILT_IN_REASON,
    trigger: summarizeTrigger(definition.trigger),
    autoMode: definition.autoMode ?? null,
    definition,
    currentVersion: 1,
    deployed: stateMachineArn
      ? {
          stateMachineArn,
          scheduleArn: null,
          subscriptionKey: null,
          version: 1,
          deployedAt: DEPLOYED_BY_STACK,
        }
      : null,
    createdAt: DEPLOYED_BY_STACK,
    updatedAt: DEPLOYED_BY_STACK,
    createdBy: 'stack',
    updatedBy: 'stack',
  };
};

/** A built-in as the API shows it: the record, marked read-only, with the template it comes from. */
export type BuiltInWorkflowView = WorkflowRecord & { readonly builtIn: true; readonly templateId: string };

/** The built-ins the deployment runs, as the API reads them. */
export interface BuiltInCatalog {
  /** The tenant's built-ins in template order; none for every other tenant. */
  list(tenantId: string): readonly BuiltInWorkflowView[];
  get(tenantId: string, workflowId: string): BuiltInWorkflowView | undefined;
  /** The one version a built-in has (the template). */
  version(view: BuiltInWorkflowView): WorkflowVersion;
}

export const createBuiltInCatalog = (config: BuiltInWorkflowsConfig | undefined): BuiltInCatalog => {
  const views = (config?.workflows ?? []).map((w): BuiltInWorkflowView => {
    const workflowId = builtInWorkflowId(w.templateId);
    const record = builtInWorkflow(config?.tenantId ?? '', workflowId, w.stateMachineArn) as WorkflowRecord;
    return { ...record, builtIn: true, templateId: w.templateId };
  });
  const ownedBy = (tenantId: string) => (config?.tenantId === tenantId ? views : []);
  return {
    list: (tenantId) => ownedBy(tenantId),
    get: (tenantId, workflowId) => ownedBy(tenantId).find((v) => v.workflowId === workflowId),
    version: (view) => ({
      workflowId: view.workflowId,
      version: 1,
      definition: view.definition,
      savedAt: view.createdAt,
      savedBy: 'stack',
      comment: `template ${view.templateId}`,
    }),
  };
};

/** BUILT_IN_WORKFLOWS, read at cold start: absent = none; malformed or naming an unknown template throws. */
export const builtInCatalogFromEnv = (env: NodeJS.ProcessEnv = process.env): BuiltInCatalog => {
  const raw = env[BUILT_IN_WORKFLOWS_ENV];
  if (raw === undefined || raw === '') return createBuiltInCatalog(undefined);
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new Error(`${BUILT_IN_WORKFLOWS_ENV} is not JSON: ${raw.slice(0, 80)}`);
  }
  if (isPlainConfig(json)) return createBuiltInCatalog(json);
  const parsed = builtInWorkflowsConfig().safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`${BUILT_IN_WORKFLOWS_ENV} is invalid: ${problems.join('; ')}`);
  }
  return createBuiltInCatalog(parsed.data);
};

/**
 * The bus rule that starts an event- or webhook-triggered built-in (any Dynaris source, the trigger's event type
 * and filter, the built-in's tenant): the BuiltInWorkflows construct deploys it, the local runtime matches it.
 */
export const builtInTriggerPattern = (
  trigger: Extract<Trigger, { type: 'event' | 'webhook' }>,
  tenantId: string,
): EventPattern => {
  const filterDetail = (filterToPattern(trigger.filter).detail ?? {}) as Record<string, unknown>;
  const detail: Record<string, unknown> = { ...filterDetail, tenantId: [tenantId] };
  if (trigger.type === 'webhook') detail.webhook = { source: [trigger.source] };
  return {
    source: [{ prefix: 'dynaris.' }],
    ...(trigger.type === 'event' ? { 'detail-type': [trigger.event] } : {}),
    detail,
  } as EventPattern;
};
