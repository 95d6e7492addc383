import { describe, expect, it } from 'vitest';
import { matchPattern } from '../../statemachines/patterns';
import { validateWorkflow } from '../../statemachines/validate';
import { matchesNoValue } from '../../statemachines/validate/presence';

/**
 * Warnings for values that may be missing where an action needs one (statemachines/validate/presence.ts): what
 * writers built for childcare, event venues and coworking, and the guards that silence them.
 */

const on = (event: string, steps: unknown[], filter?: Record<string, unknown>) => ({
  name: 'Presence',
  trigger: { type: 'event', event, ...(filter ? { filter } : {}) },
  steps,
});
const addNote = (leadId: string, id = 'note') => ({
  id,
  action: 'crm.addNote',
  input: { leadId, text: 'Replied' },
});
const send = (input: Record<string, unknown>, id = 'send') => ({
  id,
  action: 'email.send',
  input: { subject: 'Hello', body: 'Hi', ...input },
});
const warned = (def: unknown) => {
  const report = validateWorkflow(def);
  expect(report.issues).toStrictEqual([]);
  expect(report.valid).toBe(true);
  return report.warnings;
};
const paths = (def: unknown) => warned(def).map((w) => w.path);

describe('a value that may be missing flows into an input that needs one', () => {
  it('GIVEN crm.addNote with {{trigger.leadId}} on email.received WHEN validated THEN it stays valid, with one warning at the input naming the reference, the action and the guard', () => {
    expect(warned(on('email.received', [addNote('{{trigger.leadId}}')]))).toStrictEqual([
      {
        path: '$.steps[0].input.leadId',
        code: 'value-may-be-missing',
        message:
          '{{trigger.leadId}} may be null, and "leadId" of crm.addNote needs a value: when it has none, crm.addNote refuses a null "leadId" and the run fails at this step. To run the step only when there is one, put it in an if with { "path": "trigger.leadId", "exists": true }; or accept that the run fails then',
      },
    ]);
  });

  it('GIVEN crm.updateLead with the invoice or booking lead id WHEN validated THEN each is warned at its input', () => {
    const update = (leadId: string) => ({
      id: 'u',
      action: 'crm.updateLead',
      input: { leadId, status: 'customer' },
    });
    expect(paths(on('invoice.paid', [update('{{trigger.invoice.leadId}}')]))).toStrictEqual([
      '$.steps[0].input.leadId',
    ]);
    expect(paths(on('invoice.overdue', [update('{{trigger.invoice.leadId}}')]))).toStrictEqual([
      '$.steps[0].input.leadId',
    ]);
    expect(paths(on('booking.created', [update('{{trigger.leadId}}')]))).toStrictEqual([
      '$.steps[0].input.leadId',
    ]);
  });

  it('GIVEN email.send to the booking attendee WHEN validated THEN the nullable address is warned at "to"', () => {
    const w = warned(on('booking.created', [send({ to: '{{trigger.booking.attendeeEmail}}' })]));
    expect(w.map((x) => x.path)).toStrictEqual(['$.steps[0].input.to']);
    expect(w[0]?.message).toMatch(
      /^\{\{trigger\.booking\.attendeeEmail\}\} may be null, and "to" of email\.send needs a value/,
    );
  });

  it('GIVEN email.send to {{trigger.lead.email}} on form.submitted WHEN validated THEN the warning names trigger.lead, which may be null, and the guard on it', () => {
    const [w, ...rest] = warned(on('form.submitted', [send({ to: '{{trigger.lead.email}}' })]));
    expect(rest).toStrictEqual([]);
    expect(w?.path).toBe('$.steps[0].input.to');
    expect(w?.message).toContain('{{trigger.lead.email}} may have no value (trigger.lead may be null)');
    expect(w?.message).toContain('States.Runtime');
    expect(w?.message).toContain('{ "path": "trigger.lead", "exists": true }');
  });

  it('GIVEN an optional input fed through a parent that may be null WHEN validated THEN the warning blames the reference, not the input as needing a value', () => {
    const createLead = {
      id: 'lead',
      action: 'crm.createLead',
      input: { email: 'shop@example.com', name: '{{trigger.lead.name}}' },
    };
    const [w, ...rest] = warned(on('form.submitted', [createLead]));
    expect(rest).toStrictEqual([]);
    expect(w?.path).toBe('$.steps[0].input.name');
    expect(w?.message).toContain('{{trigger.lead.name}} may have no value (trigger.lead may be null)');
    expect(w?.message).toContain('the reference for "name" of crm.createLead finds nothing (States.Runtime)');
    expect(w?.message).not.toContain('needs a value');
  });

  it('GIVEN a nullable value inside text WHEN validated THEN only a missing parent is warned: a null field is written as "null"', () => {
    expect(
      paths(
        on('lead.created', [send({ to: '{{trigger.lead.email}}', subject: 'Hi {{trigger.lead.name}}' })]),
      ),
    ).toStrictEqual([]);
    expect(
      paths(
        on('form.submitted', [
          { id: 'n', action: 'notify.team', input: { text: 'Form from {{trigger.lead.name}}' } },
        ]),
      ),
    ).toStrictEqual(['$.steps[0].input.text']);
  });

  it('GIVEN a nullable value into an input that takes anything WHEN validated THEN nothing is warned', () => {
    const post = {
      id: 'p',
      action: 'http.request',
      input: { url: 'https://example.com/hook', method: 'POST', body: '{{trigger.leadId}}' },
    };
    expect(paths(on('email.received', [post]))).toStrictEqual([]);
  });

  it('GIVEN values that always hold one WHEN used THEN nothing is warned', () => {
    expect(
      paths(
        on('lead.created', [
          addNote('{{trigger.lead.id}}'),
          send({ to: '{{trigger.lead.email}}', leadId: '{{trigger.lead.id}}' }),
        ]),
      ),
    ).toStrictEqual([]);
    expect(paths(on('invoice.created', [send({ to: '{{trigger.invoice.customerEmail}}' })]))).toStrictEqual(
      [],
    );
  });
});

