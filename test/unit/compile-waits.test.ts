import { describe, expect, it } from 'vitest';
import type { AslState } from '../../statemachines/compile';
import { aslProblemsBatch } from '../support/asl-batch';
import {
  CALLBACK_RETRY,
  compiledHere,
  SUPERVISOR,
  states,
  TO_RECORD_FAILURE,
} from '../support/compile-steps';

describe('wait steps', () => {
  it('GIVEN a duration WHEN compiled THEN it is a Wait with Seconds', () => {
    expect(states([{ id: 'pause', wait: 'P2D' }])['Wait 2 days']).toStrictEqual({
      Type: 'Wait',
      Seconds: 172_800,
      Next: 'Finish run',
    });
  });

  it('GIVEN until a literal time WHEN compiled THEN it is a Wait with an RFC 3339 Timestamp', () => {
    expect(
      states([{ id: 'pause', wait: { until: '2026-12-01T09:00' } }])['Wait until 2026-12-01T09:00'],
    ).toStrictEqual({
      Type: 'Wait',
      Timestamp: '2026-12-01T09:00:00Z',
      Next: 'Finish run',
    });
  });

  it('GIVEN until a reference WHEN compiled THEN it is a Wait with TimestampPath', () => {
    expect(
      states([{ id: 'pause', name: 'Until the meeting', wait: { until: '{{trigger.booking.start}}' } }])[
        'Until the meeting'
      ],
    ).toStrictEqual({ Type: 'Wait', TimestampPath: '$.trigger.booking.start', Next: 'Finish run' });
  });
});

describe('waitFor steps', () => {
  const steps = [
    {
      id: 'await-reply',
      waitFor: { event: 'email.received', match: { leadId: '{{trigger.lead.id}}' }, timeout: 'P2D' },
      onEvent: [{ id: 'thanks', action: 'log', input: { message: 'replied' } }],
      onTimeout: [{ id: 'nudge', action: 'log', input: { message: 'silent' } }],
    },
    { id: 'last', action: 'log', input: { message: 'end' } },
  ];

  it('GIVEN waitFor WHEN compiled THEN a callback task registers the wait with the supervisor, with TimeoutSeconds and a States.Timeout catch', () => {
    const s = states(steps);
    expect(s['Wait for reply (2 days)']).toStrictEqual({
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken',
      Parameters: {
        FunctionName: SUPERVISOR,
        Payload: {
          op: 'registerWait',
          event: 'email.received',
          match: { 'leadId.$': '$.trigger.lead.id' },
          timeoutSeconds: 172_800,
          'taskToken.$': '$$.Task.Token',
          'context.$': '$.context',
          stepId: 'await-reply',
        },
      },
      TimeoutSeconds: 172_800,
      Retry: [CALLBACK_RETRY],
      ResultSelector: { received: true, 'event.$': '$.event' },
      ResultPath: '$.steps.await-reply',
      Catch: [
        {
          ErrorEquals: ['States.Timeout'],
          ResultPath: '$.steps.await-reply',
          Next: 'No reply within 2 days',
        },
        TO_RECORD_FAILURE,
      ],
      Next: 'Write log entry: replied',
    });
    expect(s['No reply within 2 days']).toStrictEqual({
      Type: 'Pass',
      Result: { received: false, event: null },
      ResultPath: '$.steps.await-reply',
      Next: 'Write log entry: silent',
    });
    expect(s['Write log entry: replied']).toMatchObject({ Next: 'Write log entry: end' });
    expect(s['Write log entry: silent']).toMatchObject({ Next: 'Write log entry: end' });
  });

  it('GIVEN waitFor without branches WHEN compiled THEN both outcomes continue with the next step', () => {
    const s = states([
      {
        id: 'w',
        waitFor: { event: 'invoice.paid', match: { invoiceId: '{{trigger.invoice.id}}' }, timeout: 'PT12H' },
      },
    ]);
    expect(s['Wait for payment (12 hours)']).toMatchObject({ Next: 'Finish run' });
    expect(s['No payment within 12 hours']).toMatchObject({ Next: 'Finish run' });
  });
});

