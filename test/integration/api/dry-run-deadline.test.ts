import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DryRunner } from '../../../functions/api/context';
import { DryRunTimeoutError, withDryRunDeadline } from '../../../functions/api/dry-run-limits';
import { createDryRunner } from '../../../functions/api/dry-runner';
import { dryRunWorkflow } from '../../../functions/engine/dry-run';
import type { Database } from '../../../functions/shared/ports';
import { WorkflowDefinition } from '../../../statemachines/schema';
import { type ApiHarness, startApiHarness, TENANT_A } from '../../support/api-harness';

/**
 * The local runtime's dry-run deadline (dry-run-limits.ts) ends the run, as Lambda ends api-dry-run at its timeout:
 * once the dry run's signal aborts, no further step runs and nothing more is read, and the dry run rejects with the
 * signal's reason instead of finishing in the background.
 */
let api: ApiHarness;

beforeAll(async () => {
  api = await startApiHarness();
  for (const name of ['ada', 'grace'])
    await api.call('POST', '/leads', { body: { email: `${name}@example.com`, name } });
});
afterAll(async () => api.close());

const TWO_EXPORTS = WorkflowDefinition.parse({
  name: 'Two exports',
  trigger: { type: 'manual' },
  steps: [
    { id: 'first', action: 'crm.exportLeads', input: {} },
    { id: 'second', action: 'crm.exportLeads', input: {} },
  ],
});

/** The platform's database whose lead reads (Query) wait for `open()`; `queries` counts the reads sent. */
const gatedDatabase = (db: Database) => {
  let open: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  let reached: () => void = () => undefined;
  const firstQuery = new Promise<void>((resolve) => {
    reached = resolve;
  });
  const state = { queries: 0 };
  const gated: Database = {
    ...db,
    doc: {
      send: async (command: { constructor: { name: string } }) => {
        if (command.constructor.name === 'QueryCommand') {
          state.queries += 1;
          reached();
          await gate;
        }
        return db.doc.send(command as never);
      },
    } as never,
  };
  return { db: gated, state, open, firstQuery };
};

const request = {
  tenantId: TENANT_A,
  workflowId: 'wf-two',
  definition: TWO_EXPORTS,
  trigger: {},
  timezone: 'UTC',
};

describe('the dry-run deadline ends the run', () => {
  it('GIVEN a dry run whose first export is reading leads WHEN its signal aborts THEN it rejects with the reason and the second export never reads', async () => {
    const gated = gatedDatabase(api.platform.db);
    const controller = new AbortController();
    const run = createDryRunner({ ...api.platform, db: gated.db }).dryRun(request, {
      signal: controller.signal,
    });
    const settled = run.then(
      (result) => ({ result }),
      (error: unknown) => ({ error }),
    );
    await gated.firstQuery;
    const reason = new DryRunTimeoutError();
    controller.abort(reason);
    gated.open();
    expect(await settled).toStrictEqual({ error: reason });
    expect(gated.state.queries).toBe(1);
  });

  it('GIVEN the in-process dry runner held to its deadline WHEN the run outlasts it THEN the answer is the 504 and the run stops where it was', async () => {
    const gated = gatedDatabase(api.platform.db);
    const inner = createDryRunner({ ...api.platform, db: gated.db });
    let running: Promise<unknown> = Promise.resolve();
    const watched: DryRunner = {
      dryRun: (input, options) => {
        const run = inner.dryRun(input, options);
        running = run.catch((error: unknown) => error);
        return run;
      },
    };
    const answer = await withDryRunDeadline(watched, 20)
      .dryRun(request)
      .catch((error: unknown) => error);
    expect(answer).toBeInstanceOf(DryRunTimeoutError);
    gated.open();
    expect(await running).toBeInstanceOf(DryRunTimeoutError);
    // Let through, the same dry run reads once per export; stopped, it never reaches the second.
    expect(gated.state.queries).toBeLessThanOrEqual(1);
  });

  it('GIVEN a forEach of 30 items WHEN the signal aborts at the third item THEN no later item is performed and the dry run rejects with the reason', async () => {
    const definition = WorkflowDefinition.parse({
      name: 'Many items',
      trigger: { type: 'manual' },
      steps: [
        {
          id: 'each',
          forEach: {
            items: '{{trigger.items}}',
            concurrency: 1,
            steps: [{ id: 'say', action: 'notify.team', input: { text: 'one item' } }],
          },
        },
      ],
    });
    const controller = new AbortController();
    const performed: string[] = [];
    const items = Array.from({ length: 30 }, (_, i) => `item-${i}`);
    const outcome = await dryRunWorkflow(
      definition,
      { items },
      {
        signal: controller.signal,
        perform: (action) => {
          performed.push(action);
          if (performed.length === 3) controller.abort(new Error('deadline'));
          return undefined;
        },
      },
    ).then(
      () => 'finished',
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
    expect(outcome).toBe('deadline');
    expect(performed).toHaveLength(3);
  });
});

describe('the dry-run deadline ends a run that keeps the event loop busy', () => {
  const forEachOf = (count: number) => ({
    definition: WorkflowDefinition.parse({
      name: 'Two actions per item',
      trigger: { type: 'manual' },
      steps: [
        {
          id: 'each',
          forEach: {
            items: '{{trigger.items}}',
            concurrency: 1,
            steps: [
              { id: 'say', action: 'notify.team', input: { text: 'one {{item}}' } },
              {
                id: 'mail',
                action: 'email.send',
                input: { to: 'a@example.com', subject: 'x {{item}}', body: 'Hello' },
              },
            ],
          },
        },
      ],
    }),
    trigger: { items: Array.from({ length: count }, (_, i) => `item-${i}`) },
  });

  /**
   * The in-process runner on a deadline clock that moves 200 ms with every action performed: CPU time the run spends
   * without yielding to the event loop, where the deadline's 20 s timer cannot fire (2,500 items × 2 ran 29 s).
   */
  const runnerOnActionClock = () => {
    const state = { performed: 0, running: Promise.resolve<unknown>(undefined) };
    const runner: DryRunner = {
      dryRun: (input, control) => {
        const run = dryRunWorkflow(input.definition, input.trigger, {
          ...control,
          perform: () => {
            state.performed += 1;
            return undefined;
          },
        });
        state.running = run.catch((error: unknown) => error);
        return run.then((result) => ({ ...result }));
      },
    };
    return { state, runner: withDryRunDeadline(runner, 20_000, () => state.performed * 200) };
  };

  it('GIVEN a deadline clock moving with each action WHEN a 3-item forEach ends before the deadline THEN its answer is the run itself, AND WHEN a 2,500-item one passes it THEN the 504 stops it at the next state', async () => {
    const short = runnerOnActionClock();
    const { definition, trigger } = forEachOf(3);
    const answer = await short.runner.dryRun({ ...request, definition, trigger });
    const plain = await dryRunWorkflow(definition, trigger);
    expect(answer).toMatchObject({ status: 'SUCCEEDED', steps: plain.steps.map(({ id }) => ({ id })) });
    expect(short.state.performed).toBe(6);

    const long = runnerOnActionClock();
    const timedOut = await long.runner
      .dryRun({ ...request, ...forEachOf(2_500) })
      .catch((error: unknown) => error);
    expect(timedOut).toBeInstanceOf(DryRunTimeoutError);
    expect(await long.state.running).toBe(timedOut);
    // 20 s of the clock: the 100th action; nothing runs after it.
    expect(long.state.performed).toBe(100);
  });
});
