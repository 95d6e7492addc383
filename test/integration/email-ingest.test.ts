import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEmailTracking } from '../../functions/agents/email/tracking';
import { createFileRepository } from '../../functions/data/files';
import { createLeadRepository } from '../../functions/data/leads';
import { createPlatformEmailIngest } from '../../functions/email/deps';
import type { EmailIngest } from '../../functions/email/ingest';
import { DEFAULT_VERDICT_POLICY } from '../../functions/email/verdicts';
import { startTestPlatform, type TestPlatform } from '../support/api-platform';
import { eml, emlWithHeader } from '../support/email-fixtures';

let platform: TestPlatform;
let ingest: EmailIngest;
let tenant = 0;
let tenantId: string;

const files = () => createFileRepository({ db: platform.db, clock: platform.clock, store: platform.files });

beforeAll(async () => {
  platform = await startTestPlatform();
  ingest = createPlatformEmailIngest(platform, { policy: DEFAULT_VERDICT_POLICY });
});
afterAll(async () => platform.close());
beforeEach(() => {
  platform.published.length = 0;
  tenantId = `mail-${++tenant}`;
});

describe('inbound email ingest', () => {
  it('GIVEN a Gmail reply whose In-Reply-To is an email we sent WHEN ingested THEN email.received names that email, its lead and the stripped text', async () => {
    const tracking = createEmailTracking({ db: platform.db, clock: platform.clock });
    await tracking.record({
      tenantId,
      trackingId: 't0123456789abcdef01234567',
      messageId: '0100018e-sent-9999',
      leadId: 'ld_tracked',
      to: 'dee@example.com',
      subject: 'Welcome, Dee',
      workflowId: 'wf_1',
      runId: 'run_1',
      sentAt: platform.clock.now().toISOString(),
    });
    const raw = emlWithHeader('gmail-reply', 'In-Reply-To', '<0100018e-sent-9999@email.amazonses.com>');
    const outcome = await ingest.ingest({ tenantId, raw, channel: 'local' });
    expect(outcome).toMatchObject({ outcome: 'published', leadId: 'ld_tracked' });
    expect(platform.published).toHaveLength(1);
    expect(platform.published[0]).toMatchObject({
      detailType: 'email.received',
      source: 'dynaris.email',
      detail: {
        tenantId,
        from: 'dee@example.com',
        sender: { address: 'dee@example.com', name: 'Dee Example' },
        subject: 'Re: Welcome, Dee',
        text: 'Sounds good, call me on Thursday – I’m free after 14:00.\n\nDee',
        quotedHistoryStripped: true,
        trackingId: 't0123456789abcdef01234567',
        leadId: 'ld_tracked',
        correlatedBy: 'tracking',
        attachments: [],
        flags: [],
      },
    });
  });

  it('GIVEN a reply that names no tracked email WHEN the sender is a lead THEN it is correlated by the sender address', async () => {
    const leads = createLeadRepository({ db: platform.db, clock: platform.clock });
    const { lead } = await leads.create(tenantId, { email: 'juergen@example.de', name: 'Jürgen' });
    const outcome = await ingest.ingest({
      tenantId,
      raw: eml('outlook-reply'),
      channel: 'ses',
      receiptId: 'ses-1',
    });
    expect(outcome).toMatchObject({ outcome: 'published', leadId: lead.id });
    expect(platform.published[0]?.detail).toMatchObject({
      correlatedBy: 'sender',
      lead: { id: lead.id, email: 'juergen@example.de' },
      webhook: { source: 'ses', deliveryId: 'ses-1' },
    });
  });

  it('GIVEN a stranger writes WHEN ingested THEN email.received has no lead', async () => {
    const outcome = await ingest.ingest({ tenantId, raw: eml('apple-mail-reply'), channel: 'local' });
    expect(outcome).toMatchObject({ outcome: 'published', leadId: null });
    expect(platform.published[0]?.detail).toMatchObject({ correlatedBy: 'none', lead: null });
  });

  it('GIVEN attachments WHEN ingested THEN each is saved as a file (safe name) and listed on the event', async () => {
    await ingest.ingest({ tenantId, raw: eml('attachments'), channel: 'local' });
    const listed = (platform.published[0]?.detail.attachments ?? []) as {
      fileId: string;
      name: string;
      path: string;
    }[];
    expect(listed.map((a) => a.name)).toStrictEqual(['contract signed.pdf', '__.._etc_logo.png']);
    for (const a of listed) expect(a.path).toMatch(/^\/?inbox\/2026-11-25\/[0-9a-f]{16}\//);
    const pdf = await files().getContent(tenantId, listed[0]?.fileId ?? '');
    expect(Buffer.from(pdf.body).toString('latin1')).toMatch(/^%PDF-1\.4/);
  });

  it('GIVEN the same message twice WHEN ingested THEN the second is a duplicate with the same event id and stores nothing more', async () => {
    const first = await ingest.ingest({ tenantId, raw: eml('attachments'), channel: 'local' });
    const again = await ingest.ingest({ tenantId, raw: eml('attachments'), channel: 'local' });
    expect(first.outcome).toBe('published');
    expect(again).toStrictEqual({ outcome: 'duplicate', eventId: (first as { eventId: string }).eventId });
    expect(platform.published).toHaveLength(1);
    expect((await files().list(tenantId)).items).toHaveLength(2);
  });

  it('GIVEN the bus fails after the attachments were saved WHEN ingested THEN nothing stays half stored and the retry publishes once', async () => {
    platform.failNextPublish();
    await expect(ingest.ingest({ tenantId, raw: eml('attachments'), channel: 'local' })).rejects.toThrow(
      /bus unavailable/,
    );
    expect((await files().list(tenantId)).items).toHaveLength(0);
    expect(platform.published).toHaveLength(0);
    const retry = await ingest.ingest({ tenantId, raw: eml('attachments'), channel: 'local' });
    expect(retry.outcome).toBe('published');
    expect((await files().list(tenantId)).items).toHaveLength(2);
  });

  it.each([
    ['auto-reply', 'auto-reply'],
    ['vacation-reply', 'auto-reply'],
    ['bounce-dsn', 'bounce'],
    ['malformed-boundary', 'malformed'],
    ['not-a-message', 'malformed'],
  ])(
    'GIVEN %s WHEN ingested THEN it is dropped (%s) with a reason and nothing is stored or published',
    async (name, code) => {
      const outcome = await ingest.ingest({ tenantId, raw: eml(name), channel: 'local' });
      expect(outcome).toMatchObject({ outcome: 'dropped', code, reason: expect.any(String) });
      expect(platform.published).toHaveLength(0);
      expect((await files().list(tenantId)).items).toHaveLength(0);
    },
  );

  it('GIVEN SES verdicts WHEN a virus is found THEN dropped; WHEN spam and SPF fail THEN published with flags', async () => {
    const virus = await ingest.ingest({
      tenantId,
      raw: eml('gmail-reply'),
      channel: 'ses',
      receiptId: 'v-1',
      verdicts: { virus: 'FAIL' },
    });
    expect(virus).toMatchObject({ outcome: 'dropped', code: 'verdict', reason: 'the virus verdict is FAIL' });
    await ingest.ingest({
      tenantId,
      raw: eml('gmail-reply'),
      channel: 'ses',
      receiptId: 'v-2',
      verdicts: { spam: 'FAIL', virus: 'PASS', spf: 'FAIL', dkim: 'PASS', dmarc: 'PASS' },
    });
    expect(platform.published[0]?.detail.flags).toStrictEqual(['spam:FAIL', 'spf:FAIL']);
  });
});
