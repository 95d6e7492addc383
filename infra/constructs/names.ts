import { createHash } from 'node:crypto';

export const MAX_STATE_MACHINE_NAME = 80;

/**
 * `<prefix>-<tenantId>-<workflowId>`, at most 80 characters: longer names keep their start and end in a
 * hash-suffixed form so two long names never collide (the convention the provisioner follows too).
 */
export const stateMachineName = (prefix: string, tenantId: string, workflowId: string): string => {
  const full = `${prefix}-${tenantId}-${workflowId}`;
  if (full.length <= MAX_STATE_MACHINE_NAME) return full;
  const hash = createHash('sha256').update(full).digest('hex').slice(0, 12);
  return `${full.slice(0, MAX_STATE_MACHINE_NAME - hash.length - 1)}-${hash}`;
};
