import { describe, expect, it } from 'vitest';
import { ACTION_NAMES, CATALOGUE } from '../../statemachines/catalogue';
import { catalogueMarkdown } from '../../statemachines/catalogue-docs';
import { validateWorkflow } from '../../statemachines/validate';

/**
 * Rules between inputs that the fields alone do not state (the catalogue's `inputRules`): email.send needs a body or
 * html, crm.getLead a leadId or an email, report.summarize a since before its until. A definition that breaks one can
 * never run, so it is refused with a path; one whose only content may be null at run time saves with a warning.
 */

const on = (event: string, steps: unknown[]) => ({
  name: 'Rules',
  trigger: { type: 'event', event },
  steps,
});
const step = (action: string, input: Record<string, unknown>, id = 's') => ({ id, action, input });
const send = (input: Record<string, unknown>) =>
  step('email.send', { to: 'team@example.com', subject: 'Hello', ...input });

describe('rules between action inputs', () => {
  it('GIVEN an email.send with neither body nor html WHEN validated THEN it is refused at its input, naming both', () => {
    const report = validateWorkflow(on('lead.created', [send({})]));
    expect(report.valid).toBe(false);
    expect(report.issues).toStrictEqual([
      {
        path: '$.steps[0].input',
        code: 'bad-input',
        message: 'email.send needs "body" or "html": give at least one of them',
      },
    ]);
  });

  it('GIVEN an email.send with a body, an html, or both as text or references WHEN validated THEN each is valid with no warning', () => {
    for (const content of [
      { body: 'Hi' },
      { html: '<p>Hi</p>' },
      { body: 'Hi', html: '<p>Hi</p>' },
      { body: '{{trigger.lead.email}} signed up' },
      { body: '{{trigger.lead.email}}' },
    ]) {
      const report = validateWorkflow(on('lead.created', [send(content)]));
      expect(report.issues).toStrictEqual([]);
      expect(report.warnings).toStrictEqual([]);
    }
  });

  it('GIVEN the rule inside a branch and a loop WHEN validated THEN the path names that step', () => {
    const report = validateWorkflow(
      on('lead.created', [
        {
          id: 'big',
          if: { path: 'trigger.lead.value', gt: 1000 },
          then: [{ id: 'each', forEach: { items: '{{trigger.lead.tags}}', steps: [send({ cc: [] })] } }],
        },
      ]),
    );
    expect(report.issues.map((i) => [i.path, i.message])).toStrictEqual([
      [
        '$.steps[0].then[0].forEach.steps[0].input',
        'email.send needs "body" or "html": give at least one of them',
      ],
    ]);
  });

  it('GIVEN a crm.getLead with neither leadId nor email WHEN validated THEN it is refused at its input; with either it is valid', () => {
    const none = validateWorkflow(on('lead.created', [step('crm.getLead', {})]));
    expect(none.issues).toStrictEqual([
      {
        path: '$.steps[0].input',
        code: 'bad-input',
        message: 'crm.getLead needs "leadId" or "email": give at least one of them',
      },
    ]);
    expect(validateWorkflow(on('lead.created', [step('crm.getLead', { email: 'a@b.co' })])).issues).toEqual(
      [],
    );
    expect(
      validateWorkflow(on('lead.created', [step('crm.getLead', { leadId: '{{trigger.lead.id}}' })])).issues,
    ).toEqual([]);
  });

  it('GIVEN a report.summarize whose since is not before its until WHEN validated THEN until is refused; references and a since alone are not judged', () => {
    const summarize = (input: Record<string, unknown>) =>
      validateWorkflow(on('lead.created', [step('report.summarize', input)])).issues;
    expect(summarize({ since: '2026-02-01T00:00:00Z', until: '2026-01-01T00:00:00Z' })).toStrictEqual([
      {
        path: '$.steps[0].input.until',
        code: 'bad-input',
        message: 'must be later than "since" (2026-02-01T00:00:00Z)',
      },
    ]);
    expect(summarize({ since: '2026-01-01T00:00:00Z', until: '2026-01-01T00:00:00Z' })).toHaveLength(1);
    expect(summarize({ since: '2026-01-01T00:00:00Z', until: '2026-02-01T00:00:00Z' })).toEqual([]);
    expect(summarize({ since: '{{trigger.lead.createdAt}}', until: '2026-01-01T00:00:00Z' })).toEqual([]);
    expect(summarize({ since: '2026-01-01T00:00:00Z' })).toEqual([]);
  });

  it('GIVEN the rules WHEN the catalogue docs are generated THEN each action with a rule states it beside its inputs', () => {
    const rows = catalogueMarkdown().split('\n');
    const row = (name: string) => rows.find((r) => r.startsWith(`| \`${name}\``)) ?? '';
    expect(row('email.send')).toContain('needs `body` or `html`');
    expect(row('crm.getLead')).toContain('needs `leadId` or `email`');
    expect(row('report.summarize')).toContain('`since` before `until`');
    const ruled = ACTION_NAMES.filter(
      (n) => (CATALOGUE[n] as { inputRules?: readonly unknown[] }).inputRules,
    );
    expect(ruled).toStrictEqual(['email.send', 'crm.getLead', 'report.summarize']);
  });
});

