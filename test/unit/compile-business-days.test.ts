import { describe, expect, it } from 'vitest';
import { outlineSteps } from '../../functions/assistant/outline';
import { WorkflowDefinition } from '../../statemachines/schema';
import { validateWorkflow } from '../../statemachines/validate';
import { aslProblemsBatch } from '../support/asl-batch';
import {
  CALLBACK_RETRY,
  compile,
  compiledHere,
  SUPERVISOR,
  states,
  TO_RECORD_FAILURE,
} from '../support/compile-steps';
import { issues, log, only, workflow } from '../support/validate-fixtures';

/** The deadline task before a business-day wait: the supervisor counts the days from when it was entered. */
const deadlineTask = (stepId: string, days: number, next: string) => ({
  Type: 'Task',
  Comment: `When ${days} business day${days === 1 ? '' : 's'} from now end in the tenant's working week, time zone and holidays.`,
  Resource: SUPERVISOR,
  Parameters: {
    op: 'businessDeadline',
    'context.$': '$.context',
    stepId,
    businessDays: days,
    'from.$': '$$.State.EnteredTime',
  },
  TimeoutSeconds: 30,
  Retry: [CALLBACK_RETRY],
  ResultSelector: { 'until.$': '$.until', 'seconds.$': '$.seconds' },
  ResultPath: `$.steps.${stepId}`,
  Catch: [TO_RECORD_FAILURE],
  Next: next,
});

describe('business-day waits compiled to Step Functions', () => {
  it('GIVEN wait { businessDays: 3 } WHEN compiled THEN a supervisor task computes the deadline and a Wait waits until it (TimestampPath)', () => {
    const c = compile([{ id: 'pause', wait: { businessDays: 3 } }, log('after', 'x')]);
    const s = c.definition.States;
    expect(s['Start run']).toMatchObject({ Next: 'Count 3 business days: pause' });
    expect(s['Count 3 business days: pause']).toStrictEqual(deadlineTask('pause', 3, 'Wait 3 business days'));
    expect(s['Wait 3 business days']).toStrictEqual({
      Type: 'Wait',
      Next: 'Write log entry: x',
      TimestampPath: '$.steps.pause.until',
    });
    expect(c.stateNames.pause).toBe('Wait 3 business days');
  });

  it('GIVEN waitFor with timeout { businessDays: 2 } WHEN compiled THEN the callback task times out by TimeoutSecondsPath, and registerWait gets the same seconds', () => {
    const s = states([
      {
        id: 'sign',
        waitFor: {
          event: 'form.submitted',
          match: { email: '{{trigger.lead.email}}' },
          timeout: { businessDays: 2 },
        },
        onTimeout: [log('call', 'call them')],
      },
    ]);
    expect(s['Count 2 business days: sign']).toStrictEqual(
      deadlineTask('sign', 2, 'Wait for form submission (2 business days)'),
    );
    expect(s['Wait for form submission (2 business days)']).toStrictEqual({
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken',
      Parameters: {
        FunctionName: SUPERVISOR,
        Payload: {
          op: 'registerWait',
          event: 'form.submitted',
          match: { 'email.$': '$.trigger.lead.email' },
          'timeoutSeconds.$': '$.steps.sign.seconds',
          'taskToken.$': '$$.Task.Token',
          'context.$': '$.context',
          stepId: 'sign',
        },
      },
      TimeoutSecondsPath: '$.steps.sign.seconds',
      Retry: [CALLBACK_RETRY],
      ResultSelector: { received: true, 'event.$': '$.event' },
      ResultPath: '$.steps.sign',
      Catch: [
        {
          ErrorEquals: ['States.Timeout'],
          ResultPath: '$.steps.sign',
          Next: 'No form submission within 2 business days',
        },
        TO_RECORD_FAILURE,
      ],
      Next: 'Finish run',
    });
    expect(s['No form submission within 2 business days']).toMatchObject({
      Next: 'Write log entry: call them',
    });
  });

  it('GIVEN a business-day wait inside a forEach WHEN compiled THEN the deadline task is inside the Map body, without a Catch (the Map’s failure handling applies)', () => {
    const s = states([
      { id: 'find', action: 'crm.findLeads', input: {} },
      {
        id: 'each',
        forEach: { items: '{{steps.find.leads}}', steps: [{ id: 'pause', wait: { businessDays: 1 } }] },
      },
    ]);
    const map = Object.values(s).find((state) => state.Type === 'Map') as {
      ItemProcessor: { StartAt: string; States: Record<string, unknown> };
    };
    const body = map.ItemProcessor;
    expect(body.StartAt).toBe('Count 1 business day: pause');
    const { Catch: _none, ...task } = deadlineTask('pause', 1, 'Wait 1 business day');
    expect(body.States['Count 1 business day: pause']).toStrictEqual(task);
  });

  it('GIVEN plain durations WHEN compiled THEN nothing changes: no deadline task, Seconds and TimeoutSeconds as before', () => {
    const s = states([
      { id: 'pause', wait: 'P3D' },
      {
        id: 'w',
        waitFor: { event: 'invoice.paid', match: { invoiceId: '{{trigger.invoice.id}}' }, timeout: 'P2D' },
      },
    ]);
    expect(Object.keys(s).filter((n) => n.startsWith('Count'))).toStrictEqual([]);
    expect(s['Wait 3 days']).toStrictEqual({
      Type: 'Wait',
      Seconds: 259_200,
      Next: 'Wait for payment (2 days)',
    });
    expect(s['Wait for payment (2 days)']).toMatchObject({ TimeoutSeconds: 172_800 });
  });

  it('GIVEN every definition compiled here WHEN checked with asl-validator THEN none has a problem', () => {
    expect(compiledHere.length).toBeGreaterThan(3);
    expect(aslProblemsBatch(compiledHere)).toStrictEqual([]);
  });
});

