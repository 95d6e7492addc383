import { describe, expect, it } from 'vitest';
import {
  classifyError,
  placeholderOutput,
  runAgentTask,
  shapeOutput,
} from '../../../functions/agents/runner';
import { VersionConflictError } from '../../../functions/data/repository';
import {
  BadRequestError,
  ConflictError,
  NonRetriableError,
  NotFoundError,
} from '../../../functions/shared/errors';
import type { Database } from '../../../functions/shared/ports';
import { getAction } from '../../../statemachines/catalogue';

const meta = {
  tenantId: 't1',
  workflowId: 'w1',
  runId: 'r1',
  executionId: 'arn:x',
  stepId: 's1',
  itemIndex: -1,
};
const noDb = {} as Database;
const deps = { db: noDb, clock: { now: () => new Date('2026-01-01T00:00:00Z') } };

describe('agent runner', () => {
  it('GIVEN an action of another area WHEN the task runs THEN it fails as non-retriable', async () => {
    await expect(
      runAgentTask({
        area: 'crm',
        executors: {},
        deps,
        payload: { action: 'invoice.create', input: {}, meta },
      }),
    ).rejects.toMatchObject({ name: 'NonRetriableError' });
  });

  it('GIVEN input that breaks the catalogue schema WHEN the task runs THEN it fails as non-retriable naming the field', async () => {
    const error = await runAgentTask({
      area: 'knowledge',
      executors: { 'knowledge.search': async () => ({ results: [], text: '' }) },
      deps,
      payload: { action: 'knowledge.search', input: { query: '' }, meta },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NonRetriableError);
    expect((error as Error).message).toContain('query');
  });

  it('GIVEN a malformed payload WHEN the task runs THEN it fails as non-retriable', async () => {
    await expect(
      runAgentTask({ area: 'crm', executors: {}, deps, payload: { nope: 1 } }),
    ).rejects.toMatchObject({
      name: 'NonRetriableError',
    });
  });

  it('GIVEN a dry run of a side-effecting action WHEN the task runs THEN the executor is not called and a would-be output with every key is returned', async () => {
    let called = false;
    const out = await runAgentTask({
      area: 'crm',
      executors: {
        'crm.addNote': async () => {
          called = true;
          return { noteId: 'n', leadId: 'l' };
        },
      },
      deps,
      payload: {
        action: 'crm.addNote',
        input: { leadId: 'ld_1', text: 'hi' },
        meta: { ...meta, dryRun: true },
      },
    });
    expect(called).toBe(false);
    expect(out).toEqual({ noteId: 'dry-run', leadId: 'ld_1' });
  });

  it('GIVEN a read-only action WHEN it returns fewer keys than declared THEN missing keys are null and extra keys dropped', async () => {
    const out = await runAgentTask({
      area: 'crm',
      executors: { 'crm.findLeads': async () => ({ leads: [], extra: 1 }) as never },
      deps,
      payload: { action: 'crm.findLeads', input: {}, meta },
    });
    expect(out).toEqual({ leads: [], count: null, text: null });
  });

  it('GIVEN errors of each kind WHEN classified THEN they get the names Retry and Catch match', () => {
    expect(classifyError(new BadRequestError('x')).name).toBe('NonRetriableError');
    expect(classifyError(new NotFoundError('lead', 'ld_1')).name).toBe('NonRetriableError');
    expect(classifyError(new VersionConflictError('lead', 'ld_1')).name).toBe('RetriableError');
    class SlotTaken extends ConflictError {}
    expect(classifyError(new SlotTaken('overlap')).name).toBe('ConflictError');
    expect(classifyError(Object.assign(new Error('slow'), { name: 'ThrottlingException' })).name).toBe(
      'RetriableError',
    );
    expect(
      classifyError(
        Object.assign(new Error('denied'), { name: 'AccessDenied', $metadata: { httpStatusCode: 403 } }),
      ).name,
    ).toBe('NonRetriableError');
    expect(classifyError(Object.assign(new Error('reset'), { code: 'ECONNRESET' })).name).toBe(
      'RetriableError',
    );
    expect(
      classifyError(
        Object.assign(new Error('oops'), { name: 'InternalServerError', $metadata: { httpStatusCode: 500 } }),
      ).name,
    ).toBe('RetriableError');
  });

  it('GIVEN an output schema WHEN shaping and building placeholders THEN every declared key is present', () => {
    const spec = getAction('invoice.create')!;
    expect(Object.keys(placeholderOutput(spec)).sort()).toEqual(
      ['currency', 'dueDate', 'invoiceId', 'number', 'totalCents'].sort(),
    );
    expect(shapeOutput(spec, { invoiceId: 'i', number: 'INV-1' })).toEqual({
      invoiceId: 'i',
      number: 'INV-1',
      totalCents: null,
      currency: null,
      dueDate: null,
    });
  });
});
