export { createWorkflowLifecycle } from './lifecycle';
export {
  type DeployedResources,
  newWorkflowId,
  type SaveOptions,
  summarizeTrigger,
  type TriggerSummary,
  WORKFLOW_STATUSES,
  type WorkflowRecord,
  type WorkflowStatus,
  type WorkflowVersion,
} from './records';
export * from './repository';
