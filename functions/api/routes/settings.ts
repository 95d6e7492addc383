import * as z from 'zod/mini';
import { builtOnFirstUse, described, withMeta } from '../../../statemachines/zod-kit';
import { TenantSettingsPatch } from '../../data/tenants';
import { type AnyRoute, defineRoute, ok } from '../../shared/http';
import { type ApiContext, tenantOf } from '../context';

const route = defineRoute<ApiContext>();
const tags = ['Settings'];

export const Settings = /* @__PURE__ */ builtOnFirstUse(() =>
  withMeta(
    z.looseObject({
      tenantId: z.string(),
      autoMode: z.boolean(),
      timezone: z.string(),
      businessHours: z.record(z.string(), z.array(z.object({ start: z.string(), end: z.string() }))),
      holidays: described(z.array(z.string()), 'Local dates (YYYY-MM-DD) not counted as business days'),
      team: z.array(z.looseObject({ name: z.string() })),
      httpAllowList: z.array(z.string()),
      integrations: z.object({
        slack: z.object({
          configured: z.boolean(),
          webhookUrl: described(z.nullable(z.string()), 'Masked: never returned in full'),
        }),
        webhookSecrets: described(
          z.record(z.string(), z.unknown()),
          'Per-source webhook secrets, masked (`whsec_…f3a9`); generic HMAC settings with the secret masked',
        ),
      }),
      webhookSecretConfigured: z.boolean(),
      version: z.number().check(z.int()),
      updatedAt: z.nullable(z.string()),
    }),
    { id: 'Settings' },
  ),
);

export const SettingsUpdate = /* @__PURE__ */ (() =>
  withMeta(
    z.extend(TenantSettingsPatch(), {
      /** The version read before the change: a concurrent save -> 409. */
      expectedVersion: z.optional(z.number().check(z.int()).check(z.gte(0))),
    }),
    { id: 'SettingsUpdate' },
  ))();

export const settingsRoutes: AnyRoute<ApiContext>[] = [
  route({
    operationId: 'getSettings',
    method: 'GET',
    path: '/settings',
    docs: typeof DYNARIS_BUNDLE === 'undefined' && {
      summary:
        'Tenant settings: Auto Mode, time zone, business hours, holidays, team, integrations (masked), HTTP allow-list',
      tags,
      responses: { 200: { description: 'Settings', schema: Settings } },
    },
    auth: 'tenant',
    async handler(_req, ctx) {
      return ok(await ctx.deps.tenants.getTenantSettings(tenantOf(ctx)));
    },
  }),
  route({
    operationId: 'updateSettings',
    method: 'PUT',
    path: '/settings',
    docs: typeof DYNARIS_BUNDLE === 'undefined' && {
      summary:
        'Change settings (partial); integration secrets are stored encrypted and never returned in full',
      tags,
      responses: { 200: { description: 'Saved settings', schema: Settings } },
    },
    auth: 'tenant',
    body: SettingsUpdate,
    errors: [409],
    async handler(req, ctx) {
      const { expectedVersion, ...patch } = req.body;
      return ok(await ctx.deps.tenants.updateSettings(tenantOf(ctx), patch, expectedVersion));
    },
  }),
];
