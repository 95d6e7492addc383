import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmailTracking, trackingIdFor } from '../../../functions/agents/email/tracking';
import { runAgentTask } from '../../../functions/agents/runner';
import { createLeadRepository } from '../../../functions/data/leads';
import { LOCAL_TABLE } from '../../../infra/local/local-table';
import { releaseDeadClaims } from '../../../infra/local/recovery';
import { startTestDatabase, type TestDatabase } from '../../support/dynalite';
import { recordingEmailAgent } from './fixtures';

describe('an email send claimed by a runtime that stopped', () => {
  let db: TestDatabase;
  const clock = { now: () => new Date('2026-03-02T08:00:00Z') };

  beforeAll(async () => {
    db = await startTestDatabase({ tableName: LOCAL_TABLE });
  });
  afterAll(async () => {
    await db.close();
  });

  it('GIVEN a send claimed with a 15-minute lock by a process that was killed WHEN the local runtime starts again THEN the claim is given back and the retried step sends at once', async () => {
    const meta = {
      tenantId: 'em-kill',
      workflowId: 'wf',
      runId: 'run',
      executionId: 'exec',
      stepId: 's',
      itemIndex: -1,
    };
    const { lead } = await createLeadRepository({ db, clock }).create('em-kill', {
      email: 'ada@example.com',
    });
    await createEmailTracking({ db, clock }).claim('em-kill', trackingIdFor(meta), 900);
    expect(await releaseDeadClaims(db.client)).toBe(1);
    const { agent, sent } = recordingEmailAgent({ db, clock }, 'hi@acme.example');
    await runAgentTask({
      area: 'email',
      ...agent,
      deps: { db, clock },
      payload: {
        action: 'email.send',
        input: { to: 'ada@example.com', subject: 'Hi', body: 'Hello', leadId: lead.id },
        meta,
      },
    });
    expect(sent).toHaveLength(1);
  });
});
