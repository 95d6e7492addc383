import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCalendarAgent } from '../../../functions/agents/calendar/agent';
import { inProcessAgentTasks } from '../../../functions/agents/in-process';
import { createBookingRepository } from '../../../functions/data/bookings';
import type { PublishedEvent } from '../../../functions/shared/ports';
import { recordingDatabase, type SentCommand } from '../../support/counting-database';
import { startTestDatabase, type TestDatabase } from '../../support/dynalite';

describe('agent tasks run in this process (ai.task in the local runtime)', () => {
  let db: TestDatabase;
  const clock = { now: () => new Date('2026-03-02T08:00:00Z') };
  const bus = { publish: async (_events: readonly PublishedEvent[]) => undefined };

  beforeAll(async () => {
    db = await startTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  it('GIVEN calendar.schedule routed to the calendar agent in process WHEN it runs twice THEN it books once without an idempotency record, as the agent function does', async () => {
    const sent: SentCommand[] = [];
    const counted = recordingDatabase(db, sent);
    const tasks = inProcessAgentTasks(
      () => ({ calendar: createCalendarAgent({ db: counted, bus, clock }) }),
      {
        db: counted,
        clock,
      },
    );
    const meta = {
      tenantId: 'inproc',
      workflowId: 'wf',
      runId: 'run',
      executionId: 'exec',
      stepId: 'ai',
      itemIndex: -1,
    };
    const payload = { action: 'calendar.schedule', input: { title: 'Call' }, meta };
    const first = await tasks.run('calendar', payload);
    expect(await tasks.run('calendar', payload)).toStrictEqual(first);
    const keys = sent.map((c) => String(((c.input.Key ?? c.input.Item ?? {}) as { pk?: string }).pk ?? ''));
    expect(keys.filter((pk) => pk.includes('#IDEMPOTENCY#'))).toStrictEqual([]);
    expect((await createBookingRepository({ db, clock }).list('inproc', {})).items).toHaveLength(1);
  });
});
