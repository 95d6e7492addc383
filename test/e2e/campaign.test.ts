import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLeadRepository } from '../../functions/data/leads';
import { templateJson } from '../../statemachines/templates';
import { type Client, DAY, explain, HOUR, type Reply, type System, startSystem } from './harness';

/**
 * Issue 11 part 5 end to end: the outreach-campaign template (crm.exportLeads + forEach.itemsFrom, a Distributed
 * Map of one child execution per lead) through the local runtime's HTTP API, with hundreds of leads, replies
 * arriving as email.received events, leads deleted mid-campaign, and the run view's item progress.
 */

const TAGGED = 300;
/** Every 10th lead replies (30). */
const replies = (n: number) => n % 10 === 0;
/** Three silent leads are deleted while the campaign waits: their "no reply" note fails (1%, 5% tolerated). */
const deleted = (n: number) => n === 5 || n === 15 || n === 25;
const address = (n: number) => `lead${n}@example.com`;

type Lead = { id: string; email: string; status: string; tags: string[] };
type Items = {
  stepId: string;
  status: string;
  total: number;
  running: number;
  succeeded: number;
  failed: number;
};
type Mail = { to: string[]; subject: string; messageId: string; headers?: Record<string, string> };

let sys: System;
let api: Client;
let runId: string;

/** A client that honours 429 as a caller would: waits the Retry-After second (virtual time) and asks again. */
const patient = (client: Client): Client => {
  const retrying =
    <A extends unknown[]>(call: (...args: A) => Promise<Reply<never>>) =>
    async (...args: A): Promise<Reply<never>> => {
      for (let attempt = 0; ; attempt++) {
        const res = await call(...args);
        if (res.status !== 429 || attempt === 20) return res;
        await sys.advance(1_000);
      }
    };
  return {
    get: retrying(client.get),
    post: retrying(client.post),
    put: retrying(client.put),
    patch: retrying(client.patch),
    del: retrying(client.del),
  } as Client;
};
const leadIds = new Map<string, string>();

const itemProgress = async (): Promise<Items | undefined> => {
  const res = await api.get<{ items?: Items[] }>(`/runs/${encodeURIComponent(runId)}`);
  return res.body.items?.[0];
};

