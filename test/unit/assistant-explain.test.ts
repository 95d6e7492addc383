import { describe, expect, it } from 'vitest';
import { explainWorkflow } from '../../functions/assistant/explain';
import { WorkflowDefinition } from '../../statemachines/schema';

describe('the plain-words explanation of a workflow', () => {
  it('GIVEN an approval with onReject steps WHEN explained THEN what happens on rejection is told too', () => {
    const def = WorkflowDefinition.parse({
      name: 'Discount',
      trigger: { type: 'manual' },
      steps: [
        {
          id: 'ok',
          approval: { message: 'Offer 10%?' },
          onReject: [{ id: 'sorry', action: 'notify.team', input: { text: 'Discount refused' } }],
        },
        { id: 'offer', action: 'notify.team', input: { text: 'Discount offered' } },
      ],
    });
    expect(explainWorkflow(def).split('\n').slice(1, 6)).toStrictEqual([
      'Then:',
      '1. Ask for approval: "Offer 10%?"',
      '   If rejected or not decided in time (then the run ends):',
      '    1. Notify team: "Discount refused" [notify.team]',
      '2. Notify team: "Discount offered" [notify.team]',
    ]);
  });

  it('GIVEN finds by day, status and period WHEN explained THEN each line says what it picks, and a step with none of those says nothing more', () => {
    const def = WorkflowDefinition.parse({
      name: 'Lists',
      trigger: { type: 'manual' },
      steps: [
        { id: 'b', action: 'calendar.find', input: { day: 'tomorrow' } },
        { id: 'i', action: 'invoice.find', input: { status: 'overdue' } },
        { id: 'l', action: 'crm.findLeads', input: { status: 'qualified', createdIn: 'this-week' } },
        { id: 'all', action: 'crm.findLeads', input: {} },
      ],
    });
    expect(explainWorkflow(def).split('\n').slice(2, 6)).toStrictEqual([
      '1. Find bookings (tomorrow) [calendar.find]',
      '2. Find invoices (overdue) [invoice.find]',
      '3. Find leads (qualified, created this-week) [crm.findLeads]',
      '4. Find leads [crm.findLeads]',
    ]);
  });
});
