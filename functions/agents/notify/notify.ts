import { createTenantRepository, type TeamMember, type TenantSettings } from '../../data/tenants';
import { NonRetriableError } from '../../shared/errors';
import type { Clock, Database, HttpFetch, Mailer, SecretBox } from '../../shared/ports';
import { parseAllowList } from '../http/addresses';
import type { Lookup } from '../http/outbound';
import type { AgentParts } from '../runner';
import { escapeSlack, postToSlack } from './slack';

export interface NotifyAgentDeps {
  readonly db: Database;
  readonly clock: Clock;
  readonly secrets: SecretBox;
  /** Where Slack messages go outside AWS (the local runtime's outbox, tests); on AWS: pinned, checked sockets. */
  readonly fetch: HttpFetch;
  readonly mode?: 'aws' | 'local';
  /** DNS resolution for the SSRF guard (tests substitute it). */
  readonly lookup?: Lookup;
  readonly mailer: Mailer;
  readonly fromAddress: string;
}

const NO_SLACK =
  'Slack is not connected for this account: add an incoming-webhook URL under Settings → Integrations';

/** A member by email, full name or first name (case-insensitive); ambiguous first names are refused. */
export const findMember = (team: readonly TeamMember[], wanted: string): TeamMember => {
  const w = wanted.trim().toLowerCase();
  const exact = team.filter((m) => m.email?.toLowerCase() === w || m.name.toLowerCase() === w);
  if (exact.length === 1) return exact[0] as TeamMember;
  const byFirst = team.filter((m) => m.name.toLowerCase().split(/\s+/)[0] === w);
  if (byFirst.length === 1) return byFirst[0] as TeamMember;
  const names = team.map((m) => m.name).join(', ') || 'none';
  if (byFirst.length > 1 || exact.length > 1) {
    throw new NonRetriableError(
      `"${wanted}" matches several team members (${names}); use a full name or email`,
    );
  }
  throw new NonRetriableError(`No team member "${wanted}" (team: ${names})`);
};

const subjectOf = (text: string): string => {
  const line = (text.split('\n')[0] ?? text).trim();
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
};

export const createNotifyAgent = (deps: NotifyAgentDeps): AgentParts => {
  const tenants = createTenantRepository({ db: deps.db, clock: deps.clock, secrets: deps.secrets });

  /**
   * Posts to the tenant's Slack webhook through the SSRF guard, with the tenant's HTTP allow-list (the settings and
   * URL `known` from the caller's own read of the settings item, or read here).
   */
  const slack = async (
    tenantId: string,
    message: { text: string; channel?: string | undefined },
    known?: { settings: Pick<TenantSettings, 'httpAllowList'>; slackWebhookUrl: string | undefined },
  ) => {
    const { slackWebhookUrl: url, settings } = known ?? (await tenants.getTenantSettingsWithSlack(tenantId));
    if (!url) throw new NonRetriableError(NO_SLACK);
    await postToSlack(url, message, {
      allow: parseAllowList(settings.httpAllowList),
      lookup: deps.lookup,
      via: deps.mode === 'aws' ? undefined : deps.fetch,
    });
  };

  /**
   * Team notifications publish no email.sent on purpose: that event means "we wrote to a lead or contact", and
   * customer-facing workflows start from it (no-reply reminders, "when an email is sent, notify the team"). An
   * internal note would start them, and the last one would notify again on its own notification, forever. The run
   * log still shows the step.
   */
  const email = async (tenantId: string, to: readonly string[], text: string) => {
    await deps.mailer.send({ tenantId, from: deps.fromAddress, to, subject: subjectOf(text), text });
  };

  return {
    executors: {
      async 'notify.slack'(input, meta) {
        await slack(meta.tenantId, { text: escapeSlack(input.text), channel: input.channel });
        return { delivered: true, via: 'slack' };
      },

      async 'notify.team'(input, meta) {
        // One read of the settings item: the team, the allow-list and the Slack URL.
        const known = await tenants.getTenantSettingsWithSlack(meta.tenantId);
        const { settings } = known;
        const slackReady = settings.integrations.slack.configured;
        if (!input.member) {
          // The whole team: the Slack channel, or everyone with an email.
          if (input.via !== 'email' && (slackReady || input.via === 'slack')) {
            await slack(meta.tenantId, { text: escapeSlack(input.text) }, known);
            return { delivered: true, via: 'slack' };
          }
          const emails = settings.team.flatMap((m) => (m.email ? [m.email] : []));
          if (emails.length === 0)
            throw new NonRetriableError('The team has no member with an email and Slack is not connected');
          await email(meta.tenantId, emails, input.text);
          return { delivered: true, via: 'email' };
        }
        const member = findMember(settings.team, input.member);
        const via =
          input.via ??
          (member.slackUserId && slackReady
            ? 'slack'
            : member.email
              ? 'email'
              : slackReady
                ? 'slack'
                : undefined);
        if (via === 'email') {
          if (!member.email)
            throw new NonRetriableError(`${member.name} has no email address in the team settings`);
          await email(meta.tenantId, [member.email], input.text);
          return { delivered: true, via: 'email' };
        }
        if (via === 'slack') {
          const mention = member.slackUserId ? `<@${member.slackUserId}> ` : `${escapeSlack(member.name)}: `;
          await slack(meta.tenantId, { text: `${mention}${escapeSlack(input.text)}` }, known);
          return { delivered: true, via: 'slack' };
        }
        throw new NonRetriableError(`${member.name} can be reached neither by email nor by Slack`);
      },
    },
    previews: {
      'notify.slack': () => ({ delivered: false, via: 'slack' }),
      'notify.team': (input) => ({ delivered: false, via: input.via ?? 'auto' }),
    },
  };
};
