import { describe, expect, it } from 'vitest';
import {
  compileWorkflow,
  MAX_STATE_NAME,
  placeholderResolver,
  StateNamer,
} from '../../statemachines/compile';
import { WorkflowDefinition } from '../../statemachines/schema';

const names = (steps: unknown[]) =>
  compileWorkflow(WorkflowDefinition.parse({ name: 'N', trigger: { type: 'manual' }, steps }), {
    resolver: placeholderResolver,
  }).stateNames;

describe('state names say what happens', () => {
  it('GIVEN a step name WHEN compiled THEN the state is named after it', () => {
    expect(
      names([{ id: 'welcome', name: 'Send welcome email', action: 'email.send', input: {} }]),
    ).toStrictEqual({
      welcome: 'Send welcome email',
    });
  });

  it('GIVEN unnamed actions WHEN compiled THEN the name is the action title plus a hint from the input', () => {
    expect(
      names([
        {
          id: 'a',
          action: 'email.send',
          input: { to: '{{trigger.lead.email}}', subject: 'Welcome to Acme' },
        },
        { id: 'b', action: 'notify.team', input: { text: 'High-value lead {{trigger.lead.name}}' } },
        { id: 'c', action: 'crm.updateLead', input: { leadId: '{{trigger.lead.id}}', status: 'contacted' } },
        { id: 'd', action: 'calendar.cancel', input: { bookingId: '{{trigger.booking.id}}' } },
        { id: 'e', action: 'events.emit', input: { event: 'lead.updated' } },
      ]),
    ).toStrictEqual({
      a: 'Send email: Welcome to Acme',
      b: 'Notify team: High-value lead [lead.name]',
      c: 'Update lead: contacted',
      d: 'Cancel meeting',
      e: 'Emit event: lead.updated',
    });
  });

  it('GIVEN waits, conditions, loops and approvals WHEN compiled THEN their names read as sentences', () => {
    expect(
      names([
        { id: 'w1', wait: 'P2D' },
        { id: 'w2', wait: 'PT90M' },
        {
          id: 'r',
          waitFor: { event: 'email.received', match: { leadId: '{{trigger.lead.id}}' }, timeout: 'P2D' },
        },
        {
          id: 'pay',
          waitFor: { event: 'invoice.paid', match: { invoiceId: '{{trigger.id}}' }, timeout: 'P1W' },
        },
        { id: 'big', if: { path: 'trigger.lead.value', gt: 10000 }, then: [] },
        { id: 'new', if: { path: 'trigger.lead.status', in: ['new', 'contacted'] }, then: [] },
        { id: 'opt', if: { not: { path: 'trigger.lead.phone', exists: true } }, then: [] },
        { id: 'find', action: 'crm.findLeads', input: {} },
        { id: 'loop', forEach: { items: '{{steps.find.leads}}', steps: [] } },
        { id: 'ok', approval: { message: 'Send the quote to {{trigger.lead.name}}?' } },
      ]),
    ).toStrictEqual({
      w1: 'Wait 2 days',
      w2: 'Wait 1 hour 30 minutes',
      r: 'Wait for reply (2 days)',
      pay: 'Wait for payment (1 week)',
      big: 'Lead value > 10000?',
      new: 'Lead status is "new" or "contacted"?',
      opt: 'not (Lead phone exists)?',
      find: 'Find leads',
      loop: 'For each lead',
      ok: 'Approval: Send the quote to [lead.name]?',
    });
  });

  it('GIVEN plural item lists WHEN compiled THEN the loop names the singular', () => {
    expect(
      names([
        { id: 'inv', action: 'crm.findLeads', input: {} },
        { id: 'l1', forEach: { items: '{{trigger.invoices}}', steps: [] } },
        { id: 'l2', forEach: { items: '{{trigger.companies}}', steps: [] } },
        { id: 'l3', forEach: { items: '{{trigger.addresses}}', steps: [] } },
      ]),
    ).toMatchObject({ l1: 'For each invoice', l2: 'For each company', l3: 'For each address' });
  });
});

describe('state names are unique and short enough', () => {
  it('GIVEN two steps that would get the same name WHEN compiled THEN the later one gets a suffix', () => {
    expect(
      names([
        { id: 'a', action: 'log', input: { message: 'x' } },
        { id: 'b', action: 'log', input: { message: 'x' } },
        { id: 'c', name: 'Write log entry: x', action: 'log', input: { message: 'y' } },
      ]),
    ).toStrictEqual({ a: 'Write log entry: x', b: 'Write log entry: x (2)', c: 'Write log entry: x (3)' });
  });

  it('GIVEN a step named like a supervisor state WHEN compiled THEN the step gets the suffix, not the supervisor', () => {
    expect(names([{ id: 'a', name: 'Finish run', action: 'log', input: { message: 'x' } }])).toStrictEqual({
      a: 'Finish run (2)',
    });
  });

  it('GIVEN a very long hint WHEN compiled THEN the name is cut on a word with an ellipsis, within 80 characters', () => {
    const long = 'Please review the attached proposal and tell us what you think about the pricing options';
    const { a, b } = names([
      { id: 'a', approval: { message: long } },
      { id: 'b', name: 'x'.repeat(70), action: 'log', input: { message: 'x' } },
    ]);
    expect(a).toBe('Approval: Please review the attached proposal and tell us what you think about…');
    expect(a?.length).toBeLessThanOrEqual(MAX_STATE_NAME);
    expect(b).toBe('x'.repeat(70));
  });

  it('GIVEN many clashing 80-character names WHEN named THEN every name stays unique and within 80 characters', () => {
    const namer = new StateNamer();
    const base = 'y'.repeat(100);
    const given = Array.from({ length: 120 }, () => namer.unique(base));
    expect(new Set(given).size).toBe(120);
    for (const n of given) expect(n.length).toBeLessThanOrEqual(MAX_STATE_NAME);
    expect(given[1]).toBe(`${'y'.repeat(75)}… (2)`);
    expect(given[119]).toBe(`${'y'.repeat(73)}… (120)`);
  });
});