describe('guards: an enclosing if that proves the value is there', () => {
  const inIf = (cond: unknown, then: unknown[], otherwise?: unknown[]) => ({
    id: 'guard',
    if: cond,
    then,
    ...(otherwise ? { else: otherwise } : {}),
  });
  const log = { id: 'log', action: 'log', input: { message: 'no lead' } };

  it('GIVEN the step inside if exists on the value WHEN validated THEN nothing is warned', () => {
    const def = on('email.received', [
      inIf({ path: 'trigger.leadId', exists: true }, [addNote('{{trigger.leadId}}')]),
    ]);
    expect(paths(def)).toStrictEqual([]);
  });

  it('GIVEN a guard on the parent object or on a field inside it WHEN validated THEN the reference through it is not warned', () => {
    const parent = on('form.submitted', [
      inIf({ path: 'trigger.lead', exists: true }, [send({ to: '{{trigger.lead.email}}' })]),
    ]);
    const field = on('form.submitted', [
      inIf({ path: 'trigger.lead.email', contains: '@' }, [send({ to: '{{trigger.lead.email}}' })]),
    ]);
    expect(paths(parent)).toStrictEqual([]);
    expect(paths(field)).toStrictEqual([]);
  });

  it('GIVEN exists false WHEN the step is in else THEN it is guarded, and in then it is warned', () => {
    const inElse = on('email.received', [
      inIf({ path: 'trigger.leadId', exists: false }, [log], [addNote('{{trigger.leadId}}')]),
    ]);
    const inThen = on('email.received', [
      inIf({ path: 'trigger.leadId', exists: false }, [addNote('{{trigger.leadId}}')], [log]),
    ]);
    expect(paths(inElse)).toStrictEqual([]);
    expect(paths(inThen)).toStrictEqual(['$.steps[0].then[0].input.leadId']);
  });

  it('GIVEN all, any, not and ne WHEN used as guards THEN all and not-exists-false guard; any of others, ne and a guard on another value do not', () => {
    const guardedBy = (cond: unknown) =>
      paths(on('email.received', [inIf(cond, [addNote('{{trigger.leadId}}')])]));
    const exists = { path: 'trigger.leadId', exists: true };
    const other = { path: 'trigger.subject', contains: 'invoice' };
    expect(guardedBy({ all: [other, exists] })).toStrictEqual([]);
    expect(guardedBy({ not: { path: 'trigger.leadId', exists: false } })).toStrictEqual([]);
    expect(guardedBy({ any: [exists, { ...exists }] })).toStrictEqual([]);
    expect(guardedBy({ any: [other, exists] })).toStrictEqual(['$.steps[0].then[0].input.leadId']);
    expect(guardedBy({ path: 'trigger.leadId', ne: 'x' })).toStrictEqual(['$.steps[0].then[0].input.leadId']);
    expect(guardedBy({ path: 'trigger.lead', exists: true })).toStrictEqual([
      '$.steps[0].then[0].input.leadId',
    ]);
  });

  it('GIVEN the guard around a later step only WHEN an earlier step uses the value THEN only that step is warned', () => {
    const def = on('email.received', [
      addNote('{{trigger.leadId}}', 'first'),
      inIf({ path: 'trigger.leadId', exists: true }, [addNote('{{trigger.leadId}}', 'second')]),
    ]);
    expect(paths(def)).toStrictEqual(['$.steps[0].input.leadId']);
  });

  it('GIVEN a trigger filter that lets only events with a value through WHEN validated THEN the value is guarded; a filter exists true is not enough for null', () => {
    expect(
      paths(on('email.received', [addNote('{{trigger.leadId}}')], { leadId: [{ prefix: '' }] })),
    ).toStrictEqual([]);
    expect(
      paths(on('email.received', [addNote('{{trigger.leadId}}')], { leadId: [{ exists: true }] })),
    ).toStrictEqual(['$.steps[0].input.leadId']);
    expect(
      paths(
        on('form.submitted', [send({ to: '{{trigger.lead.email}}' })], {
          'lead.email': [{ suffix: '.com' }],
        }),
      ),
    ).toStrictEqual([]);
  });

  it('GIVEN email.sent filtered on the lead WHEN leadId is used THEN it is guarded: email.sent carries leadId exactly when it carries lead', () => {
    const def = on(
      'email.sent',
      [{ id: 'u', action: 'crm.updateLead', input: { leadId: '{{trigger.leadId}}', status: 'contacted' } }],
      {
        'lead.status': ['new'],
      },
    );
    expect(paths(def)).toStrictEqual([]);
    expect(paths({ ...def, trigger: { type: 'event', event: 'email.sent' } })).toStrictEqual([
      '$.steps[0].input.leadId',
    ]);
  });
});

