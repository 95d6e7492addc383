import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { templateJson } from '../../../statemachines/templates';
import { type ApiHarness, startApiHarness, TENANT_A } from '../../support/api-harness';

/** POST /workflows/{id}/test of the outreach campaign: an export of real leads, a forEach over its file. */
let api: ApiHarness;
let workflowId: string;

type Step = {
  id: string;
  action: string;
  status: string;
  itemIndex?: number;
  input: Record<string, unknown>;
};
type DryRun = { status: string; outcome: string; steps: Step[] };

beforeAll(async () => {
  api = await startApiHarness();
  for (const [name, tags] of [
    ['ada', ['spring']],
    ['grace', ['spring']],
    ['alan', ['spring']],
    ['edsger', ['autumn']],
  ] as const) {
    await api.call('POST', '/leads', {
      body: { email: `${name}@example.com`, name, company: `${name} ltd`, tags: [...tags] },
    });
  }
  const created = await api.call('POST', '/workflows', { body: templateJson('outreach-campaign') });
  workflowId = created.body.workflow.workflowId;
});
afterAll(async () => api.close());

const dryRun = async (): Promise<DryRun> => {
  const res = await api.call('POST', `/workflows/${workflowId}/test`, {
    body: { trigger: { tag: 'spring', topic: 'the spring offer' } },
  });
  expect(res.status).toBe(200);
  return res.body as DryRun;
};

describe('a dry run of a campaign over an item file', () => {
  it('GIVEN three leads tagged spring and one not WHEN the outreach campaign is dry-run THEN it succeeds and shows each lead’s steps, the lead’s address in its email', async () => {
    const run = await dryRun();
    expect([run.status, run.outcome]).toStrictEqual(['SUCCEEDED', 'succeeded']);
    const perItem = run.steps.filter((s) => s.itemIndex !== undefined);
    expect(perItem.map((s) => `${s.itemIndex}:${s.id}`)).toStrictEqual(
      [0, 1, 2].flatMap((i) =>
        ['draft', 'send', 'await-reply', 'note-reply', 'qualify'].map((id) => `${i}:${id}`),
      ),
    );
    const sentTo = perItem.filter((s) => s.id === 'send').map((s) => s.input.to);
    expect([...sentTo].sort()).toStrictEqual(['ada@example.com', 'alan@example.com', 'grace@example.com']);
    expect(
      run.steps.map((s) => s.id).filter((id) => ['export', 'each-lead', 'report'].includes(id)),
    ).toStrictEqual(['export', 'each-lead', 'report']);
    const report = run.steps.find((s) => s.id === 'report');
    expect(report?.input.text).toBe(
      'The the spring offer campaign finished: 3 leads contacted. Replies are noted on each lead.',
    );
  });

  it('GIVEN the dry run WHEN it is over THEN nothing was stored or changed: no export file in the bucket, the leads still new, every email only recorded', async () => {
    const run = await dryRun();
    const exported = run.steps.find((s) => s.id === 'export') as Step & {
      output: { leads: { key: string } };
    };
    expect(exported.output.leads.key).toMatch(/^exports\//);
    expect(await api.platform.files.get(exported.output.leads.key)).toBeUndefined();
    const leads = await api.call('GET', '/leads?tag=spring');
    expect(leads.body.items.map((l: { status: string }) => l.status)).toStrictEqual(['new', 'new', 'new']);
    expect(
      run.steps.filter((s) => s.id === 'send').every((s) => (s as { sideEffect?: boolean }).sideEffect),
    ).toBe(true);
  });

  it('GIVEN a loop over a file named by the trigger WHEN dry-run with a file of the tenant THEN its items are read from the bucket; with another tenant’s file THEN the item reader fails, access denied', async () => {
    const loop = {
      name: 'Loop over a given file',
      trigger: { type: 'manual' },
      steps: [
        {
          id: 'each',
          forEach: {
            itemsFrom: '{{trigger.file}}',
            steps: [{ id: 'tell', action: 'notify.team', input: { text: 'Hello {{item.name}}' } }],
          },
        },
      ],
    };
    const created = await api.call('POST', '/workflows', { body: loop });
    const id = created.body.workflow.workflowId;
    const own = `exports/${TENANT_A}/given.jsonl`;
    await api.platform.files.put(own, '{"name":"Ada"}\n{"name":"Grace"}', 'application/jsonl');
    await api.platform.files.put('exports/tenant-b/theirs.jsonl', '{"name":"Mallory"}', 'application/jsonl');
    const test = (key: string) =>
      api.call('POST', `/workflows/${id}/test`, { body: { trigger: { file: { key, count: 2 } } } });
    const mine = (await test(own)).body as DryRun;
    expect(mine.status).toBe('SUCCEEDED');
    expect(mine.steps.filter((s) => s.id === 'tell').map((s) => s.input.text)).toStrictEqual([
      'Hello Ada',
      'Hello Grace',
    ]);
    const theirs = (await test('exports/tenant-b/theirs.jsonl')).body as DryRun & {
      error?: { error: string };
    };
    expect(theirs.status).toBe('FAILED');
    expect(theirs.error?.error).toBe('States.ItemReaderFailed');
    expect(JSON.stringify(theirs.error)).toContain('reads only the tenant');
    expect(JSON.stringify(theirs)).not.toContain('Mallory');
  });
});
