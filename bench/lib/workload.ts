/**
 * The workloads of the runtime benchmarks: the lead follow-up template exactly as shipped (welcome email, booked
 * call in the next free slot within 7 days, Slack), driven by new leads, and a webhook-triggered capture workflow.
 * One tenant's calendar holds about 80 half-hour slots in 7 days of business hours, so a long run of leads is spread
 * over as many tenants as their calendars need (a booking is never refused for a full calendar).
 */
import { randomUUID } from 'node:crypto';
import { stateMachineName } from '../../functions/provisioner/names';
import { DELIVERY_HEADER, SIGNATURE_HEADER, signatureHeader } from '../../functions/webhooks/webhooks';
import { LOCAL_PREFIX } from '../../infra/local/functions';
import { templateJson } from '../../statemachines/templates';
import { wallMs } from './figures';
import type { BenchServer, Credentials, ExecutionEvent } from './server';

/** Leads one tenant's calendar takes comfortably (the first free slot within P7D, Mon–Fri 09–17 UTC). */
export const LEADS_PER_TENANT = 60;

export const captureFormLeads = {
  name: 'Capture form leads',
  trigger: { type: 'webhook', source: 'form' },
  steps: [
    {
      id: 'create',
      action: 'crm.createLead',
      input: { email: '{{trigger.lead.email}}', name: '{{trigger.lead.name}}', source: 'form' },
    },
  ],
};

export const leadFollowUp = (): unknown => templateJson('lead-follow-up');

export interface Deployed {
  readonly workflowId: string;
  /** Its state machine's name (what execution ARNs carry). */
  readonly machine: string;
}

/** Saves and enables a workflow as `who`. */
export const deploy = async (
  server: BenchServer,
  who: Credentials,
  definition: unknown,
): Promise<Deployed> => {
  const created = (await server.api(who, 'POST', '/workflows', definition, 201)) as {
    workflow: { workflowId: string };
  };
  const workflowId = created.workflow.workflowId;
  await server.api(who, 'POST', `/workflows/${workflowId}/enable`, undefined, 200);
  return { workflowId, machine: stateMachineName(LOCAL_PREFIX, who.tenantId, workflowId) };
};

/** The state machine an execution ARN belongs to (Standard `:execution:` and Express `:express:` alike). */
export const machineOf = (arn: string): string => arn.split(':')[6] ?? '';

/** Counts executions of a set of state machines as they start and end. */
export class RunTracker {
  readonly ended: ExecutionEvent[] = [];
  readonly started = new Map<string, number>();
  private waiters: { count: number; resolve: () => void }[] = [];
  private readonly stopListening: () => void;

  constructor(
    server: BenchServer,
    private readonly machines: Set<string>,
  ) {
    this.stopListening = server.onExecution((e) => {
      if (!this.machines.has(machineOf(e.arn))) return;
      if (e.phase === 'start') {
        this.started.set(e.arn, e.at);
        return;
      }
      this.ended.push(e);
      this.waiters = this.waiters.filter((w) => {
        if (this.ended.length < w.count) return true;
        w.resolve();
        return false;
      });
    });
  }

  /** Resolves when `count` executions have ended in total; rejects after `timeoutMs`. */
  endedCount(count: number, timeoutMs = 600_000): Promise<void> {
    if (this.ended.length >= count) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`only ${this.ended.length} of ${count} runs ended in ${timeoutMs / 1000} s`)),
        timeoutMs,
      );
      this.waiters.push({
        count,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      });
    });
  }

  statuses(from = 0): Map<string, number> {
    const out = new Map<string, number>();
    for (const e of this.ended.slice(from)) out.set(e.status ?? '?', (out.get(e.status ?? '?') ?? 0) + 1);
    return out;
  }

  firstError(from = 0): string | undefined {
    return this.ended.slice(from).find((e) => e.error)?.error;
  }

  close(): void {
    this.stopListening();
  }
}

let leadCounter = 0;
/** A new lead for `who` (POST /leads): its lead.created event starts the lead follow-up. */
export const postLead = async (server: BenchServer, who: Credentials): Promise<void> => {
  leadCounter += 1;
  await server.api(
    who,
    'POST',
    '/leads',
    {
      email: `lead-${leadCounter}-${randomUUID().slice(0, 8)}@example.com`,
      name: `Lead ${leadCounter}`,
      company: 'Bench Ltd',
    },
    201,
  );
};

/** Tenants `bench-<prefix>-<i>`, each with the lead follow-up enabled; their state machine names. */
export const followUpTenants = async (
  server: BenchServer,
  prefix: string,
  count: number,
): Promise<{ tenants: Credentials[]; machines: Set<string> }> => {
  const tenants = await server.tenants(Array.from({ length: count }, (_, i) => `bench-${prefix}-${i + 1}`));
  const machines = new Set<string>();
  for (const t of tenants) machines.add((await deploy(server, t, leadFollowUp())).machine);
  return { tenants, machines };
};

/** One signed form submission to `who`'s webhook; when it was sent (wall clock) and its delivery id. */
export const postFormWebhook = async (
  server: BenchServer,
  who: Credentials,
): Promise<{ sentAt: number; answeredAt: number; deliveryId: string }> => {
  leadCounter += 1;
  const raw = JSON.stringify({ email: `form-${leadCounter}@example.com`, name: `Form ${leadCounter}` });
  const deliveryId = randomUUID();
  const sentAt = wallMs();
  const res = await fetch(`${server.url}/webhooks/${who.tenantId}/form`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [SIGNATURE_HEADER]: signatureHeader(
        who.webhookSecret,
        Math.floor(Date.now() / 1000),
        { tenantId: who.tenantId, source: 'form' },
        raw,
      ),
      [DELIVERY_HEADER]: deliveryId,
    },
    body: raw,
  });
  await res.arrayBuffer();
  const answeredAt = wallMs();
  if (res.status !== 202) throw new Error(`webhook answered ${res.status}`);
  return { sentAt, answeredAt, deliveryId };
};

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Posts leads number `from` .. `until - 1` (lead i goes to tenant i / LEADS_PER_TENANT), never more than
 * `inFlight` of their runs unfinished, and resolves when `until` runs have ended.
 */
export const driveLeads = async (
  server: BenchServer,
  tenants: readonly Credentials[],
  tracker: RunTracker,
  from: number,
  until: number,
  inFlight: number,
): Promise<void> => {
  let next = from;
  const worker = async () => {
    while (next < until) {
      const i = next++;
      await postLead(server, tenants[Math.floor(i / LEADS_PER_TENANT)] as Credentials);
      await tracker.endedCount(i + 2 - inFlight);
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  await tracker.endedCount(until);
};