describe('schedules in a legacy zone without summer time', () => {
  const at = (timezone: string) =>
    validateWorkflow({
      name: 'Morning',
      trigger: { type: 'schedule', cron: '0 9 ? * MON-FRI *', timezone },
      steps: [{ id: 'hi', action: 'notify.team', input: { text: 'Good morning' } }],
    });

  it('GIVEN timezone EST or MST WHEN validated THEN it is valid, with a warning at the time zone naming the zone to write', () => {
    for (const [zone, write] of [
      ['EST', 'America/New_York'],
      ['MST', 'America/Denver'],
    ] as const) {
      const report = at(zone);
      expect(report.valid).toBe(true);
      expect(report.warnings.map((w) => [w.path, w.code])).toStrictEqual([
        ['$.trigger.timezone', 'fixed-offset-zone'],
      ]);
      expect(report.warnings[0]?.message).toContain(`write "${write}"`);
    }
  });

  it('GIVEN CET, EST5EDT or HST WHEN validated THEN nothing is warned: CET and EST5EDT follow summer time, Hawaii has none', () => {
    expect(['CET', 'EST5EDT', 'HST', 'America/New_York'].flatMap((z) => at(z).warnings)).toStrictEqual([]);
  });
});

describe('guards inside forEach', () => {
  const find = { id: 'find', action: 'calendar.find', input: { day: 'today' } };
  const remind = {
    id: 'remind',
    action: 'email.send',
    input: { to: '{{item.attendeeEmail}}', subject: 'Today', body: 'See you' },
  };
  const loop = (steps: unknown[], id = 'each') => ({
    id,
    forEach: { items: '{{steps.find.bookings}}', steps },
  });
  const def = (steps: unknown[]) => ({
    name: 'Reminders',
    trigger: { type: 'schedule', cron: '0 8 * * ? *' },
    steps: [find, ...steps],
  });

  it('GIVEN a booking found without an attendee address WHEN each is emailed THEN {{item.attendeeEmail}} is warned, and guarded by an if on it', () => {
    expect(paths(def([loop([remind])]))).toStrictEqual(['$.steps[1].forEach.steps[0].input.to']);
    const guardedLoop = loop([
      { id: 'has', if: { path: 'item.attendeeEmail', exists: true }, then: [remind] },
    ]);
    expect(paths(def([guardedLoop]))).toStrictEqual([]);
  });

  it("GIVEN an outer loop's guard on its item WHEN an inner loop uses its own item THEN the outer guard does not cover it", () => {
    const inner = loop([remind], 'inner');
    const outer = loop(
      [{ id: 'has', if: { path: 'item.attendeeEmail', exists: true }, then: [inner] }],
      'outer',
    );
    expect(paths(def([outer]))).toStrictEqual([
      '$.steps[1].forEach.steps[0].then[0].forEach.steps[0].input.to',
    ]);
  });
});

describe("the filter guard's matcher rule", () => {
  it('GIVEN EventBridge matchers of every kind WHEN asked whether each matches null or a missing field THEN matchesNoValue agrees with the shared matcher', () => {
    const matchers: unknown[] = [
      'new',
      0,
      false,
      null,
      { exists: true },
      { exists: false },
      { prefix: '' },
      { suffix: '.com' },
      { 'equals-ignore-case': 'A' },
      { wildcard: '*' },
      { numeric: ['>', 0] },
      { cidr: '10.0.0.0/8' },
      { 'anything-but': 'x' },
      { 'anything-but': ['x', 'y'] },
      { 'anything-but': [null] },
      { 'anything-but': null },
      { 'anything-but': { prefix: 'a' } },
    ];
    const shared = matchers.map((m) => matchPattern({ v: [m] }, { v: null }) || matchPattern({ v: [m] }, {}));
    expect(matchers.map(matchesNoValue)).toStrictEqual(shared);
  });
});