describe('business days in the language: validated at their path', () => {
  it.each([[0], [-1], [2.5], [201]])(
    'GIVEN wait { businessDays: %s } WHEN validated THEN it is refused at wait.businessDays',
    (n) => {
      expect(only(workflow([{ id: 'w', wait: { businessDays: n } }]))).toStrictEqual([
        { path: '$.steps[0].wait.businessDays', code: 'bad-business-days' },
      ]);
    },
  );

  it('GIVEN a waitFor timeout of 0 business days WHEN validated THEN it is refused at waitFor.timeout.businessDays with the range', () => {
    const found = issues(
      workflow([
        {
          id: 'w',
          waitFor: {
            event: 'email.received',
            match: { leadId: '{{trigger.lead.id}}' },
            timeout: { businessDays: 0 },
          },
        },
      ]),
    );
    expect(found.map((i) => [i.path, i.code, i.message])).toStrictEqual([
      [
        '$.steps[0].waitFor.timeout.businessDays',
        'bad-business-days',
        'businessDays must be a whole number from 1 to 200, not 0',
      ],
    ]);
  });

  it('GIVEN business days written as text or with another key WHEN validated THEN the definition is refused at the wait', () => {
    for (const wait of [{ businessDays: '3' }, { businessDays: 3, hours: 2 }, { workingDays: 3 }]) {
      const r = validateWorkflow(workflow([{ id: 'w', wait }]));
      expect(r.valid).toBe(false);
      expect(r.issues.every((i) => i.path.startsWith('$.steps[0].wait'))).toBe(true);
    }
  });

  it('GIVEN 1 and 200 business days WHEN validated THEN both are accepted', () => {
    expect(
      only(
        workflow([
          { id: 'a', wait: { businessDays: 1 } },
          { id: 'b', wait: { businessDays: 200 } },
        ]),
      ),
    ).toStrictEqual([]);
  });

  it('GIVEN a business-day wait longer than the workflow’s timeout WHEN validated THEN the steps after it are unreachable (N days less a DST shift at least)', () => {
    const def = workflow([{ id: 'w', wait: { businessDays: 2 } }, log('a', 'x')], {
      settings: { timeout: 'P1D' },
    });
    expect(only(def)).toStrictEqual([{ path: '$.steps[1]', code: 'unreachable' }]);
  });

  it('GIVEN business-day waits WHEN outlined THEN they read wait(3BD) and waitFor(…,2BD,…), and durations outline as before', () => {
    const def = WorkflowDefinition.parse(
      workflow([
        { id: 'a', wait: { businessDays: 3 } },
        { id: 'b', wait: 'P3D' },
        {
          id: 'c',
          waitFor: {
            event: 'email.received',
            match: { leadId: '{{trigger.lead.id}}' },
            timeout: { businessDays: 2 },
          },
          onTimeout: [{ id: 'd', action: 'email.send', input: { to: 'a@b.test', subject: 's' } }],
        },
        {
          id: 'e',
          waitFor: { event: 'email.received', match: { leadId: '{{trigger.lead.id}}' }, timeout: 'P2D' },
        },
      ]),
    );
    expect(outlineSteps(def.steps)).toBe(
      'wait(3BD); wait(P3D); waitFor(email.received,2BD,timeout:[email.send]); waitFor(email.received,P2D)',
    );
  });
});
