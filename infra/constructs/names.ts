/**
 * Built-in state machines are named as the provisioner names runtime-provisioned ones (`<prefix>-<tenantId>-<workflowId>`,
 * at most 80 characters), with the provisioner's own function, so the two conventions cannot drift apart.
 */
export { stateMachineName } from '../../functions/provisioner/names';
