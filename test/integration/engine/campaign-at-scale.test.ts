import { describe, expect, it } from 'vitest';
import type { TaskInvocation } from '../../../functions/engine/local-engine';
import { compileWorkflow, placeholderResolver } from '../../../statemachines/compile';
import { MAX_PAYLOAD_BYTES } from '../../../statemachines/limits';
import { WorkflowDefinition } from '../../../statemachines/schema';
import { validateWorkflow } from '../../../statemachines/validate';
import { runContext, sampleOutput } from '../../support/compiled-run';
import { DAY, setup } from '../../support/engine-harness';

/**
 * Issue 11 part 5: "import leads, send messages, track responses" for 10,000 leads, compiled by the real compiler
 * and run by the strict LocalEngine (256 KiB per state, 25,000 history events per execution, virtual time). The
 * agents answer at the Lambda boundary; the item file is what crm.exportLeads writes (JSON Lines in S3).
 */

const LEADS = 10_000;
const FN = (name: string) => `arn:aws:lambda:us-east-1:000000000000:function:dynaris-${name}`;
const GET = 'arn:aws:states:::s3:getObject';
const PUT = 'arn:aws:states:::s3:putObject';

const campaign = WorkflowDefinition.parse({
  name: 'Campaign at scale',
  trigger: { type: 'manual', inputs: ['tag'] },
  steps: [
    { id: 'export', action: 'crm.exportLeads', input: { tag: '{{trigger.tag}}' } },
    {
      id: 'each-lead',
      forEach: {
        itemsFrom: '{{steps.export.leads}}',
        toleratedFailurePercent: 5,
        steps: [
          {
            id: 'send',
            action: 'email.send',
            input: {
              to: '{{item.email}}',
              leadId: '{{item.id}}',
              subject: 'Hello',
              body: 'Hi {{item.name}}',
            },
          },
          {
            id: 'await-reply',
            waitFor: { event: 'email.received', match: { leadId: '{{item.id}}' }, timeout: 'P2D' },
            onEvent: [
              { id: 'note', action: 'crm.addNote', input: { leadId: '{{item.id}}', text: 'replied' } },
            ],
            onTimeout: [
              {
                id: 'remind',
                action: 'email.send',
                input: {
                  to: '{{item.email}}',
                  leadId: '{{item.id}}',
                  subject: 'Reminder',
                  body: 'Any news?',
                },
              },
            ],
          },
        ],
      },
    },
    { id: 'report', action: 'notify.team', input: { text: '{{steps.export.count}} leads contacted' } },
  ],
});

const leadFile = Array.from({ length: LEADS }, (_, n) =>
  JSON.stringify({
    id: `lead-${n}`,
    email: `lead${n}@example.com`,
    name: `Lead ${n}`,
    company: 'Acme',
    status: 'new',
    value: n,
    tags: ['spring'],
  }),
).join('\n');

const payloadOf = (call: TaskInvocation) =>
  call.payload as { action?: string; op?: string; input?: Record<string, unknown> };
const leadNumber = (input: Record<string, unknown> | undefined) => Number(String(input?.leadId).slice(5));

const world = () => {
  const sent: string[] = [];
  const tokens: { lead: number; token: string }[] = [];
  const { engine, register, clock } = setup({
    // The waitFor callback reaches the supervisor with its task token (registerWait), as on AWS.
    [FN('supervisor')]: (p, call) => {
      if (p.op === 'start') return runContext({ triggerType: 'manual' });
      if (p.op === 'registerWait' && call.taskToken)
        tokens.push({ lead: leadNumber(p.match as Record<string, unknown>), token: call.taskToken });
      return { ok: true };
    },
    [FN('crm')]: (p) =>
      p.action === 'crm.exportLeads'
        ? { leads: { key: 'exports/t1/run-1.jsonl', count: LEADS }, count: LEADS }
        : sampleOutput('crm.addNote'),
    [FN('email')]: (_p, call) => {
      const { input } = payloadOf(call);
      // 1% of the addresses bounce for good: those items fail, within the 5% the campaign tolerates.
      if (leadNumber(input) % 100 === 99)
        throw Object.assign(new Error('address rejected'), { name: 'NonRetriableError' });
      sent.push(`${String(input?.subject)}:${String(input?.leadId)}`);
      return sampleOutput('email.send');
    },
    [FN('notify')]: () => sampleOutput('notify.team'),
    [GET]: (p) => (p.Key === 'exports/t1/run-1.jsonl' ? { Body: leadFile } : undefined),
    [PUT]: () => ({}),
  });
  return { engine, register, clock, sent, tokens };
};

describe('a campaign at real size', () => {
  it('GIVEN 10,000 leads, 10% replying and 1% bouncing WHEN the campaign runs THEN it completes in two virtual days with every state under 256 KiB, the run shows items done and failed, and each reachable lead gets one email and, without a reply, one reminder', async () => {
    const report = validateWorkflow(campaign);
    expect(report.issues).toEqual([]);
    const { definition, type } = compileWorkflow(campaign, { resolver: placeholderResolver });
    expect(type).toBe('STANDARD');
    const { engine, register, clock, sent, tokens } = world();
    const arn = register(definition);
    const started = clock.now().getTime();
    const { executionArn } = await engine.startExecution({
      stateMachineArn: arn,
      name: 'run-1',
      input: {
        trigger: { tag: 'spring' },
        context: { tenantId: 't1', workflowId: 'wf', triggerType: 'manual' },
      },
    });

    // Every lead is contacted at once: the waits run in parallel, not 10 at a time.
    await engine.waitForIdle();
    const [waiting] = await engine.listMapRuns(executionArn);
    expect(waiting?.itemCounts).toMatchObject({ total: LEADS, failed: 100, running: 9_900, succeeded: 0 });
    expect(tokens).toHaveLength(9_900);

    // A tenth of the leads reply on the first day; the run view counts them as done while the rest wait.
    for (const { token } of tokens.filter(({ lead }) => lead % 10 === 0))
      await engine.sendTaskSuccess(token, {
        event: { subject: 'Re: Hello' },
        eventId: 'e',
        receivedAt: 'now',
      });
    await engine.waitForIdle();
    const [replied] = await engine.listMapRuns(executionArn);
    expect(replied?.itemCounts).toMatchObject({ succeeded: 1_000, running: 8_900, failed: 100 });

    await engine.runUntilSettled();
    const done = await engine.waitForExecution(executionArn);
    expect(done.status).toBe('SUCCEEDED');
    expect(clock.now().getTime() - started).toBeLessThan(2 * DAY + 60_000);
    const [run] = await engine.listMapRuns(executionArn);
    expect(run).toMatchObject({
      status: 'SUCCEEDED',
      itemCounts: { total: LEADS, succeeded: 9_900, failed: 100 },
    });
    expect(sent.filter((s) => s.startsWith('Hello:'))).toHaveLength(9_900);
    expect(sent.filter((s) => s.startsWith('Reminder:'))).toHaveLength(8_900);

    // The parent holds the item file's key and where the results went, never the items.
    const timeline = await engine.getTimeline(executionArn);
    const largest = Math.max(
      ...timeline
        .flatMap((e) => [e.input, e.output])
        .map((v) => Buffer.byteLength(JSON.stringify(v ?? null))),
    );
    expect(largest).toBeLessThan(MAX_PAYLOAD_BYTES / 16);
    expect(engine.historyEventCount(executionArn)).toBeLessThan(100);
  }, 300_000);
});
