import { expect } from 'vitest';
import type { LocalRuntime } from '../../infra/local/runtime';

/** An API answer, read field by field in assertions. */
// biome-ignore lint/suspicious/noExplicitAny: API answers read field by field in assertions
export type Answer = { status: number; body: any };

/** The local runtime's API, in process, for a runtime a beforeAll starts. */
export const apiOf =
  (runtime: () => LocalRuntime) =>
  async (method: string, path: string, body?: unknown): Promise<Answer> =>
    (await runtime().api(method, path, body)) as Answer;

/** Saves a workflow (201) and enables it (200); its id and the saved answer, once the provisioner is idle. */
export const enabledWorkflow = async (
  runtime: LocalRuntime,
  definition: unknown,
): Promise<{ workflowId: string; saved: Answer }> => {
  const call = apiOf(() => runtime);
  const saved = await call('POST', '/workflows', definition);
  expect(saved.status).toBe(201);
  const workflowId: string = saved.body.workflow.workflowId;
  expect((await call('POST', `/workflows/${workflowId}/enable`)).status).toBe(200);
  await runtime.waitForIdle();
  return { workflowId, saved };
};
