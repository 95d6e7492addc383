import { describe, expect, it } from 'vitest';
import { dryRunWorkflow } from '../../functions/engine/dry-run';
import { dryRunFiles } from '../../functions/engine/dry-run-files';
import { compileWorkflow, placeholderResolver } from '../../statemachines/compile';
import { TEMPLATE_IDS, TEMPLATES } from '../../statemachines/templates';
import { aslProblemsBatch } from '../support/asl-batch';
import { runWorkflow, TaskError } from '../support/compiled-run';

/**
 * Every seed template compiled and executed in aws-local-stepfunctions, each branch taken at least once. Agents
 * answer with outputs shaped by the catalogue (every declared key present); callbacks are answered by the stubs.
 */

const timeout = () => {
  throw new TaskError('States.Timeout');
};
const arrives = (event: Record<string, unknown>) => () => ({
  event,
  eventId: 'evt-1',
  receivedAt: '2026-01-06T09:00:00Z',
});
const rejected = () => {
  throw new TaskError(
    'ApprovalRejected',
    JSON.stringify({ by: 'owner@acme.test', at: '2026-01-05T12:00:00Z' }),
  );
};

const LEAD = {
  id: 'L1',
  email: 'ann@acme.test',
  name: 'Ann',
  company: 'Acme',
  status: 'new',
  value: 5000,
  tags: ['webinar'],
};

const actions = (r: { calls: { task: { kind: string; action?: string } }[] }) =>
  r.calls.flatMap((c) => (c.task.kind === 'action' && c.task.action ? [c.task.action] : []));