describe('a value that may be null flows into an optional input (null there means "not given")', () => {
  it('GIVEN email.send with leadId {{trigger.invoice.leadId}} on invoice.paid WHEN validated THEN no warning: a null leadId sends the email linked to no lead', () => {
    const thanks = send({ to: '{{trigger.invoice.customerEmail}}', leadId: '{{trigger.invoice.leadId}}' });
    expect(warned(on('invoice.paid', [thanks]))).toStrictEqual([]);
  });

  it('GIVEN the same reference in a required input (crm.addNote leadId) beside it WHEN validated THEN only the required one is warned', () => {
    const thanks = send({ to: '{{trigger.invoice.customerEmail}}', leadId: '{{trigger.invoice.leadId}}' });
    expect(paths(on('invoice.paid', [thanks, addNote('{{trigger.invoice.leadId}}')]))).toStrictEqual([
      '$.steps[1].input.leadId',
    ]);
  });

  it('GIVEN an optional input whose reference goes through something that may be missing WHEN validated THEN it is still warned (the reference finds nothing: States.Runtime)', () => {
    const w = warned(on('form.submitted', [send({ to: 'team@acme.io', leadId: '{{trigger.lead.id}}' })]));
    expect(w.map((x) => x.path)).toStrictEqual(['$.steps[0].input.leadId']);
    expect(w[0]?.message).toContain('States.Runtime');
  });
});

describe('list items by index and free-form form fields may be absent', () => {
  const find = { id: 'find', action: 'crm.findLeads', input: { status: 'new' } };
  const manual = (steps: unknown[]) => ({ name: 'First lead', trigger: { type: 'manual' }, steps });

  it('GIVEN {{steps.find.leads.0.email}} as a recipient or in text WHEN validated THEN each is warned at its input (an empty find has no item 0) and stays valid', () => {
    const w = warned(
      manual([
        find,
        send({ to: '{{steps.find.leads.0.email}}' }),
        { id: 'tell', action: 'notify.team', input: { text: 'First: {{steps.find.leads.0.name}}' } },
      ]),
    );
    expect(w.map((x) => x.path)).toStrictEqual(['$.steps[1].input.to', '$.steps[2].input.text']);
    expect(w[0]?.message).toContain('steps.find.leads.0 may be missing');
    expect(w[0]?.message).toContain('{ "path": "steps.find.leads.0", "exists": true }');
  });

  it('GIVEN the item guarded by exists on it or on its field, or the list gone through with forEach WHEN validated THEN no warning', () => {
    const guard = (path: string) => ({
      id: 'has-one',
      if: { path, exists: true },
      then: [send({ to: '{{steps.find.leads.0.email}}' })],
    });
    expect(warned(manual([find, guard('steps.find.leads.0')]))).toStrictEqual([]);
    expect(warned(manual([find, guard('steps.find.leads.0.email')]))).toStrictEqual([]);
    const each = {
      id: 'each',
      forEach: { items: '{{steps.find.leads}}', steps: [send({ to: '{{item.email}}' })] },
    };
    expect(warned(manual([find, each]))).toStrictEqual([]);
  });

  it('GIVEN {{trigger.fields.email}} on form.submitted WHEN validated THEN it is warned (a submitter may leave the field out); a guard or a filter on that field silences it', () => {
    const mail = send({ to: '{{trigger.fields.email}}' });
    expect(paths(on('form.submitted', [mail]))).toStrictEqual(['$.steps[0].input.to']);
    expect(warned(on('form.submitted', [mail]))[0]?.message).toContain(
      '{ "path": "trigger.fields.email", "exists": true }',
    );
    const guarded = { id: 'has-email', if: { path: 'trigger.fields.email', exists: true }, then: [mail] };
    expect(warned(on('form.submitted', [guarded]))).toStrictEqual([]);
    expect(warned(on('form.submitted', [mail], { 'fields.email': [{ prefix: '' }] }))).toStrictEqual([]);
    // another field's guard does not cover it
    const other = { id: 'has-phone', if: { path: 'trigger.fields.phone', exists: true }, then: [mail] };
    expect(paths(on('form.submitted', [other]))).toStrictEqual(['$.steps[0].then[0].input.to']);
  });

  it('GIVEN references that never were in doubt (the form name in text, a lead field on lead.created) WHEN validated THEN nothing new is warned', () => {
    expect(
      warned(
        on('form.submitted', [{ id: 'n', action: 'notify.team', input: { text: 'Form {{trigger.form}}' } }]),
      ),
    ).toStrictEqual([]);
    expect(warned(on('lead.created', [send({ to: '{{trigger.lead.email}}' })]))).toStrictEqual([]);
  });
});
