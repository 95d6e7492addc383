import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApiHarness, welcomeWorkflow } from '../../support/api-harness';

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiHarness();
});
afterAll(async () => api.close());

describe('POST /workflows/validate', () => {
  it('GIVEN a valid definition WHEN validated THEN 200 with no issues, the compiled graph and the diagram, and nothing is stored', async () => {
    const res = await api.call('POST', '/workflows/validate', { body: { definition: welcomeWorkflow() } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      valid: true,
      issues: [],
      diagram: expect.stringContaining('flowchart'),
    });
    expect(res.body.graph.startAt).toBe('Start run');
    expect(res.body.graph.nodes).toContainEqual(expect.objectContaining({ stepId: 'welcome', kind: 'Task' }));
    expect((await api.call('GET', '/workflows')).body.items).toEqual([]);
  });

  it('GIVEN structural and semantic mistakes WHEN validated THEN 200 with every issue at its JSON path and no graph', async () => {
    const res = await api.call('POST', '/workflows/validate', {
      body: {
        definition: {
          name: 'Broken',
          trigger: { type: 'event', event: 'lead.created' },
          steps: [
            { id: 'a', action: 'email.sendd', input: {} },
            { id: 'b', action: 'email.send', input: { to: '{{steps.nope.x}}', subject: 's' } },
            { id: 'c', wait: 'soon' },
          ],
        },
      },
    });
    expect(res.status).toBe(200);
    expect(res.body.valid).toBe(false);
    expect(res.body.graph).toBeNull();
    expect(res.body.diagram).toBe('');
    const paths = res.body.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['$.steps[0].action', '$.steps[1].input.to']));
    expect(paths.some((p: string) => p.startsWith('$.steps[2]'))).toBe(true);
  });

  it('GIVEN something that is not a workflow at all WHEN validated THEN 200 with one issue at the root', async () => {
    const res = await api.call('POST', '/workflows/validate', { body: { definition: [1, 2] } });
    expect(res.status).toBe(200);
    expect(res.body.issues).toEqual([expect.objectContaining({ path: '$', code: 'wrong-type' })]);
  });

  it('GIVEN no definition, an extra field or no credentials WHEN validated THEN 400 or 401', async () => {
    const missing = await api.call('POST', '/workflows/validate', { body: {} });
    expect(missing.status).toBe(400);
    const extra = await api.call('POST', '/workflows/validate', {
      body: { definition: welcomeWorkflow(), tenantId: 'x' },
    });
    expect(extra.status).toBe(400);
    expect(extra.body.error.details.map((d: { path: string }) => d.path)).toContain('body.tenantId');
    expect((await api.call('POST', '/workflows/validate', { as: 'none', body: {} })).status).toBe(401);
  });
});

describe('warnings: a value that may be missing where a step needs one', () => {
  const noteOnReply = {
    name: 'Note every reply',
    trigger: { type: 'event', event: 'email.received' },
    steps: [{ id: 'note', action: 'crm.addNote', input: { leadId: '{{trigger.leadId}}', text: 'Replied' } }],
  };

  it('GIVEN crm.addNote with {{trigger.leadId}} on email.received WHEN validated THEN 200, valid, with a warning at the input naming the reference and the guard', async () => {
    const res = await api.call('POST', '/workflows/validate', { body: { definition: noteOnReply } });
    expect(res.status).toBe(200);
    expect(res.body.valid).toBe(true);
    expect(res.body.issues).toStrictEqual([]);
    expect(res.body.warnings).toStrictEqual([
      {
        path: '$.steps[0].input.leadId',
        code: 'value-may-be-missing',
        message: expect.stringContaining('{{trigger.leadId}} may be null'),
      },
    ]);
    expect(res.body.warnings[0].message).toContain('{ "path": "trigger.leadId", "exists": true }');
  });

  it('GIVEN the same workflow WHEN saved THEN 201: it is stored, and the warning comes back with it', async () => {
    const res = await api.call('POST', '/workflows', { body: noteOnReply });
    expect(res.status).toBe(201);
    expect(res.body.validation.valid).toBe(true);
    expect(res.body.validation.warnings.map((w: { path: string }) => w.path)).toStrictEqual([
      '$.steps[0].input.leadId',
    ]);
  });
});

describe('rules between inputs: email.send needs a body or html', () => {
  const noContent = {
    name: 'Empty email',
    trigger: { type: 'event', event: 'lead.created' },
    steps: [{ id: 'send', action: 'email.send', input: { to: '{{trigger.lead.email}}', subject: 'Hi' } }],
  };

  it('GIVEN an email.send with neither body nor html WHEN validated THEN 200, invalid, with the issue at its input', async () => {
    const res = await api.call('POST', '/workflows/validate', { body: { definition: noContent } });
    expect(res.status).toBe(200);
    expect(res.body.valid).toBe(false);
    expect(res.body.issues).toStrictEqual([
      {
        path: '$.steps[0].input',
        code: 'bad-input',
        message: 'email.send needs "body" or "html": give at least one of them',
      },
    ]);
  });

  it('GIVEN the same workflow WHEN created THEN 422 naming body.steps[0].input and nothing is stored', async () => {
    const before = (await api.call('GET', '/workflows?limit=100')).body.items.length;
    const res = await api.call('POST', '/workflows', { body: noContent });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toStrictEqual([
      {
        path: 'body.steps[0].input',
        message: 'email.send needs "body" or "html": give at least one of them (bad-input)',
      },
    ]);
    expect((await api.call('GET', '/workflows?limit=100')).body.items).toHaveLength(before);
  });

  it('GIVEN an email.send whose only body is {{trigger.text}} on email.received WHEN validated THEN 200, valid, warned at body', async () => {
    const definition = {
      name: 'Forward replies',
      trigger: { type: 'event', event: 'email.received' },
      steps: [
        {
          id: 'fwd',
          action: 'email.send',
          input: { to: 'team@example.com', subject: 'Reply', body: '{{trigger.text}}' },
        },
      ],
    };
    const res = await api.call('POST', '/workflows/validate', { body: { definition } });
    expect(res.body.valid).toBe(true);
    expect(res.body.warnings.map((w: { path: string; code: string }) => [w.path, w.code])).toStrictEqual([
      ['$.steps[0].input.body', 'value-may-be-missing'],
    ]);
  });
});
