/**
 * The supervisor's per-run cost and the approval/workflow races on dynalite (loopback; absolute figures are local,
 * the shape is what counts). Bundle sizes and cold init: bench/lambdas.ts.
 *
 *   npx tsx bench/platform.ts
 */
import { performance } from 'node:perf_hooks';
import { createApprovalRepository } from '../functions/data/approvals';
import { createWorkflowRepository } from '../functions/data/workflows';
import { createSupervisor } from '../functions/supervisor/supervisor';
import type { WorkflowDefinition } from '../statemachines/schema';
import { startTestDatabase } from '../test/support/dynalite';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? Number.NaN;

const data = async () => {
  const db = await startTestDatabase();
  const clock = { now: () => new Date() };
  const bus = { publish: async () => undefined };
  try {
    const workflows = createWorkflowRepository({ db, clock });
    const def = {
      name: 'Bench',
      trigger: { type: 'event', event: 'lead.created' },
      steps: [{ id: 'a', action: 'email.send', input: { to: 'a@b.co', subject: 'x', body: 'y' } }],
    } as unknown as WorkflowDefinition;
    const wf = await workflows.create('bench', def);
    await workflows.enable('bench', wf.workflowId);
    const sup = createSupervisor({ db, bus, clock, llm: undefined });
    const starts: number[] = [];
    const finishes: number[] = [];
    for (let i = 0; i < 200; i++) {
      let t = performance.now();
      const ctx = await sup.start({
        op: 'start',
        executionId: `exec-${i}`,
        executionName: `run-${i}`,
        startedAt: new Date().toISOString(),
        input: {
          trigger: {},
          context: { tenantId: 'bench', workflowId: wf.workflowId, triggerType: 'event' },
        },
      });
      starts.push(performance.now() - t);
      t = performance.now();
      await sup.finish({
        op: 'finish',
        context: ctx,
        steps: { a: { messageId: 'm', trackingId: 't', to: 'a@b.co' } },
      });
      finishes.push(performance.now() - t);
    }
    console.log('\n# supervisor over dynalite (200 runs)');
    console.log(
      `start  p50 ${percentile(starts, 50).toFixed(1)} ms  p95 ${percentile(starts, 95).toFixed(1)} ms`,
    );
    console.log(
      `finish p50 ${percentile(finishes, 50).toFixed(1)} ms  p95 ${percentile(finishes, 95).toFixed(1)} ms`,
    );

    const approvals = createApprovalRepository({ db, clock });
    let winners = 0;
    const raceTimes: number[] = [];
    for (let r = 0; r < 20; r++) {
      const { approval } = await approvals.create('bench', {
        runId: `race-${r}`,
        workflowId: wf.workflowId,
        workflowName: 'Bench',
        stepId: '_run',
        message: 'Go?',
        willDo: [],
        taskToken: `tok-${r}`,
      });
      const t = performance.now();
      const results = await Promise.allSettled(
        Array.from({ length: 20 }, (_, n) =>
          approvals.decide('bench', approval.approvalId, { approved: true, by: `u${n}` }),
        ),
      );
      raceTimes.push(performance.now() - t);
      winners += results.filter((x) => x.status === 'fulfilled').length;
    }
    console.log(`\n# approvals: 20 races of 20 concurrent decisions`);
    console.log(
      `decisions recorded: ${winners} of 20 races (exactly one each); race p50 ${median(raceTimes).toFixed(1)} ms`,
    );

    let saves = 0;
    for (let r = 0; r < 10; r++) {
      const current = await workflows.mustGet('bench', wf.workflowId);
      const results = await Promise.allSettled(
        Array.from({ length: 10 }, () =>
          workflows.saveVersion('bench', wf.workflowId, def, current.currentVersion),
        ),
      );
      saves += results.filter((x) => x.status === 'fulfilled').length;
    }
    console.log(
      `workflow saves: 10 rounds of 10 writers on the same version -> ${saves} saved (one per round)`,
    );
  } finally {
    await db.close();
  }
};

await data();
