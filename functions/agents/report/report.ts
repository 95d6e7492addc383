import { converse } from '../../adapters/bedrock';
import type { ActivityEvent, ActivityPage, ActivityQuery } from '../../data/activity';
import { createRunRepository } from '../../data/runs';
import { createTenantRepository } from '../../data/tenants';
import { BadRequestError } from '../../shared/errors';
import type { Clock, Database, LlmConfig, SecretBox } from '../../shared/ports';
import type { AgentParts } from '../runner';
import { formatLocal, periodRange } from './period';

/** What the report reads: the activity feed, newest first (functions/data/activity.ts ActivityStore.list). */
export interface ActivityReader {
  list(tenantId: string, query?: ActivityQuery): Promise<ActivityPage>;
}

export interface ReportAgentDeps {
  readonly db: Database;
  readonly clock: Clock;
  readonly secrets: SecretBox;
  readonly llm: LlmConfig | undefined;
  readonly activity: ActivityReader;
}

/** A report reads at most this many events; beyond it the counts say so. */
export const MAX_REPORT_EVENTS = 10_000;
const HIGH_VALUE_LEAD = 5_000;
const MAX_NOTABLE_PER_KIND = 5;

export interface ActivityDigest {
  readonly total: number;
  readonly counts: Record<string, number>;
  readonly truncated: boolean;
  readonly notable: {
    readonly highValueLeads: { name: string; company: string | null; value: number }[];
    readonly paidInvoices: {
      number: string;
      totalCents: number | null;
      currency: string | null;
      customer: string | null;
    }[];
    readonly overdueInvoices: { number: string; daysOverdue: number | null }[];
    readonly failedRuns: { workflowName: string; error: string }[];
  };
}

const obj = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export const digestActivity = (events: readonly ActivityEvent[], truncated = false): ActivityDigest => {
  const counts: Record<string, number> = {};
  const notable: ActivityDigest['notable'] = {
    highValueLeads: [],
    paidInvoices: [],
    overdueInvoices: [],
    failedRuns: [],
  };
  for (const e of events) {
    counts[e.type] = (counts[e.type] ?? 0) + 1;
    const d = e.detail;
    if (e.type === 'lead.created') {
      const lead = obj(d.lead);
      const value = num(lead.value);
      if (value !== null && value >= HIGH_VALUE_LEAD) {
        notable.highValueLeads.push({
          name: str(lead.name) ?? str(lead.email) ?? 'Unnamed lead',
          company: str(lead.company),
          value,
        });
      }
    } else if (e.type === 'invoice.paid' || e.type === 'invoice.overdue') {
      const inv = obj(d.invoice);
      const number = str(inv.number) ?? str(inv.id) ?? 'unnumbered';
      if (e.type === 'invoice.paid') {
        notable.paidInvoices.push({
          number,
          totalCents: num(inv.totalCents),
          currency: str(inv.currency),
          customer: str(inv.customerName) ?? str(inv.customerEmail),
        });
      } else notable.overdueInvoices.push({ number, daysOverdue: num(d.daysOverdue) });
    } else if (e.type === 'workflow.failed') {
      const err = obj(d.error);
      notable.failedRuns.push({
        workflowName: str(d.workflowName) ?? str(d.workflowId) ?? 'a workflow',
        error: str(err.cause) ?? str(err.error) ?? 'unknown error',
      });
    }
  }
  notable.highValueLeads.sort((a, b) => b.value - a.value);
  return {
    total: events.length,
    counts,
    truncated,
    notable: {
      highValueLeads: notable.highValueLeads.slice(0, MAX_NOTABLE_PER_KIND),
      paidInvoices: notable.paidInvoices.slice(0, MAX_NOTABLE_PER_KIND),
      overdueInvoices: notable.overdueInvoices.slice(0, MAX_NOTABLE_PER_KIND),
      failedRuns: notable.failedRuns.slice(0, MAX_NOTABLE_PER_KIND),
    },
  };
};

const money = (cents: number | null, currency: string | null): string =>
  cents === null
    ? ''
    : ` (${(cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}${currency ? ` ${currency}` : ''})`;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The report without a model: every count, then the notable items. */
