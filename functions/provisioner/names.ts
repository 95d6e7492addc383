import { createHash } from 'node:crypto';
import { routedToPattern } from '../../statemachines/event-routing';
import type { EventPattern } from '../../statemachines/patterns';

/** Deterministic names of what the provisioner deploys: nothing can be orphaned, everything is found by name. */

// ------------------------------------------------------------------------------------------------ names

export const shortHash = (text: string, length: number) =>
  createHash('sha256').update(text).digest('hex').slice(0, length);

export const fitName = (name: string, max: number, pattern: RegExp): string => {
  const clean = name.replace(pattern, '_');
  if (clean.length <= max) return clean;
  const hash = shortHash(name, 12);
  return `${clean.slice(0, max - hash.length - 1)}-${hash}`;
};

/**
 * What every state machine name of a stage starts with: `<prefix>_`. Stage names use letters, digits and "-"
 * only, so `dynaris-dev_*` never matches the machines of a stage named `dev-eu` (`dynaris-dev-eu_*`).
 */
export const stateMachineNamePrefix = (prefix: string): string => `${prefix}_`;

/** `<prefix>_<tenantId>-<workflowId>`, at most 80 characters (hashed tail when longer). */
export const stateMachineName = (prefix: string, tenantId: string, workflowId: string): string =>
  fitName(`${stateMachineNamePrefix(prefix)}${tenantId}-${workflowId}`, 80, /[^A-Za-z0-9_-]/g);

/**
 * The two names a workflow's state machine may have: Step Functions cannot change a machine's type in place, so a
 * change of type creates the new machine under the other name, switches the triggers to it, then deletes the old
 * one. The first is the usual name (what a workflow that never changed type has).
 */
export const stateMachineNames = (
  prefix: string,
  tenantId: string,
  workflowId: string,
): readonly [string, string] => [
  stateMachineName(prefix, tenantId, workflowId),
  fitName(`${prefix}-${tenantId}-${workflowId}-2`, 80, /[^A-Za-z0-9_-]/g),
];

/** `<tenantId>-<workflowId>` within the schedule group, at most 64 characters. */
export const scheduleName = (tenantId: string, workflowId: string): string =>
  fitName(`${tenantId}-${workflowId}`, 64, /[^A-Za-z0-9_.-]/g);

/** The bus event a webhook source produces (see the webhooks handler): its dispatch rule must exist. */
export const webhookBusEvent = (source: string): string =>
  source === 'email'
    ? 'email.received'
    : ['form', 'typeform', 'tally', 'webflow', 'jotform'].includes(source)
      ? 'form.submitted'
      : 'webhook.received';

/** Name of a dispatch rule the provisioner adds: `<prefix>-route-<event type>`. */
export const dispatchRuleName = (prefix: string, eventType: string): string =>
  fitName(`${prefix}-route-${eventType.replace(/\./g, '-')}`, 64, /[^A-Za-z0-9_.-]/g);

/** Same shape as the static rules infra deploys: any Dynaris source, one event type, not routed away. */
export const dispatchRulePattern = (eventType: string): EventPattern => ({
  source: [{ prefix: 'dynaris.' }],
  'detail-type': [eventType],
  ...routedToPattern('dispatcher'),
});
