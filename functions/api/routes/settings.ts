import * as z from 'zod';
import { TenantSettingsPatch } from '../../data/tenants';
import { type AnyRoute, defineRoute, ok } from '../../shared/http';
import { type ApiContext, tenantOf } from '../context';

const route = defineRoute<ApiContext>();
const tags = ['Settings'];

export const Settings = z
  .looseObject({
    tenantId: z.string(),
    autoMode: z.boolean(),
    timezone: z.string(),
    businessHours: z.record(z.string(), z.array(z.object({ start: z.string(), end: z.string() }))),
    team: z.array(z.looseObject({ name: z.string() })),
    httpAllowList: z.array(z.string()),
    integrations: z.object({
      slack: z.object({
        configured: z.boolean(),
        webhookUrl: z.string().nullable().describe('Masked: never returned in full'),
      }),
      webhookSecrets: z
        .record(z.string(), z.unknown())
        .describe(
          'Per-source webhook secrets, masked (`whsec_…f3a9`); generic HMAC settings with the secret masked',
        ),
    }),
    webhookSecretConfigured: z.boolean(),
    version: z.number().int(),
    updatedAt: z.string().nullable(),
  })
  .meta({ id: 'Settings' });

export const SettingsUpdate = TenantSettingsPatch.extend({
  /** The version read before the change: a concurrent save -> 409. */
  expectedVersion: z.number().int().min(0).optional(),
}).meta({ id: 'SettingsUpdate' });

export const settingsRoutes: AnyRoute<ApiContext>[] = [
  route({
    operationId: 'getSettings',
    method: 'GET',
    path: '/settings',
    summary:
      'Tenant settings: Auto Mode, time zone, business hours, team, integrations (masked), HTTP allow-list',
    tags,
    auth: 'tenant',
    responses: { 200: { description: 'Settings', schema: Settings } },
    async handler(_req, ctx) {
      return ok(await ctx.deps.tenants.getTenantSettings(tenantOf(ctx)));
    },
  }),
  route({
    operationId: 'updateSettings',
    method: 'PUT',
    path: '/settings',
    summary: 'Change settings (partial); integration secrets are stored encrypted and never returned in full',
    tags,
    auth: 'tenant',
    body: SettingsUpdate,
    responses: { 200: { description: 'Saved settings', schema: Settings } },
    errors: [409],
    async handler(req, ctx) {
      const { expectedVersion, ...patch } = req.body;
      return ok(await ctx.deps.tenants.updateSettings(tenantOf(ctx), patch, expectedVersion));
    },
  }),
];