describe('seed templates', () => {
  it('GIVEN the six templates WHEN compiled THEN each passes asl-validator', () => {
    expect(TEMPLATE_IDS).toHaveLength(6);
    const compiled = TEMPLATE_IDS.map(
      (id) => compileWorkflow(TEMPLATES[id], { resolver: placeholderResolver }).definition,
    );
    expect(aslProblemsBatch(compiled)).toStrictEqual([]);
  });

  describe('lead follow-up', () => {
    const trigger = { tenantId: 't1', lead: LEAD };

    it('GIVEN a new lead WHEN the run executes THEN welcome email, follow-up booking and team note happen in order', async () => {
      const r = await runWorkflow(TEMPLATES['lead-follow-up'], { trigger });
      expect(r.status).toBe('SUCCEEDED');
      expect(actions(r)).toStrictEqual(['email.send', 'calendar.schedule', 'notify.team']);
      expect(r.inputsOfAction('email.send')[0].input.to).toBe('ann@acme.test');
    });

    it('GIVEN the email service throttles twice WHEN the run executes THEN the email is retried and the run completes', async () => {
      let n = 0;
      const r = await runWorkflow(TEMPLATES['lead-follow-up'], {
        trigger,
        actions: {
          'email.send': () => {
            if (++n <= 2) throw new TaskError('RetriableError', 'throttled');
            return { messageId: 'm', trackingId: 't', to: 'ann@acme.test' };
          },
        },
      });
      expect(n).toBe(3);
      expect(r.status).toBe('SUCCEEDED');
    });

    it('GIVEN the booking fails for good WHEN the run executes THEN the failure is recorded and the team is not told', async () => {
      const r = await runWorkflow(TEMPLATES['lead-follow-up'], {
        trigger,
        actions: {
          'calendar.schedule': () => {
            throw new TaskError('NonRetriableError', 'calendar not connected');
          },
        },
      });
      expect(r.status).toBe('FAILED');
      expect(r.inputsOf('Record failure')[0].error).toStrictEqual({
        Error: 'NonRetriableError',
        Cause: 'calendar not connected',
      });
      expect(actions(r)).not.toContain('notify.team');
    });

    it('GIVEN Auto Mode is off WHEN the (Express) run starts THEN nothing is sent before a person decides, and a rejection closes it with nothing sent', async () => {
      const asked = await runWorkflow(TEMPLATES['lead-follow-up'], {
        trigger,
        context: { needsApproval: true },
      });
      expect(actions(asked)).toStrictEqual([]);
      expect(asked.inputsOf('Finish run')).toStrictEqual([]);
      const r = await runWorkflow(TEMPLATES['lead-follow-up'], {
        trigger,
        context: {
          needsApproval: true,
          approval: { approvalId: 'a', approved: false, by: 'owner', at: null, comment: null },
        },
        approvals: rejected,
      });
      expect(actions(r)).toStrictEqual([]);
      expect(r.inputsOf('Finish rejected run')).toHaveLength(1);
    });
  });

  describe('daily summary', () => {
    it('GIVEN the schedule fires WHEN the run executes THEN the activity is summarised and posted to Slack', async () => {
      const r = await runWorkflow(TEMPLATES['daily-summary'], {
        trigger: { time: '2026-01-05T16:00:00Z' },
        actions: {
          'report.summarize': () => ({ summary: '3 new leads', counts: { leads: 3 }, from: 'a', to: 'b' }),
        },
      });
      expect(r.status).toBe('SUCCEEDED');
      expect(actions(r)).toStrictEqual(['report.summarize', 'notify.slack']);
      expect(JSON.stringify(r.inputsOfAction('notify.slack')[0].input)).toContain('3 new leads');
    });
  });

  describe('no-reply reminder', () => {
    const trigger = {
      tenantId: 't1',
      leadId: 'L1',
      to: 'ann@acme.test',
      subject: 'Hello',
      messageId: 'm0',
      trackingId: 't0',
      lead: LEAD,
    };

    it('GIVEN the lead replies WHEN the run executes THEN a call is booked about the reply and no reminder is sent', async () => {
      const r = await runWorkflow(TEMPLATES['no-reply-reminder'], {
        trigger,
        waits: arrives({ tenantId: 't1', leadId: 'L1', subject: 'Interested' }),
      });
      expect(r.inputsOf('Wait for reply')[0].match).toStrictEqual({ leadId: 'L1' });
      expect(actions(r)).toStrictEqual(['calendar.schedule']);
      expect(r.inputsOfAction('calendar.schedule')[0].input.title).toContain('Interested');
    });

    it('GIVEN two days of silence WHEN the run executes THEN the lead is marked contacted and reminded', async () => {
      const r = await runWorkflow(TEMPLATES['no-reply-reminder'], { trigger, waits: timeout });
      expect(actions(r)).toStrictEqual(['crm.updateLead', 'email.send']);
      expect(r.output.steps['await-reply']).toStrictEqual({ received: false, event: null });
    });
  });

  describe('outreach campaign', () => {
    it('GIVEN three exported leads of which one replies WHEN the run executes THEN each gets a drafted email and the right follow-up', async () => {
      // A Distributed Map (items from the export file): the LocalEngine's dry run, not aws-local-stepfunctions.
      const files = dryRunFiles();
      const key = 'exports/t1/campaign.jsonl';
      await files.put(
        key,
        ['a', 'b', 'c']
          .map((id) => JSON.stringify({ ...LEAD, id, email: `${id}@acme.test`, name: id.toUpperCase() }))
          .join('\n'),
      );
      const r = await dryRunWorkflow(
        TEMPLATES['outreach-campaign'],
        { tag: 'webinar', topic: 'our new plan' },
        {
          tenantId: 't1',
          files,
          outputs: {
            export: { leads: { key, count: 3 }, count: 3 },
            draft: { subject: 'Our new plan', body: 'Hello!' },
          },
          waitFor: (_stepId, match) =>
            match.leadId === 'b'
              ? { outcome: 'event', event: { leadId: 'b', subject: 'Yes' } }
              : { outcome: 'timeout' },
        },
      );
      expect([r.status, r.outcome]).toStrictEqual(['SUCCEEDED', 'succeeded']);
      const inputs = (id: string) =>
        r.steps
          .filter((s) => s.id === id)
          .map((s) => [s.itemIndex, s.input as Record<string, unknown>] as const);
      expect(inputs('draft')).toHaveLength(3);
      expect(inputs('send').map(([i, input]) => [input.to, input.subject, i])).toStrictEqual([
        ['a@acme.test', 'Our new plan', 0],
        ['b@acme.test', 'Our new plan', 1],
        ['c@acme.test', 'Our new plan', 2],
      ]);
      expect(inputs('qualify').map(([, input]) => input.leadId)).toStrictEqual(['b']);
      expect(inputs('note-reply').map(([i]) => i)).toStrictEqual([1]);
      expect(inputs('note-silence').map(([i]) => i)).toStrictEqual([0, 2]);
      expect(r.steps.at(-1)?.action).toBe('notify.team');
      expect(JSON.stringify(r.steps.at(-1)?.input)).toContain('3 leads contacted');
    });
  });

  describe('meeting follow-up', () => {
    const booking = {
      id: 'B1',
      title: 'Intro call',
      attendeeEmail: 'ann@acme.test',
      start: '2026-01-06T10:00:00Z',
      end: '2026-01-06T10:30:00Z',
      leadId: 'L1',
    };

    it('GIVEN a booking with a lead WHEN the run executes THEN it confirms, waits for the end, notes the lead and reminds the team', async () => {
      const r = await runWorkflow(TEMPLATES['meeting-follow-up'], { trigger: { booking, lead: LEAD } });
      expect(r.status).toBe('SUCCEEDED');
      expect(actions(r)[0]).toBe('email.send');
      expect(actions(r)).toEqual(expect.arrayContaining(['crm.addNote', 'notify.team']));
      const waits = Object.entries(r.definition.States).flatMap(([name, s]) =>
        s.Type === 'Wait' ? [name] : [],
      );
      expect(waits).toHaveLength(1);
      expect(r.entered.indexOf(waits[0] as string)).toBeGreaterThan(r.entered.indexOf('Start run'));
      expect(r.definition.States[waits[0] as string]).toMatchObject({
        TimestampPath: '$.trigger.booking.end',
      });
    });

    it('GIVEN a booking without a lead WHEN the run executes THEN no note is written, the team is still reminded', async () => {
      const r = await runWorkflow(TEMPLATES['meeting-follow-up'], {
        trigger: { booking: { ...booking, leadId: null } },
      });
      expect(r.status).toBe('SUCCEEDED');
      expect(actions(r)).not.toContain('crm.addNote');
      expect(actions(r)).toContain('notify.team');
    });
  });

  describe('invoice payment follow-up', () => {
    const trigger = {
      invoice: { id: 'INV-1', number: '2026-0001', customerEmail: 'ann@acme.test', totalCents: 12_500 },
      daysOverdue: 3,
    };

    it('GIVEN the invoice is paid after the reminder WHEN the run executes THEN the payment is logged and nobody is escalated', async () => {
      const r = await runWorkflow(TEMPLATES['invoice-payment-follow-up'], {
        trigger,
        waits: arrives({ invoice: { id: 'INV-1' } }),
      });
      expect(r.calls.find((c) => c.task.kind === 'registerWait')?.input.match).toStrictEqual({
        'invoice.id': 'INV-1',
      });
      expect(actions(r)).toStrictEqual(['invoice.sendReminder', 'log']);
    });

    it('GIVEN a week without payment WHEN the run executes THEN a final reminder goes out and the team is told', async () => {
      const r = await runWorkflow(TEMPLATES['invoice-payment-follow-up'], { trigger, waits: timeout });
      expect(actions(r)).toStrictEqual(['invoice.sendReminder', 'invoice.sendReminder', 'notify.team']);
    });
  });
});
