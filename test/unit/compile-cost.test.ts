import { describe, expect, it } from 'vitest';
import { estimateCost, formatCostReport, PRICES_US_EAST_1 } from '../../statemachines/cost';
import { eventWrites, RUN_RECORD_WRITES } from '../../statemachines/cost/prices';
import { WorkflowDefinition } from '../../statemachines/schema';

const def = (steps: unknown[], extra: Record<string, unknown> = {}) =>
  WorkflowDefinition.parse({ name: 'Costed', trigger: { type: 'manual' }, steps, ...extra });

describe('cost of one run on the main path', () => {
  it('GIVEN a STANDARD workflow WHEN estimated THEN transitions, Lambda, events and DynamoDB are priced from the usage', () => {
    const estimate = estimateCost(
      def([
        { id: 'mail', action: 'email.send', input: { to: 'a@b.co', subject: 'Hi' } },
        { id: 'pause', wait: 'P1D' },
        { id: 'note', action: 'log', input: { message: 'x' } },
      ]),
    );
    expect(estimate.workflowType).toBe('STANDARD');
    // Start, email, wait, log, Finish
    expect(estimate.usage.stateTransitions).toBe(5);
    // supervisor start + finish, email agent; the run's events reach no dispatcher or correlator (nothing listens)
    expect(estimate.usage.lambdaInvocations).toBe(3);
    // workflow.started, email.sent, workflow.completed
    expect(estimate.usage.events).toBe(3);
    // start 5 (run record with its 2 index entries, log entry with its LOGS entry) + email 8 (tracking claim, then lead
    // check + timeline entry + tracking completion in one transaction at 2 units an item, the tracking record's index
    // entry) + log 2 + finish (the record with its steps and entries, the log entry); each event's publisher records it
    // (item + 2 index entries, its copies)
    const events =
      eventWrites('workflow.started') + eventWrites('email.sent') + eventWrites('workflow.completed');
    expect(estimate.usage.dynamoDbWrites).toBe(5 + 8 + 2 + RUN_RECORD_WRITES.finish + events);
    // start 2 + email 1 (its lead); per event its publisher's read of who listens to the type
    expect(estimate.usage.dynamoDbReads).toBe(3 + 3 * 1);
    const line = (item: string) => estimate.lines.find((l) => l.item.startsWith(item));
    expect(line('Standard state transitions')).toStrictEqual({
      service: 'Step Functions',
      item: 'Standard state transitions',
      quantity: 5,
      unit: 'transition',
      unitPriceUsd: 0.000025,
      perRunUsd: 0.000125,
      perMillionRunsUsd: 125,
    });
    // 512 MB as deployed: supervisor 2 x 120 ms, email 300 ms = 0.5 GB x 0.54 s
    expect(line('Compute')?.quantity).toBe(0.27);
    const expected =
      5 * 0.000025 +
      3 * 0.0000002 +
      0.27 * 0.0000133334 +
      3 * 0.000001 +
      estimate.usage.dynamoDbWrites * 0.000000625 +
      6 * 0.000000125;
    expect(estimate.perRunUsd).toBeCloseTo(expected, 12);
    expect(estimate.perMillionRunsUsd).toBeCloseTo(expected * 1e6, 4);
    expect(estimate.prices).toBe(PRICES_US_EAST_1);
  });

  it('GIVEN an ai.task step WHEN estimated THEN the supervisor routing it and the agent function it has perform the action are both invoked', () => {
    const estimate = estimateCost(
      def([{ id: 'think', action: 'ai.task', input: { instruction: 'Tell the team' } }]),
    );
    // supervisor start + route + finish, and the chosen agent's function
    expect(estimate.usage.lambdaInvocations).toBe(4);
    const invocations = estimate.lines.find((l) => l.item.startsWith('Invocations'))?.item;
    expect(invocations).toContain('supervisor:route ×1');
    expect(invocations).toContain('agent:routed ×1');
  });

  it('GIVEN an EXPRESS workflow WHEN estimated THEN requests and duration at 64 MB in 100 ms units replace transitions', () => {
    const estimate = estimateCost(
      def([{ id: 'note', action: 'crm.addNote', input: { leadId: 'L1', text: 'x' } }]),
    );
    expect(estimate.workflowType).toBe('EXPRESS');
    expect(estimate.lines.some((l) => l.item === 'Standard state transitions')).toBe(false);
    // supervisor 120 + crm 120 + supervisor 120 = 360 ms -> 0.4 s billed
    expect(estimate.usage.activeDurationMs).toBe(360);
    const duration = estimate.lines.find((l) => l.item.startsWith('Express duration'));
    expect(duration).toMatchObject({
      item: 'Express duration (0.4 s at 64 MB)',
      quantity: 0.025,
      unit: 'GB-second',
    });
    expect(estimate.lines.find((l) => l.item === 'Express requests')?.perRunUsd).toBe(0.000001);
    // start 5 + crm 2 + finish + the run's deadline (put and delete, 2 units each); the 2 run events' records
    expect(estimate.usage.dynamoDbWrites).toBe(
      5 +
        2 +
        RUN_RECORD_WRITES.finish +
        4 +
        eventWrites('workflow.started') +
        eventWrites('workflow.completed'),
    );
  });

  it('GIVEN a calendar.schedule step WHEN estimated THEN the booking is priced without an idempotency record: 3 batch reads, the ticket window and claims, 2 ticket writes and a 2-item transaction', () => {
    const booked = estimateCost(def([{ id: 'meet', action: 'calendar.schedule', input: { title: 'Call' } }]));
    // start 5 + finish + the run's deadline 4; ticket 2, booking + slot claim in a transaction (2 units an item) and
    // the booking's 2 index entries; the records of the 2 run events and booking.created
    const events =
      eventWrites('workflow.started') + eventWrites('booking.created') + eventWrites('workflow.completed');
    expect(booked.usage.dynamoDbWrites).toBe(5 + RUN_RECORD_WRITES.finish + 4 + 2 + 2 * 2 + 2 + events);
    // start 2; lead, booking and settings 3, previous ticket window 1, claims query 1; 3 events' interest reads
    expect(booked.usage.dynamoDbReads).toBe(2 + 3 + 1 + 1 + 3);
  });

  it('GIVEN an event-triggered workflow that may need approval (Auto Mode off) WHEN estimated THEN it is priced as EXPRESS: the approval happens before the execution, so no Standard transitions', () => {
    const steps = [{ id: 'mail', action: 'email.send', input: { to: 'a@b.co', subject: 'Hi' } }];
    const gated = estimateCost(def(steps, { trigger: { type: 'event', event: 'lead.created' } }));
    const auto = estimateCost(
      def(steps, { trigger: { type: 'event', event: 'lead.created' }, autoMode: true }),
    );
    expect(gated.workflowType).toBe('EXPRESS');
    expect(gated.lines.some((l) => l.service === 'Step Functions' && l.item.startsWith('Standard'))).toBe(
      false,
    );
    expect(gated.perMillionRunsUsd).toBe(auto.perMillionRunsUsd);
  });

  it('GIVEN branches WHEN estimated THEN the main path is counted: then-branch, event arrives, approved, every parallel branch', () => {
    const mainPath = estimateCost(
      def([
        {
          id: 'hot',
          if: { path: 'trigger.v', gt: 1 },
          then: [{ id: 'a', action: 'notify.team', input: { text: 'a' } }],
          else: [
            { id: 'b', action: 'http.request', input: { url: 'https://x.test' } },
            { id: 'c', action: 'http.request', input: { url: 'https://x.test' } },
          ],
        },
        {
          id: 'w',
          waitFor: { event: 'email.received', match: { leadId: 'L1' }, timeout: 'P1D' },
          onEvent: [{ id: 'e', action: 'log', input: { message: 'e' } }],
          onTimeout: [{ id: 'f', action: 'crm.addNote', input: { leadId: 'L1', text: 'x' } }],
        },
        {
          id: 'ok',
          approval: { message: 'ok?' },
          onReject: [{ id: 'g', action: 'log', input: { message: 'g' } }],
        },
        {
          id: 'p',
          parallel: [
            [{ id: 'h', action: 'log', input: { message: 'h' } }],
            [{ id: 'i', action: 'log', input: { message: 'i' } }],
          ],
        },
      ]),
    );
    // Start, Choice, notify, waitFor, log e, approval, Parallel, h, i, Finish
    expect(mainPath.usage.stateTransitions).toBe(10);
    // supervisor x2, notify, registerWait, requestApproval; the 3 events (started, approval.requested, completed)
    // reach no dispatcher or correlator
    expect(mainPath.usage.lambdaInvocations).toBe(5);
    expect(mainPath.assumptions.mainPath).toContain('if -> then-branch');
  });

  it('GIVEN a forEach WHEN estimated with 10 or 100 items THEN the body is counted per item', () => {
    const loop = def([
      { id: 'find', action: 'crm.findLeads', input: {} },
      {
        id: 'each',
        forEach: {
          items: '{{steps.find.leads}}',
          steps: [{ id: 'n', action: 'crm.addNote', input: { leadId: 'x', text: 'x' } }],
        },
      },
    ]);
    const ten = estimateCost(loop);
    const hundred = estimateCost(loop, { forEachItems: 100 });
    expect(ten.assumptions.forEachItems).toBe(10);
    expect(hundred.usage.lambdaInvocations - ten.usage.lambdaInvocations).toBe(90);
    expect(hundred.usage.stateTransitions - ten.usage.stateTransitions).toBe(90);
  });

  it('GIVEN a run that puts events on the bus nothing listens to WHEN estimated THEN each event costs its publisher one read and the activity writes, and no dispatcher or correlator invocation', () => {
    const quiet = estimateCost(def([{ id: 'x', action: 'log', input: { message: 'x' } }]));
    const loud = estimateCost(
      def([
        { id: 'x', action: 'log', input: { message: 'x' } },
        { id: 'e', action: 'events.emit', input: { event: 'lead.updated', detail: {} } },
      ]),
    );
    expect(loud.usage.events - quiet.usage.events).toBe(1);
    expect(loud.usage.lambdaInvocations - quiet.usage.lambdaInvocations).toBe(0);
    expect(loud.usage.dynamoDbReads - quiet.usage.dynamoDbReads).toBe(1);
    // an event that names no workflow or lead measured: its item and index entries, and an upper bound of two copies
    expect(loud.usage.dynamoDbWrites - quiet.usage.dynamoDbWrites).toBe(3 + 1 + 1);
    const invocations = loud.lines.find((l) => l.service === 'Lambda')?.item ?? '';
    expect(invocations).not.toContain('dispatcher');
    expect(invocations).not.toContain('correlator');
  });

  it('GIVEN event, webhook and schedule triggers WHEN estimated THEN the dispatcher or the Scheduler invocation is included', () => {
    const steps = [{ id: 'x', action: 'log', input: { message: 'x' } }];
    const event = estimateCost(
      def(steps, { trigger: { type: 'event', event: 'lead.created' }, autoMode: true }),
    );
    // The dispatcher that starts the run; the run's own events (workflow.started, workflow.completed) reach none.
    expect(event.lines.find((l) => l.service === 'Lambda')?.item).toContain('dispatcher ×1');
    // It reads its subscription index's version and claims the Express start (one put; the run record marks it started).
    const manual = estimateCost(def(steps));
    expect(event.usage.dynamoDbReads - manual.usage.dynamoDbReads).toBe(1);
    expect(event.usage.dynamoDbWrites - manual.usage.dynamoDbWrites).toBe(1);
    const schedule = estimateCost(
      def(steps, { trigger: { type: 'schedule', rate: '1 day' }, autoMode: true }),
    );
    expect(schedule.usage.schedulerInvocations).toBe(1);
    expect(schedule.lines.find((l) => l.service === 'Scheduler')?.perMillionRunsUsd).toBe(1);
  });

  it('GIVEN an estimate WHEN formatted THEN the report has a line per service, the totals, the main path, the assumptions and the prices', () => {
    const report = formatCostReport(
      estimateCost(def([{ id: 'mail', action: 'email.send', input: { to: 'a@b.co', subject: 'Hi' } }])),
    );
    const lines = report.split('\n');
    expect(lines[0]).toBe('Cost estimate: Costed (EXPRESS, us-east-1)');
    expect(report).toMatch(/^Total\s+\$0\.0000\d+\s+\$\d+\.\d\d$/m);
    expect(report).toContain('Main path: if -> then-branch; waitFor -> the event arrives');
    expect(report).toContain('Lambda assumptions (arm64, warm): supervisor 512 MB 120 ms');
    expect(report).toContain(
      'Prices: AWS list prices, us-east-1: Step Functions Standard $0.025 per 1,000 state transitions',
    );
    expect(report).toContain('$0.00001667 per GB-second');
  });
});
