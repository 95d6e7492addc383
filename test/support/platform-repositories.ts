import { afterAll, beforeAll } from 'vitest';
import { createLocalSecretBox, generateSecretsKey } from '../../functions/adapters/local-secrets';
import { createApprovalRepository } from '../../functions/data/approvals';
import { createLogRepository } from '../../functions/data/logs';
import { createRunRepository } from '../../functions/data/runs';
import { createTenantRepository } from '../../functions/data/tenants';
import { createWorkflowRepository } from '../../functions/data/workflows';
import { tickingClock } from '../integration/platform/fixtures';
import { startTestDatabase, type TestDatabase } from './dynalite';

/** The platform repositories (tenants, workflows, runs, logs, approvals) on one dynalite, for their tests. */

export let db: TestDatabase;
export const clock = tickingClock();
export const secrets = createLocalSecretBox(generateSecretsKey());

export const tenants = () => createTenantRepository({ db, secrets, clock });
export const workflows = () => createWorkflowRepository({ db, clock });
export const runs = () => createRunRepository({ db, clock });
export const logs = () => createLogRepository({ db, clock });
export const approvals = () => createApprovalRepository({ db, clock });

export const SLACK = 'https://hooks.slack.com/services/T000/B000/abcdefghijklmnopWXYZ';

/** Registers the set-up and tear-down of these tests in the calling file. */
export const usePlatformRepositories = (): void => {
  beforeAll(async () => {
    db = await startTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });
};