describe('the only content input may be null at run time', () => {
  const warnings = (def: unknown) => {
    const report = validateWorkflow(def);
    expect(report.issues).toStrictEqual([]);
    return report.warnings;
  };

  it('GIVEN an email.send whose body is only {{trigger.text}} on email.received WHEN validated THEN it is valid with one warning at body naming the rule and the guard', () => {
    expect(warnings(on('email.received', [send({ body: '{{trigger.text}}' })]))).toStrictEqual([
      {
        path: '$.steps[0].input.body',
        code: 'value-may-be-missing',
        message:
          '{{trigger.text}} may have no value, and email.send needs "body" or "html": a null one counts as not given, so when none has a value the run fails at this step. To run the step only when there is one, put it in an if with { "path": "trigger.text", "exists": true }; or give "html" too',
      },
    ]);
  });

  it('GIVEN the same body guarded by exists, in text, or beside an html WHEN validated THEN there is no warning', () => {
    const guarded = {
      id: 'has-text',
      if: { path: 'trigger.text', exists: true },
      then: [send({ body: '{{trigger.text}}' })],
    };
    expect(warnings(on('email.received', [guarded]))).toStrictEqual([]);
    expect(warnings(on('email.received', [send({ body: 'They wrote: {{trigger.text}}' })]))).toStrictEqual(
      [],
    );
    expect(
      warnings(on('email.received', [send({ body: '{{trigger.text}}', html: '<p>New mail</p>' })])),
    ).toStrictEqual([]);
  });

  it('GIVEN a crm.getLead by {{trigger.leadId}} on email.received WHEN validated THEN it warns at leadId and offers email; with email beside it there is none', () => {
    const byId = warnings(on('email.received', [step('crm.getLead', { leadId: '{{trigger.leadId}}' })]));
    expect(byId.map((w) => w.path)).toStrictEqual(['$.steps[0].input.leadId']);
    expect(byId[0]?.message).toContain('crm.getLead needs "leadId" or "email"');
    expect(byId[0]?.message).toContain('or give "email" too');
    expect(
      warnings(
        on('email.received', [
          step('crm.getLead', { leadId: '{{trigger.leadId}}', email: '{{trigger.from}}' }),
        ]),
      ),
    ).toStrictEqual([]);
  });

  it('GIVEN a body through a null object (trigger.lead.name on form.submitted) WHEN validated THEN only the reference warning is given, not a second one for the rule', () => {
    const ws = warnings(on('form.submitted', [send({ body: '{{trigger.lead.name}}' })]));
    expect(ws).toHaveLength(1);
    expect(ws[0]?.message).toContain('States.Runtime');
  });
});