export const plainSummary = (title: string, range: string, digest: ActivityDigest): string => {
  const lines = [`${title}: ${range}`, ''];
  if (digest.total === 0) {
    lines.push('No activity in this period.');
    return lines.join('\n');
  }
  const byCount = Object.entries(digest.counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  lines.push(
    `${plural(digest.total, 'event')}${digest.truncated ? ` (only the latest ${MAX_REPORT_EVENTS} were read)` : ''}:`,
  );
  for (const [type, n] of byCount) lines.push(`- ${type}: ${n}`);
  const n = digest.notable;
  const notable: string[] = [
    ...n.highValueLeads.map(
      (l) =>
        `High-value lead: ${l.name}${l.company ? ` (${l.company})` : ''}, value ${l.value.toLocaleString('en-US')}`,
    ),
    ...n.paidInvoices.map(
      (i) =>
        `Invoice ${i.number} paid${i.customer ? ` by ${i.customer}` : ''}${money(i.totalCents, i.currency)}`,
    ),
    ...n.overdueInvoices.map(
      (i) =>
        `Invoice ${i.number} overdue${i.daysOverdue !== null ? ` by ${plural(i.daysOverdue, 'day')}` : ''}`,
    ),
    ...n.failedRuns.map((f) => `Workflow "${f.workflowName}" failed: ${f.error.slice(0, 200)}`),
  ];
  if (notable.length) lines.push('', 'Notable:', ...notable.map((l) => `- ${l}`));
  return lines.join('\n');
};

/** Reads every event in [from, to) from the activity feed (newest first), up to MAX_REPORT_EVENTS. */
export const readActivity = async (
  activity: ActivityReader,
  tenantId: string,
  from: Date,
  to: Date,
): Promise<{ events: ActivityEvent[]; truncated: boolean }> => {
  const events: ActivityEvent[] = [];
  // Start just below `to`: the feed's cursor is "<ISO time>#<event id>" and `!` sorts before any id.
  let cursor: string | undefined = Buffer.from(`${to.toISOString()}#!`, 'utf8').toString('base64url');
  const since = new Date(from.getTime() - 1).toISOString();
  do {
    const page: ActivityPage = await activity.list(tenantId, { since, cursor, limit: 200 });
    for (const e of page.items) {
      const t = Date.parse(e.time);
      if (t >= from.getTime() && t < to.getTime()) events.push(e);
    }
    cursor = page.nextCursor;
  } while (cursor && events.length < MAX_REPORT_EVENTS);
  return { events: events.slice(0, MAX_REPORT_EVENTS), truncated: Boolean(cursor) };
};

export const createReportAgent = (deps: ReportAgentDeps): AgentParts => {
  const tenants = createTenantRepository({ db: deps.db, clock: deps.clock, secrets: deps.secrets });
  const runs = createRunRepository({ db: deps.db, clock: deps.clock });
  return {
    executors: {
      async 'report.summarize'(input, meta) {
        const { timezone } = await tenants.getTenantSettings(meta.tenantId);
        const now = deps.clock.now();
        const range =
          input.since || input.until
            ? {
                from: input.since
                  ? new Date(input.since)
                  : new Date((input.until ? Date.parse(input.until) : now.getTime()) - 86_400_000),
                to: input.until ? new Date(input.until) : now,
              }
            : periodRange(input.period ?? 'last24h', now, timezone);
        if (range.from.getTime() >= range.to.getTime())
          throw new BadRequestError('report.summarize: since must be before until');
        const { events, truncated } = await readActivity(deps.activity, meta.tenantId, range.from, range.to);
        const digest = digestActivity(events, truncated);
        const title = input.title ?? 'Activity report';
        const rangeText = `${formatLocal(range.from, timezone)} – ${formatLocal(range.to, timezone)} (${timezone})`;
        let summary = plainSummary(title, rangeText, digest);
        if (deps.llm && digest.total > 0) {
          const reply = await converse(
            deps.llm,
            {
              system:
                'You write short activity reports for a small business owner. Use only the numbers and items given; ' +
                'lead with what needs attention (failures, overdue invoices), then highlights. Plain text, at most 150 words.',
              prompt: `Report title: ${title}\nPeriod: ${rangeText}\nData (JSON): ${JSON.stringify(digest)}`,
              maxTokens: 600,
            },
            (u) => runs.addLlmUsage(meta.tenantId, meta.runId, u),
          );
          if (reply.text) summary = `${title}: ${rangeText}\n\n${reply.text}`;
        }
        return { summary, counts: digest.counts, from: range.from.toISOString(), to: range.to.toISOString() };
      },
    },
  };
};
