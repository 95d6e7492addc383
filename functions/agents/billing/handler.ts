// First: JSON.parse exact for escaped keys before any module parses (functions/shared/json-parse.ts).
import '../../shared/json-parse-install';
import * as z from 'zod/mini';
import '../../../statemachines/zod-kit';
import { leanPutEvents } from '../../adapters/aws-lean/put-events';
import { leanSendEmail } from '../../adapters/aws-lean/send-email';
import { startAwsFunction } from '../../adapters/aws-platform';
import { makeAgentHandler } from '../runner';
import { createBillingAgent, detectOverdueInvoices } from './agent';

// Deployed: the Platform from this function's environment, and the SDKs of its main path, at cold start.
await startAwsFunction(['bus', 'mailer'], { putEvents: leanPutEvents, sendEmail: leanSendEmail });

/** The scheduled sweep: `{ "op": "detectOverdue" }` checks every tenant that has invoices; `tenantId(s)` narrow it. */
const DetectOverdue = /* @__PURE__ */ (() =>
  z.object({
    op: z.literal('detectOverdue'),
    tenantId: z.optional(z.string().check(z.minLength(1))),
    tenantIds: z.optional(z.array(z.string().check(z.minLength(1)))),
  }))();

export const handler = makeAgentHandler('billing', (platform) => createBillingAgent(platform), {
  onOtherEvent: (event, platform) => {
    const parsed = DetectOverdue.safeParse(event);
    if (!parsed.success) return undefined;
    const { tenantId, tenantIds } = parsed.data;
    const only = tenantIds ?? (tenantId ? [tenantId] : undefined);
    return detectOverdueInvoices({ ...platform, ...(only ? { tenantIds: only } : {}) }, platform.clock.now());
  },
});
