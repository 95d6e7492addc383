import type { Step } from '../../../statemachines/schema';

/**
 * "Ruth approves -> create them as a lead. if she says no email them a polite no": the rejected branch runs before the
 * lead is created, so it names the person without that lead (their address is the trigger's).
 */
export const beforeCreated = (branch: Step[], later: readonly Step[]): Step[] => {
  const created = later.filter((s) => 'action' in s && s.action === 'crm.createLead').map((s) => s.id);
  if (created.length === 0) return branch;
  const ids = new RegExp(`^\\{\\{steps\\.(?:${created.join('|')})\\.leadId\\}\\}$`);
  for (const step of branch)
    if ('input' in step && step.input)
      for (const [key, value] of Object.entries(step.input))
        if (ids.test(String(value))) delete step.input[key];
  return branch;
};
