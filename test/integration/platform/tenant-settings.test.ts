import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { assistantApiDeps } from '../../../functions/api/groups/assistant';
import { settingsKey, sha256Hex } from '../../../functions/data/tenants';
import { createSettingsReads } from '../../../functions/data/tenants/settings-reads';
import { BadRequestError, ConflictError, NotFoundError } from '../../../functions/shared/errors';
import type { Platform } from '../../../functions/shared/platform';
import {
  clock,
  db,
  SLACK,
  secrets,
  tenants,
  usePlatformRepositories,
} from '../../support/platform-repositories';

usePlatformRepositories();

describe('tenant settings', () => {
  it('GIVEN a tenant that never saved settings WHEN they are read THEN the defaults apply (Auto Mode on, UTC, weekday hours)', async () => {
    const s = await tenants().getTenantSettings('t-defaults');
    expect(s).toMatchObject({ autoMode: true, timezone: 'UTC', version: 0, team: [], httpAllowList: [] });
    expect(s.businessHours.mon).toEqual([{ start: '09:00', end: '17:00' }]);
    expect(s.businessHours.sat).toBeUndefined();
    expect(s.integrations.slack).toEqual({ configured: false, webhookUrl: null });
  });

  it('GIVEN a Slack webhook URL WHEN it is saved THEN it is stored encrypted, returned masked, and decrypted only for the notify agent', async () => {
    const repo = tenants();
    const saved = await repo.updateSettings('t-slack', {
      integrations: { slackWebhookUrl: SLACK },
      autoMode: false,
    });
    expect(saved.integrations.slack).toEqual({
      configured: true,
      webhookUrl: 'https://hooks.slack.com/…/WXYZ',
    });
    expect(JSON.stringify(saved)).not.toContain('abcdefghijklmnop');
    const raw = await db.doc.send(
      new GetCommand({ TableName: db.tableName, Key: { pk: 'T#t-slack#TENANT', sk: 'SETTINGS' } }),
    );
    expect(JSON.stringify(raw.Item)).not.toContain('abcdefghijklmnop');
    expect(await repo.getSlackWebhookUrl('t-slack')).toBe(SLACK);
    expect(await repo.getSlackWebhookUrl('t-other')).toBeUndefined();
    const removed = await repo.updateSettings('t-slack', { integrations: { slackWebhookUrl: null } });
    expect(removed.integrations.slack.configured).toBe(false);
    expect(removed.autoMode).toBe(false);
  });

  it("GIVEN saved settings with secrets WHEN read through the settings' reads alone (the supervisor's and the provisioner's) THEN they are what the full repository answers", async () => {
    const repo = tenants();
    await repo.updateSettings('t-reads', {
      timezone: 'Europe/Berlin',
      autoMode: false,
      team: [{ name: 'Ann', email: 'ann@example.com' }],
      integrations: { slackWebhookUrl: SLACK },
    });
    await repo.setWebhookSecret('t-reads', 'a-secret-of-sixteen-chars');
    const reads = createSettingsReads({ db });
    for (const tenantId of ['t-reads', 't-never-saved']) {
      expect(await reads.getTenantSettings(tenantId)).toStrictEqual(await repo.getTenantSettings(tenantId));
      const raw = await db.doc.send(new GetCommand({ TableName: db.tableName, Key: settingsKey(tenantId) }));
      expect(reads.settingsFromItem(tenantId, raw.Item)).toStrictEqual(
        repo.settingsFromItem(tenantId, raw.Item),
      );
    }
    expect((await reads.getTenantSettings('t-reads')).timezone).toBe('Europe/Berlin');
  });

  it("GIVEN API keys created, revoked and unknown WHEN looked up through the key lookup alone (api-assistant's) THEN it answers what the keys' repository answers, and every key write is refused naming the function", async () => {
    const repo = tenants();
    const live = await repo.createApiKey('t-key-lookup', 'live');
    const revoked = await repo.createApiKey('t-key-lookup', 'revoked');
    await repo.revokeApiKey('t-key-lookup', revoked.keyId);
    const lookup = assistantApiDeps({ db, clock, secrets } as unknown as Platform).tenants;
    for (const hash of [
      sha256Hex(live.key),
      sha256Hex(revoked.key),
      sha256Hex('dyn_unknown_key_of_enough_length'),
      'not-a-hash',
    ])
      expect(await lookup.findApiKey(hash)).toStrictEqual(await repo.findApiKey(hash));
    expect(await lookup.findApiKey(sha256Hex(live.key))).toStrictEqual({
      tenantId: 't-key-lookup',
      keyId: live.keyId,
    });
    await expect(async () => lookup.createApiKey('t-key-lookup', 'new')).rejects.toThrow(
      'api-assistant only looks API keys up',
    );
    await expect(async () => lookup.revokeApiKey('t-key-lookup', live.keyId)).rejects.toThrow(
      'api-assistant',
    );
    await expect(async () => lookup.listApiKeys('t-key-lookup')).rejects.toThrow('api-assistant');
    await expect(async () => lookup.getTenantSettings('t-key-lookup')).rejects.toThrow(
      'api-assistant reads no tenant settings',
    );
  });

  it('GIVEN an encrypted secret of tenant A WHEN it is decrypted as tenant B THEN decryption fails (tenant-bound ciphertext)', async () => {
    const ct = await secrets.encrypt('s3cret', 'tenant-a');
    await expect(secrets.decrypt(ct, 'tenant-b')).rejects.toThrow();
    expect(await secrets.decrypt(ct, 'tenant-a')).toBe('s3cret');
  });

  it('GIVEN invalid settings WHEN they are saved THEN a BadRequestError names each field', async () => {
    const err = await tenants()
      .updateSettings('t-bad', {
        timezone: 'Mars/Olympus',
        businessHours: { mon: [{ start: '18:00', end: '09:00' }] },
        team: [{ name: 'Ann', email: 'not-an-email' }],
        httpAllowList: ['10.0.0.0/8'],
      })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BadRequestError);
    const paths = (err as BadRequestError).details?.map((d) => d.path) ?? [];
    expect(paths).toEqual(expect.arrayContaining(['timezone', 'team.0.email']));
    expect(paths.some((p) => p.startsWith('businessHours.mon'))).toBe(true);
  });

  it('GIVEN overlapping opening intervals WHEN saved THEN they are refused', async () => {
    const err = await tenants()
      .updateSettings('t-overlap', {
        businessHours: {
          tue: [
            { start: '09:00', end: '13:00' },
            { start: '12:00', end: '17:00' },
          ],
        },
      })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BadRequestError);
    expect((err as BadRequestError).details).toEqual([
      { path: 'businessHours.tue', message: 'intervals of a day must not overlap' },
    ]);
    const ok = await tenants().updateSettings('t-overlap', {
      businessHours: {
        tue: [
          { start: '13:00', end: '17:00' },
          { start: '09:00', end: '13:00' },
        ],
      },
    });
    expect(ok.businessHours.tue).toHaveLength(2);
  });

  it('GIVEN an http:// integration URL WHEN insecure URLs are not allowed THEN it is refused', async () => {
    await expect(
      tenants().updateSettings('t-http', { integrations: { slackWebhookUrl: 'http://hooks.example.com/x' } }),
    ).rejects.toBeInstanceOf(BadRequestError);
  });

  it('GIVEN two editors holding version 1 WHEN both save with expectedVersion THEN the second gets a ConflictError', async () => {
    const repo = tenants();
    const v1 = await repo.updateSettings('t-race', { timezone: 'Europe/Berlin' });
    expect(v1.version).toBe(1);
    await repo.updateSettings('t-race', { autoMode: false }, 1);
    await expect(repo.updateSettings('t-race', { autoMode: true }, 1)).rejects.toBeInstanceOf(ConflictError);
    const after = await repo.getTenantSettings('t-race');
    expect(after).toMatchObject({ autoMode: false, timezone: 'Europe/Berlin', version: 2 });
  });

  it('GIVEN five unversioned patches of different fields at once WHEN saved THEN every change survives', async () => {
    const repo = tenants();
    const names = Array.from({ length: 5 }, (_, n) => `Member ${n}`);
    await Promise.all([
      repo.updateSettings('t-merge', { autoMode: false }),
      repo.updateSettings('t-merge', { timezone: 'Asia/Tokyo' }),
      repo.updateSettings('t-merge', { httpAllowList: ['10.0.0.0/8'] }),
      repo.updateSettings('t-merge', { team: names.map((name) => ({ name })) }),
      repo.updateSettings('t-merge', { integrations: { slackWebhookUrl: SLACK } }),
    ]);
    const s = await repo.getTenantSettings('t-merge');
    expect(s).toMatchObject({
      autoMode: false,
      timezone: 'Asia/Tokyo',
      httpAllowList: ['10.0.0.0/8'],
      version: 5,
    });
    expect(s.team.map((m) => m.name)).toEqual(names);
    expect(s.integrations.slack.configured).toBe(true);
  });

  it('GIVEN an API key WHEN it is looked up by its hash THEN it resolves to its tenant until revoked; only the hash is stored', async () => {
    const repo = tenants();
    const created = await repo.createApiKey('t-keys', 'CI');
    expect(created.key).toMatch(/^dyn_/);
    expect(await repo.findApiKey(sha256Hex(created.key))).toEqual({
      tenantId: 't-keys',
      keyId: created.keyId,
    });
    expect(await repo.findApiKey(sha256Hex(`${created.key}x`))).toBeUndefined();
    const raw = await db.doc.send(
      new GetCommand({ TableName: db.tableName, Key: { pk: 'T#t-keys#APIKEY', sk: created.keyId } }),
    );
    expect(JSON.stringify(raw.Item)).not.toContain(created.key);
    const listed = await repo.listApiKeys('t-keys');
    expect(listed.items.map((k) => k.keyId)).toEqual([created.keyId]);
    expect(JSON.stringify(listed)).not.toContain(created.key);
    await expect(repo.revokeApiKey('t-intruder', created.keyId)).rejects.toBeInstanceOf(NotFoundError);
    expect(await repo.findApiKey(sha256Hex(created.key))).toBeDefined();
    await repo.revokeApiKey('t-keys', created.keyId);
    expect(await repo.findApiKey(sha256Hex(created.key))).toBeUndefined();
  });

  it('GIVEN an operator-chosen key WHEN imported twice and then for another tenant THEN it resolves to the first tenant and the second import conflicts', async () => {
    const repo = tenants();
    const key = 'dyn_local_0123456789abcdefghijklmn';
    const first = await repo.importApiKey('t-import', 'Local runtime key', key);
    expect(first.prefix).toBe('dyn_lo…');
    expect(await repo.importApiKey('t-import', 'Local runtime key', key)).toEqual(first);
    expect(await repo.findApiKey(sha256Hex(key))).toEqual({ tenantId: 't-import', keyId: first.keyId });
    await expect(repo.importApiKey('t-import-other', 'x', key)).rejects.toBeInstanceOf(ConflictError);
    await expect(repo.importApiKey('t-import', 'x', 'short')).rejects.toBeInstanceOf(BadRequestError);
  });

  it('GIVEN a webhook secret WHEN it is set THEN only the owning tenant reads it back', async () => {
    const repo = tenants();
    const secret = await repo.setWebhookSecret('t-hook');
    expect(secret.length).toBeGreaterThanOrEqual(32);
    expect(await repo.getWebhookSecret('t-hook')).toBe(secret);
    expect(await repo.getWebhookSecret('t-hook-other')).toBeUndefined();
    expect((await repo.getTenantSettings('t-hook')).webhookSecretConfigured).toBe(true);
  });
});
