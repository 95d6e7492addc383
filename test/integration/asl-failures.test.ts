import { describe, expect, it } from 'vitest';
import { log, ran, workflow } from '../support/asl-behaviour';
import { runWorkflow, TaskError } from '../support/compiled-run';

describe('failures', () => {
  const def = workflow([
    {
      id: 'welcome',
      name: 'Send welcome email',
      action: 'email.send',
      input: { to: 'a@acme.test', subject: 'Hi', body: 'Hello' },
    },
    log('after'),
  ]);

  it('GIVEN an action fails twice with RetriableError WHEN the run executes THEN it is retried and the run succeeds', async () => {
    let attempts = 0;
    const r = await runWorkflow(def, {
      stubs: {
        'Send welcome email': () => {
          attempts++;
          if (attempts <= 2) throw new TaskError('RetriableError', 'throttled');
          return { messageId: 'm1', trackingId: 't1', to: 'a@acme.test' };
        },
      },
    });
    expect(r.status).toBe('SUCCEEDED');
    expect(attempts).toBe(3);
    expect(r.events.filter((e) => e.type === 'StateRetried')).toHaveLength(2);
    expect(r.output.steps.welcome).toStrictEqual({ messageId: 'm1', trackingId: 't1', to: 'a@acme.test' });
    expect(ran(r)).toStrictEqual(['after']);
  });

  it('GIVEN an action keeps failing with RetriableError WHEN retries run out THEN the failure is recorded and the run fails', async () => {
    let attempts = 0;
    const r = await runWorkflow(def, {
      stubs: {
        'Send welcome email': () => {
          attempts++;
          throw new TaskError('RetriableError', 'still throttled');
        },
      },
    });
    expect(attempts).toBe(6); // the first try and the 5 retries of the email policy
    expect(r.status).toBe('FAILED');
    expect(r.error?.name).toBe('RetriableError');
  });

  it('GIVEN an action fails with NonRetriableError WHEN the run executes THEN it is not retried: "Record failure" gets the error, then the run fails', async () => {
    let attempts = 0;
    const r = await runWorkflow(def, {
      stubs: {
        'Send welcome email': () => {
          attempts++;
          throw new TaskError('NonRetriableError', 'no such mailbox');
        },
      },
    });
    expect(attempts).toBe(1);
    expect(r.inputsOf('Record failure')).toStrictEqual([
      {
        op: 'fail',
        context: expect.objectContaining({ runId: 'run-1' }),
        steps: {},
        error: { Error: 'NonRetriableError', Cause: 'no such mailbox' },
      },
    ]);
    expect(r.entered.slice(-2)).toStrictEqual(['Record failure', 'Run failed']);
    expect(r.status).toBe('FAILED');
    expect(r.error).toStrictEqual({ name: 'NonRetriableError', message: 'no such mailbox' });
    expect(ran(r)).toStrictEqual([]);
  });

  it('GIVEN the supervisor cannot finish the run WHEN retries run out THEN the failure is recorded and the run fails', async () => {
    let finishes = 0;
    const r = await runWorkflow(workflow([log('x')]), {
      stubs: {
        'Finish run': () => {
          finishes++;
          throw new TaskError('Lambda.ServiceException', 'unavailable');
        },
      },
    });
    expect(finishes).toBe(4);
    expect(r.inputsOf('Record failure')[0].error).toStrictEqual({
      Error: 'Lambda.ServiceException',
      Cause: 'unavailable',
    });
    expect(r.status).toBe('FAILED');
  });

  it('GIVEN a ConflictError WHEN the run executes THEN it is never retried', async () => {
    let attempts = 0;
    const r = await runWorkflow(def, {
      stubs: {
        'Send welcome email': () => {
          attempts++;
          throw new TaskError('ConflictError', 'overlap');
        },
      },
    });
    expect(attempts).toBe(1);
    expect(r.status).toBe('FAILED');
  });

  it('GIVEN onError continue WHEN the action fails THEN the error is kept under steps.<id>.error and the next steps run', async () => {
    const r = await runWorkflow(
      workflow([
        { id: 'ping', action: 'http.request', input: { url: 'https://example.com' }, onError: 'continue' },
        { id: 'failed', if: { path: 'steps.ping.error', exists: true }, then: [log('noticed')] },
      ]),
      {
        actions: {
          'http.request': () => {
            throw new TaskError('NonRetriableError', 'HTTP 404');
          },
        },
      },
    );
    expect(r.status).toBe('SUCCEEDED');
    expect(r.output.steps.ping).toStrictEqual({ error: { Error: 'NonRetriableError', Cause: 'HTTP 404' } });
    expect(ran(r)).toStrictEqual(['noticed']);
  });

  it('GIVEN a failure inside a forEach iteration WHEN the run executes THEN the Map fails and the run records the failure', async () => {
    const r = await runWorkflow(
      workflow([
        {
          id: 'each',
          forEach: {
            items: '{{trigger.ids}}',
            steps: [{ id: 'n', action: 'crm.addNote', input: { leadId: '{{item}}', text: 'x' } }],
          },
        },
      ]),
      {
        trigger: { ids: ['a', 'b'] },
        actions: {
          'crm.addNote': (i) => {
            if (i.input.leadId === 'b') throw new TaskError('NonRetriableError', 'unknown lead b');
            return { noteId: 'n1', leadId: 'a' };
          },
        },
      },
    );
    expect(r.status).toBe('FAILED');
    expect(r.inputsOf('Record failure')[0].error).toStrictEqual({
      Error: 'NonRetriableError',
      Cause: 'unknown lead b',
    });
  });
});