const allLeads = async (): Promise<Lead[]> => {
  const out: Lead[] = [];
  let cursor: string | undefined;
  do {
    const page = await api.get<{ items: Lead[]; nextCursor?: string }>(
      `/leads?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    out.push(...page.body.items);
    cursor = page.body.nextCursor;
  } while (cursor);
  return out;
};

const emailsTo = async (): Promise<Map<string, Mail[]>> => {
  const byTo = new Map<string, Mail[]>();
  for (const mail of (await sys.outbox('email', api)) as unknown as Mail[]) {
    const to = mail.to[0] as string;
    byTo.set(to, [...(byTo.get(to) ?? []), mail]);
  }
  return byTo;
};

beforeAll(async () => {
  sys = await startSystem();
  api = patient(sys.api);
  const workflowId = await sys.deploy(templateJson('outreach-campaign'), api);
  const people = [
    ...Array.from({ length: TAGGED }, (_, n) => ({ n, tags: ['spring'] })),
    ...Array.from({ length: 10 }, (_, i) => ({ n: TAGGED + i, tags: ['autumn'] })),
  ];
  for (let i = 0; i < people.length; i += 25) {
    await Promise.all(
      people.slice(i, i + 25).map(async ({ n, tags }) => {
        const res = await api.post<{ id: string }>('/leads', {
          email: address(n),
          name: `Lead ${n}`,
          company: `Company ${n}`,
          tags,
        });
        if (res.status !== 201) throw new Error(`lead ${n}: ${res.status} ${JSON.stringify(res.body)}`);
        leadIds.set(address(n), res.body.id);
      }),
    );
  }
  await sys.settle();
  const started = await api.post<{ runId: string }>(`/workflows/${workflowId}/runs`, {
    input: { tag: 'spring', topic: 'the spring offer' },
  });
  if (started.status !== 202) throw new Error(`start: ${started.status} ${JSON.stringify(started.body)}`);
  runId = started.body.runId;
  await sys.settle();
}, 600_000);

afterAll(async () => {
  await sys?.stop();
});

describe('an outreach campaign over 300 leads in the local runtime', () => {
  it('GIVEN 300 leads tagged spring and 10 others WHEN the campaign starts THEN each tagged lead gets exactly one email, the others none, and the run view shows 300 items running', async () => {
    const byTo = await emailsTo();
    expect(byTo.size, explain(sys)).toBe(TAGGED);
    for (let n = 0; n < TAGGED; n++) expect(byTo.get(address(n))?.length, address(n)).toBe(1);
    for (let n = TAGGED; n < TAGGED + 10; n++) expect(byTo.has(address(n))).toBe(false);
    expect(await itemProgress()).toMatchObject({
      stepId: 'each-lead',
      status: 'RUNNING',
      total: TAGGED,
      running: TAGGED,
      succeeded: 0,
      failed: 0,
    });
  }, 300_000);

  it('GIVEN a reply from every 10th lead, arriving as email.received WHEN it is processed THEN exactly those leads are qualified and tagged replied, and the run view counts them done', async () => {
    await sys.advance(2 * HOUR);
    const byTo = await emailsTo();
    for (let n = 0; n < TAGGED; n++) {
      if (!replies(n)) continue;
      const mail = byTo.get(address(n))?.[0];
      const res = await sys.webhook('email', {
        from: address(n),
        subject: `Re: ${mail?.subject}`,
        text: 'Tell me more',
        inReplyTo: `<${mail?.messageId}>`,
        trackingId: mail?.headers?.['X-Dynaris-Tracking-Id'] ?? '',
      });
      expect(res.status).toBe(202);
    }
    await sys.settle();
    const leads = await allLeads();
    const qualified = leads.filter((l) => l.status === 'qualified').map((l) => l.email);
    expect(qualified.sort()).toStrictEqual(
      Array.from({ length: TAGGED }, (_, n) => n)
        .filter(replies)
        .map(address)
        .sort(),
    );
    for (const lead of leads.filter((l) => l.status === 'qualified')) expect(lead.tags).toContain('replied');
    expect(await itemProgress()).toMatchObject({ running: TAGGED - 30, succeeded: 30, failed: 0 });
  }, 300_000);

  it('GIVEN three silent leads deleted mid-campaign WHEN the five days pass THEN the run succeeds with 297 items done and 3 failed (within 5%), each lead has its one outcome note, and no email went out twice', async () => {
    for (let n = 0; n < TAGGED; n++) {
      if (deleted(n)) expect((await api.del(`/leads/${leadIds.get(address(n))}`)).status).toBe(204);
    }
    await sys.advance(5 * DAY);
    await sys.settle();
    const { run } = await sys.run(runId, api);
    expect(run.status, explain(sys)).toBe('succeeded');
    expect(await itemProgress()).toMatchObject({
      status: 'SUCCEEDED',
      total: TAGGED,
      running: 0,
      succeeded: TAGGED - 3,
      failed: 3,
    });
    const repo = createLeadRepository({ db: sys.rt.platform.db, clock: sys.rt.platform.clock });
    for (let n = 0; n < TAGGED; n++) {
      if (deleted(n)) continue;
      const id = leadIds.get(address(n)) as string;
      const notes = (await repo.listTimeline(sys.rt.tenantId, id, { limit: 100 })).items
        .filter((e) => e.kind === 'note')
        .map((e) => e.text);
      expect(notes, address(n)).toStrictEqual([
        replies(n)
          ? `Replied to the the spring offer campaign: Re: ${(await emailsTo()).get(address(n))?.[0]?.subject}`
          : 'No reply to the the spring offer campaign within 5 days.',
      ]);
    }
    const byTo = await emailsTo();
    expect([...byTo.values()].every((mails) => mails.length === 1)).toBe(true);
    expect(byTo.size).toBe(TAGGED);
    const slack = await sys.outbox('slack', api);
    expect(slack.filter((m) => JSON.stringify(m.body).includes('campaign finished'))).toHaveLength(1);
    expect(JSON.stringify(slack.at(-1)?.body)).toContain(`${TAGGED} leads contacted`);
  }, 300_000);
});
