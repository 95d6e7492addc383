import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDryRunner } from '../../../functions/api/dry-runner';
import { createLogRepository } from '../../../functions/data/logs';
import { WorkflowDefinition } from '../../../statemachines/schema';
import { type ApiHarness, startApiHarness, TENANT_A } from '../../support/api-harness';

/**
 * A dry run changes nothing outside itself. crm.exportLeads really runs in it (it reads the tenant's leads); a
 * `noReplyFor` find that stops at its scan limit writes a warning to the run's log in a real run, and in a dry run
 * that warning is in the answer, not in the tenant's logs.
 */
let api: ApiHarness;

beforeAll(async () => {
  api = await startApiHarness();
  for (const name of ['ada', 'grace', 'alan'])
    await api.call('POST', '/leads', { body: { email: `${name}@example.com`, name } });
});
afterAll(async () => api.close());

const QUIET_EXPORT = WorkflowDefinition.parse({
  name: 'Export quiet leads',
  trigger: { type: 'manual' },
  steps: [{ id: 'export', action: 'crm.exportLeads', input: { noReplyFor: 'P3D' } }],
});

describe('a dry run whose export stops at its scan limit', () => {
  it('GIVEN three leads and a scan limit of two WHEN a noReplyFor export is dry-run THEN the warning is in the answer and the tenant has no new log entry', async () => {
    const logs = createLogRepository({ db: api.platform.db, clock: api.platform.clock });
    const before = await logs.listByTenant(TENANT_A);
    const result = await createDryRunner(api.platform, { noReplyScanLimit: 2 }).dryRun({
      tenantId: TENANT_A,
      workflowId: 'wf-quiet',
      definition: QUIET_EXPORT,
      trigger: {},
      timezone: 'UTC',
    });
    expect(result.status).toBe('SUCCEEDED');
    expect(result.warnings).toStrictEqual([
      {
        stepId: 'export',
        level: 'warn',
        message: expect.stringMatching(/^noReplyFor looked at the 2 newest leads .* and found 0;/),
      },
    ]);
    expect((await logs.listByTenant(TENANT_A)).items).toStrictEqual(before.items);
  });

  it('GIVEN the same export within the scan limit WHEN dry-run THEN the answer has no warnings', async () => {
    const result = await createDryRunner(api.platform).dryRun({
      tenantId: TENANT_A,
      workflowId: 'wf-quiet',
      definition: QUIET_EXPORT,
      trigger: {},
      timezone: 'UTC',
    });
    expect(result.status).toBe('SUCCEEDED');
    expect(result).not.toHaveProperty('warnings');
  });
});