describe('approval steps', () => {
  it('GIVEN an approval WHEN compiled THEN a callback task requests it, rejection and timeout run onReject then end the run as rejected', () => {
    const s = states([
      {
        id: 'ok',
        approval: {
          message: 'Send the offer to {{trigger.lead.name}}?',
          approvers: ['boss@acme.com'],
          timeout: 'P3D',
        },
        onReject: [{ id: 'sorry', action: 'log', input: { message: 'rejected' } }],
      },
      { id: 'go', action: 'log', input: { message: 'approved' } },
    ]);
    expect(s['Approval: Send the offer to [lead.name]?']).toStrictEqual({
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken',
      Parameters: {
        FunctionName: SUPERVISOR,
        Payload: {
          op: 'requestApproval',
          'message.$': "States.Format('Send the offer to {}?', $.trigger.lead.name)",
          approvers: ['boss@acme.com'],
          'trigger.$': '$.trigger',
          'taskToken.$': '$$.Task.Token',
          'context.$': '$.context',
          stepId: 'ok',
        },
      },
      TimeoutSeconds: 259_200,
      Retry: [CALLBACK_RETRY],
      ResultSelector: { approved: true, 'by.$': '$.by', 'at.$': '$.at', 'comment.$': '$.comment' },
      ResultPath: '$.steps.ok',
      Catch: [
        {
          ErrorEquals: ['ApprovalRejected'],
          ResultPath: '$.steps.ok',
          Next: 'Read rejection: Send the offer to [lead.name]?',
        },
        {
          ErrorEquals: ['States.Timeout'],
          ResultPath: '$.steps.ok',
          Next: 'No decision: Send the offer to [lead.name]?',
        },
        TO_RECORD_FAILURE,
      ],
      Next: 'Write log entry: approved',
    });
    expect(s['Read rejection: Send the offer to [lead.name]?']).toStrictEqual({
      Type: 'Pass',
      Comment: 'The rejection cause is JSON { by, at, comment }; missing fields become null.',
      Parameters: {
        'decision.$':
          'States.JsonMerge(States.StringToJson(States.Format(\'\\{"by":null,"at":null,"comment":null\\}\')), States.StringToJson($.steps.ok.Cause), false)',
      },
      ResultPath: '$.steps.ok',
      Next: 'Rejected: Send the offer to [lead.name]?',
    });
    expect(s['Rejected: Send the offer to [lead.name]?']).toStrictEqual({
      Type: 'Pass',
      Parameters: {
        approved: false,
        'by.$': '$.steps.ok.decision.by',
        'at.$': '$.steps.ok.decision.at',
        'comment.$': '$.steps.ok.decision.comment',
      },
      ResultPath: '$.steps.ok',
      Next: 'Write log entry: rejected',
    });
    expect(s['No decision: Send the offer to [lead.name]?']).toStrictEqual({
      Type: 'Pass',
      Result: { approved: false, by: null, at: null, comment: 'No decision within 3 days' },
      ResultPath: '$.steps.ok',
      Next: 'Write log entry: rejected',
    });
    expect(s['Write log entry: rejected']).toMatchObject({ Next: 'Finish rejected run' });
    expect(s['Finish rejected run']).toMatchObject({
      Parameters: { op: 'finish', outcome: 'rejected', 'context.$': '$.context', 'steps.$': '$.steps' },
      Next: 'Run rejected',
    });
    expect(s['Run rejected']).toStrictEqual({
      Type: 'Succeed',
      Comment: 'A person rejected the run; recorded as rejected.',
    });
  });

  it('GIVEN an approval without timeout inside a parallel branch WHEN rejected THEN the branch fails with ApprovalRejected and the Parallel ends the run as rejected', () => {
    const s = states([
      {
        id: 'par',
        name: 'Both',
        parallel: [
          [{ id: 'ok', approval: { message: 'Go?' } }],
          [{ id: 'x', action: 'log', input: { message: 'x' } }],
        ],
      },
    ]);
    const par = s.Both as { Catch: unknown[]; Branches: { States: Record<string, AslState> }[] };
    expect(par.Catch).toStrictEqual([
      { ErrorEquals: ['ApprovalRejected'], ResultPath: null, Next: 'Finish rejected run' },
      TO_RECORD_FAILURE,
    ]);
    const branch = par.Branches[0]?.States ?? {};
    expect(branch['Approval: Go?']).toMatchObject({ TimeoutSeconds: 604_800, End: true });
    expect(branch['Rejected: Go?']).toMatchObject({ Next: 'Stop: Go? rejected' });
    expect(branch['Stop: Go? rejected']).toStrictEqual({
      Type: 'Fail',
      Error: 'ApprovalRejected',
      Cause: 'Approval "Go?" was rejected',
    });
  });
});

describe('asl-validator', () => {
  it('GIVEN every definition compiled in this file WHEN checked with asl-validator THEN none has a problem', () => {
    expect(compiledHere.length).toBeGreaterThan(5);
    expect(aslProblemsBatch(compiledHere)).toStrictEqual([]);
  });
});
