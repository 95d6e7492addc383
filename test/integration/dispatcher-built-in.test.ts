import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSubscriptionStore } from '../../functions/data/subscriptions';
import { createDispatcher, executionNameFor } from '../../functions/dispatcher/dispatcher';
import { createStartGuard } from '../../functions/dispatcher/start-guard';
import { createCachedSubscriptionIndex } from '../../functions/dispatcher/subscription-cache';
import { fromEventBridge } from '../../functions/shared/bus-event';
import type { Clock } from '../../functions/shared/ports';
import { ExecutionInput } from '../../statemachines/contracts';
import { startTestDatabase, type TestDatabase } from '../support/dynalite';
import { FakeEngine, machineArn } from '../support/routing';

const clock: Clock = { now: () => new Date('2026-11-25T10:00:01Z') };
let db: TestDatabase;
beforeAll(async () => {
  db = await startTestDatabase();
});
afterAll(async () => {
  await db.close();
});

/** The event as a built-in's trigger rule passes it (infra/constructs/built-in-workflows.ts). */
const ruleEvent = (id: string) =>
  fromEventBridge({
    version: '0',
    id,
    source: 'dynaris.crm',
    'detail-type': 'lead.created',
    account: '1',
    time: '2026-11-25T10:00:00Z',
    region: 'eu-central-1',
    resources: [],
    detail: { tenantId: 'default', lead: { id: 'ld_1', email: 'ada@example.com' } },
  });

describe('built-in workflows started by their trigger rules', () => {
  it.each(['STANDARD', 'EXPRESS'] as const)(
    'GIVEN a %s built-in WHEN its rule delivers the same event twice THEN the dispatcher starts one execution, named from the event',
    async (workflowType) => {
      const arn = machineArn('default', `builtin-lead-follow-up-${workflowType}`);
      const engine = new FakeEngine(workflowType === 'EXPRESS' ? new Set([arn]) : new Set());
      const dispatcher = createDispatcher({
        subscriptions: createCachedSubscriptionIndex(createSubscriptionStore({ db, clock })),
        engine,
        expressGuard: createStartGuard({ db, clock }),
      });
      const builtIn = {
        stateMachineArn: arn,
        workflowId: 'builtin-lead-follow-up',
        workflowType,
        triggerType: 'event',
      } as const;
      const first = await dispatcher.startBuiltIn(ruleEvent(`ev-${workflowType}`), builtIn);
      const second = await dispatcher.startBuiltIn(ruleEvent(`ev-${workflowType}`), builtIn);
      expect(first.alreadyStarted).toBe(false);
      expect(second.alreadyStarted).toBe(true);
      expect(engine.executions.size).toBe(1);
      const [call] = engine.calls;
      expect(call?.name).toBe(executionNameFor(`ev-${workflowType}`, 'builtin-lead-follow-up'));
      expect(ExecutionInput.parse(call?.input)).toMatchObject({
        trigger: { lead: { id: 'ld_1' } },
        context: {
          tenantId: 'default',
          workflowId: 'builtin-lead-follow-up',
          triggerType: 'event',
          eventId: `ev-${workflowType}`,
        },
      });
    },
  );
});
