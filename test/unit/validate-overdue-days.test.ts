import { describe, expect, it } from 'vitest';
import { validateWorkflow } from '../../statemachines/validate';
import { log, workflow } from '../support/validate-fixtures';

const on = (event: string, condition: unknown) =>
  workflow([{ id: 'c', if: condition, then: [log('a', 'x')] }], { trigger: { type: 'event', event } });

const warned = (def: unknown) => validateWorkflow(def).warnings.map(({ path, code }) => ({ path, code }));

describe('a condition on daysOverdue of invoice.overdue, which is published once on the first day after the due date', () => {
  it.each([
    [{ path: 'trigger.daysOverdue', gt: 30 }, 'gt'],
    [{ path: 'trigger.daysOverdue', gte: 14 }, 'gte'],
    [{ path: 'trigger.daysOverdue', eq: 7 }, 'eq'],
    [{ path: 'trigger.daysOverdue', lt: 1 }, 'lt'],
    [{ path: 'trigger.daysOverdue', gt: 1 }, 'gt'],
  ])('GIVEN %j WHEN validated THEN it stays valid but warns that it almost never holds', (condition, op) => {
    const def = on('invoice.overdue', condition);
    expect(validateWorkflow(def).valid).toBe(true);
    expect(warned(def)).toStrictEqual([{ path: `$.steps[0].if.${op}`, code: 'condition-rarely-holds' }]);
  });

  it.each([
    { path: 'trigger.daysOverdue', gte: 1 },
    { path: 'trigger.daysOverdue', gt: 0 },
    { path: 'trigger.daysOverdue', lte: 30 },
    { path: 'trigger.daysOverdue', exists: true },
    { path: 'trigger.invoice.totalCents', gt: 100000 },
  ])(
    'GIVEN %j, which holds when the event is published, WHEN validated THEN nothing is warned',
    (condition) => {
      expect(warned(on('invoice.overdue', condition))).toStrictEqual([]);
    },
  );

  it('GIVEN the comparison nested under all/not WHEN validated THEN it is still found, at its own path', () => {
    const def = on('invoice.overdue', {
      all: [{ path: 'trigger.invoice.totalCents', gt: 0 }, { not: { path: 'trigger.daysOverdue', gte: 60 } }],
    });
    expect(warned(def)).toStrictEqual([
      { path: '$.steps[0].if.all[1].not.gte', code: 'condition-rarely-holds' },
    ]);
  });

  it('GIVEN another trigger whose detail has a daysOverdue field of its own WHEN validated THEN nothing is warned', () => {
    expect(warned(on('webhook.received', { path: 'trigger.daysOverdue', gt: 30 }))).toStrictEqual([]);
  });

  it('GIVEN "more than 30 days overdue" WHEN warned THEN the message says why and what to write instead', () => {
    const [warning] = validateWorkflow(
      on('invoice.overdue', { path: 'trigger.daysOverdue', gt: 30 }),
    ).warnings;
    expect(warning?.message).toBe(
      'invoice.overdue is published once, by the daily overdue sweep on the first day after the due date, so trigger.daysOverdue is 1 then (more only when the sweep could not run for days): "gt": 30 almost never holds. To act 30 days after the due date, wait for invoice.paid on this invoice with a timeout of P29D (a waitFor: its steps run when it is still unpaid), or run on a schedule and find the overdue invoices (invoice.find)',
    );
  });
});
