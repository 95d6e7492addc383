import { TEMPLATE_IDS, TEMPLATES, type TemplateId } from '../../statemachines/templates';
import { summarizeTrigger, type WorkflowRecord } from '../data/workflows';

/** Ids of the built-in workflows infra deploys from statemachines/templates (infra/constructs/built-in-workflows.ts). */
export const BUILT_IN_PREFIX = 'builtin-';

const isTemplateId = (id: string): id is TemplateId => (TEMPLATE_IDS as readonly string[]).includes(id);

/** The record of a built-in workflow: enabled, version 1, its definition the template it was compiled from. */
export const builtInWorkflow = (tenantId: string, workflowId: string): WorkflowRecord | undefined => {
  const templateId = workflowId.startsWith(BUILT_IN_PREFIX) ? workflowId.slice(BUILT_IN_PREFIX.length) : '';
  if (!isTemplateId(templateId)) return undefined;
  const definition = TEMPLATES[templateId];
  return {
    tenantId,
    workflowId,
    name: definition.name,
    description: definition.description ?? null,
    status: 'enabled',
    statusReason: 'deployed by the stack',
    trigger: summarizeTrigger(definition.trigger),
    autoMode: definition.autoMode ?? null,
    definition,
    currentVersion: 1,
    deployed: null,
    createdAt: '1970-01-01T00:00:00.000Z',
    updatedAt: '1970-01-01T00:00:00.000Z',
    createdBy: 'stack',
    updatedBy: 'stack',
  };
};
