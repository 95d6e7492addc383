import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { TEMPLATE_IDS, templateExample, templateJson } from '../../../statemachines/templates';
import { type ApiHarness, startApiHarness } from '../../support/api-harness';

/**
 * The api-dry-run bundle carries no asl-validator (its engine is EngineCore, without LocalEngine's ASL check): a dry run
 * must never check a definition's ASL. Here the check fails loudly whenever it is called, and every template is dry
 * run through the API (forEach over an item file, waits, approvals, parallel branches, conditions).
 */
const aslChecks = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../functions/engine/asl-check', () => ({
  aslProblems: () => {
    aslChecks.count += 1;
    throw new Error('a dry run checked ASL');
  },
}));

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiHarness();
});
afterAll(async () => api.close());

describe('dry runs without the ASL validator', () => {
  it.each(TEMPLATE_IDS.map((id) => [id]))(
    'GIVEN the %s template WHEN dry-run through the API THEN it is answered without checking its ASL',
    async (id) => {
      const created = await api.call('POST', '/workflows', { body: templateJson(id) });
      expect(created.status).toBe(201);
      const event = templateExample(id).event as { detail?: Record<string, unknown> } | undefined;
      const res = await api.call('POST', `/workflows/${created.body.workflow.workflowId}/test`, {
        body: { trigger: event?.detail ?? {} },
      });
      expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(200);
      expect(aslChecks.count).toBe(0);
    },
  );
});
