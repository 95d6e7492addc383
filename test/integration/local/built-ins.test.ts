import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalRuntime, startLocalRuntime } from '../../../infra/local/runtime';

/** Built-in workflows in the local runtime: deployed and triggered as the BuiltInWorkflows construct does on AWS. */
let runtime: LocalRuntime;
type Page = { items: { workflowId: string; builtIn?: boolean; status: string }[] };

beforeAll(async () => {
  runtime = await startLocalRuntime({
    clock: 'virtual',
    startTime: new Date('2026-03-02T09:00:00Z'),
    http: false,
    log: () => {},
    env: { DYNARIS_BUILT_IN_WORKFLOWS: 'lead-follow-up, daily-summary' },
  });
}, 120_000);

afterAll(async () => {
  await runtime?.stop();
});

describe('built-in workflows in the local runtime', () => {
  it('GIVEN DYNARIS_BUILT_IN_WORKFLOWS WHEN the workflows are listed THEN both built-ins are there, enabled and read-only', async () => {
    const res = await runtime.api('GET', '/workflows');
    const items = (res.body as Page).items;
    expect(items.map((w) => [w.workflowId, w.builtIn, w.status])).toStrictEqual([
      ['builtin-lead-follow-up', true, 'enabled'],
      ['builtin-daily-summary', true, 'enabled'],
    ]);
    const refused = await runtime.api('DELETE', '/workflows/builtin-lead-follow-up');
    expect(refused.status).toBe(409);
  });

  it('GIVEN the event-triggered built-in WHEN a lead is created THEN it runs once for the lead, as that workflow, and emails the lead', async () => {
    await runtime.api('POST', '/leads', { email: 'ada@example.com', name: 'Ada Lovelace', company: 'AE' });
    await runtime.runUntilSettled();
    const runs = await runtime.api('GET', '/workflows/builtin-lead-follow-up/runs');
    const items = (runs.body as { items: { status: string; triggerType: string }[] }).items;
    expect(items.map((r) => [r.status, r.triggerType])).toStrictEqual([['succeeded', 'event']]);
    const welcome = runtime.outbox
      .list({ kind: 'email' })
      .filter((m) => JSON.stringify(m).includes('ada@example.com'));
    expect(welcome).toHaveLength(1);
  });

  it('GIVEN the scheduled built-in (17:00 Berlin) WHEN a day passes THEN it has run once, on its schedule', async () => {
    await runtime.advance(24 * 3600_000);
    await runtime.runUntilSettled();
    const runs = await runtime.api('GET', '/workflows/builtin-daily-summary/runs');
    const items = (runs.body as { items: { triggerType: string }[] }).items;
    expect(items.map((r) => r.triggerType)).toStrictEqual(['schedule']);
  });

  it('GIVEN an unknown template WHEN the runtime starts THEN it refuses, naming the setting and the template', async () => {
    await expect(
      startLocalRuntime({
        clock: 'virtual',
        http: false,
        log: () => {},
        env: { DYNARIS_BUILT_IN_WORKFLOWS: 'nope' },
      }),
    ).rejects.toThrow(/DYNARIS_BUILT_IN_WORKFLOWS: unknown template\(s\) nope/);
  });
});
