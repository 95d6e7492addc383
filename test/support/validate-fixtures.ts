import { formatIssues, type ValidationIssue, validateWorkflow } from '../../statemachines/validate';

/** Small workflow builders and issue lookups shared by the validate-*.test.ts files. */

export type Json = Record<string, unknown>;

export const workflow = (steps: unknown[], extra: Json = {}): Json => ({
  name: 'Test workflow',
  trigger: { type: 'event', event: 'lead.created' },
  steps,
  ...extra,
});

export const send = (id: string, input: Json = {}): Json => ({
  id,
  action: 'email.send',
  input: { to: '{{trigger.lead.email}}', subject: 'Hello', body: 'Hi', ...input },
});
export const log = (id: string, message: string): Json => ({ id, action: 'log', input: { message } });

export const issues = (def: unknown): ValidationIssue[] => validateWorkflow(def).issues;
export const only = (def: unknown): Pick<ValidationIssue, 'path' | 'code'>[] =>
  issues(def).map(({ path, code }) => ({ path, code }));
export const find = (def: unknown, code: string): ValidationIssue => {
  const all = issues(def);
  const hit = all.find((i) => i.code === code);
  if (!hit) throw new Error(`no ${code} issue; got ${formatIssues(all)}`);
  return hit;
};
