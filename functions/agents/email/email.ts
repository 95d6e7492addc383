import type { ActionInput, ActionOutput } from '../../../statemachines/catalogue';
import type { TaskMeta } from '../../../statemachines/contracts';
import { converse } from '../../adapters/bedrock';
import { interestFromItem, versionKey } from '../../data/event-interest';
import { createLeadRepository, type Lead, normalizeEmail } from '../../data/leads';
import { assertId, batchGetAll, type ItemKey } from '../../data/repository';
import { createRunRepository } from '../../data/runs';
import { NotFoundError } from '../../shared/errors';
import type { Clock, Database, EventPublisher, LlmConfig, Mailer } from '../../shared/ports';
import type { AgentParts } from '../runner';
import { createTrackedSender } from './send-tracked';
import { trackingIdFor } from './tracking';

/** Knowledge-base context for drafts (the knowledge agent's search), injected so this area does not depend on it. */
export type KnowledgeSearch = (
  query: string,
  meta: TaskMeta,
) => Promise<readonly { title: string; snippet: string }[]>;

export interface EmailAgentDeps {
  readonly db: Database;
  readonly bus: EventPublisher;
  readonly clock: Clock;
  readonly mailer: Mailer;
  readonly llm: LlmConfig | undefined;
  readonly fromAddress: string;
  readonly searchKnowledge?: KnowledgeSearch;
}

const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

export { idempotencyHeaderValue } from './send-tracked';

const firstName = (lead: Lead | undefined): string | undefined =>
  lead?.name?.trim().split(/\s+/)[0] || undefined;

/** The topic of an instruction such as "Write a friendly follow-up about our pricing" -> "our pricing". */
export const topicOf = (instruction: string): string => {
  const sentence = (instruction.split(/(?<=[.!?])\s|\n/)[0] ?? instruction)
    .replace(/(?<![.!?])[.!?]+$/, '')
    .trim();
  const about = /\b(?:about|regarding|on the subject of|re:?)\s+(\S.*)$/i.exec(sentence)?.[1];
  const topic = (about ?? sentence)
    .replace(
      /^(please\s+)?(write|draft|compose|send|create|prepare)\s+(an?\s+)?((friendly|formal|brief|short|polite|personal(ised|ized)?)\s+)*(e-?mail|message|note|follow[- ]?up)?\s*(to\s+\S+(\s+\S+)?\s*)?/i,
      '',
    )
    .trim();
  const text = topic || sentence;
  return text.length > 70 ? `${text.slice(0, 69)}…` : text;
};

const capitalize = (s: string): string => (s ? s[0]?.toUpperCase() + s.slice(1) : s);

/** The draft without a model: deterministic, built from the lead, the instruction and the knowledge snippets. */
export const templateDraft = (
  input: ActionInput<'email.draft'>,
  lead: Lead | undefined,
  knowledge: readonly { title: string; snippet: string }[],
): ActionOutput<'email.draft'> => {
  const tone = input.tone ?? 'friendly';
  const name = firstName(lead);
  const topic = topicOf(input.instruction);
  const greeting = tone === 'formal' ? `Dear ${lead?.name ?? 'Sir or Madam'},` : `Hi ${name ?? 'there'},`;
  const company = lead?.company ? ` at ${lead.company}` : '';
  const lines = [greeting, ''];
  if (tone === 'brief') {
    lines.push(`A quick note about ${topic}.`);
  } else {
    lines.push(
      tone === 'formal'
        ? `I am writing to you${company} regarding ${topic}.`
        : `I wanted to reach out${company} about ${topic}.`,
    );
  }
  if (knowledge.length > 0) {
    lines.push('', tone === 'formal' ? 'You may find the following helpful:' : 'A few things that may help:');
    for (const k of knowledge.slice(0, 3)) lines.push(`- ${k.title}: ${k.snippet}`);
  }
  lines.push(
    '',
    tone === 'formal'
      ? 'Please do not hesitate to reply to this email with any questions.'
      : 'Just reply to this email if you have any questions.',
    '',
    tone === 'formal' ? 'Kind regards' : 'Best',
  );
  return { subject: capitalize(topic), body: lines.join('\n') };
};

export const parseDraft = (text: string): ActionOutput<'email.draft'> | undefined => {
  // From the first "{" to the last "}" (what a greedy /\{[\s\S]*\}/ finds, without rescanning from every "{").
  const open = text.indexOf('{');
  const json = open === -1 ? undefined : text.slice(open, text.lastIndexOf('}') + 1) || undefined;
  if (json) {
    try {
      const parsed = JSON.parse(json) as { subject?: unknown; body?: unknown };
      if (
        typeof parsed.subject === 'string' &&
        typeof parsed.body === 'string' &&
        parsed.subject &&
        parsed.body
      ) {
        return { subject: parsed.subject.trim(), body: parsed.body.trim() };
      }
    } catch {
      // not JSON: try the "Subject:" form
    }
  }
  // "Subject: …" then the body on the following lines, read line by line (the one-regex form backtracks).
  const label = /^\s*subject:/i.exec(text);
  if (!label) return undefined;
  const rest = text.slice(label[0].length).trimStart();
  const end = rest.indexOf('\n');
  const subject = end === -1 ? '' : rest.slice(0, end).trim();
  const body = end === -1 ? '' : rest.slice(end + 1).trim();
  return subject && body ? { subject, body } : undefined;
};

export const createEmailAgent = (deps: EmailAgentDeps): AgentParts => {
  const { db, clock } = deps;
  const leads = createLeadRepository({ db, clock });
  const sendTracked = createTrackedSender(deps);
  const runs = createRunRepository({ db, clock });

  const findLead = async (tenantId: string, leadId: string | undefined, email: string | undefined) => {
    if (leadId) return leads.get(tenantId, leadId);
    return email ? leads.findByEmail(tenantId, normalizeEmail(email)) : undefined;
  };

  /**
   * email.send's lead and who listens to email.sent: by its id, one strongly consistent BatchGetItem (a missing lead
   * is NotFoundError, as leads.get), so email.sent is routed by what is stored before the send (docs/event-routing.md);
   * by its address, the lead's own lookup, and the interest is read when the event is published.
   */
  const leadAndInterest = async (tenantId: string, leadId: string | undefined, email: string | undefined) => {
    if (!leadId) return { lead: await findLead(tenantId, leadId, email), interest: undefined };
    assertId('lead', leadId);
    const leadKey = leads.keyOf(tenantId, leadId);
    const interestKey = versionKey(tenantId, 'email.sent');
    const readAtMs = clock.now().getTime();
    const items = await batchGetAll(db, [leadKey, interestKey]);
    const at = (k: ItemKey) => items.find((i) => i.pk === k.pk && i.sk === k.sk);
    const leadItem = at(leadKey);
    if (!leadItem) throw new NotFoundError('lead', leadId);
    return {
      lead: leads.fromItem(leadItem),
      interest: { ...interestFromItem(at(interestKey)), readAtMs },
    };
  };

  return {
    // The tracking record is the send's claim (send-tracked.ts): no idempotency record around it.
    selfDeduplicating: ['email.send'],
    executors: {
      async 'email.send'(input, meta, task) {
        const { lead, interest } = await leadAndInterest(meta.tenantId, input.leadId, input.to);
        const { messageId, trackingId } = await sendTracked(
          meta,
          {
            to: input.to,
            cc: input.cc,
            replyTo: input.replyTo,
            subject: input.subject,
            text: input.body || undefined,
            html:
              input.html ??
              `<p>${escapeHtml(input.body ?? '')
                .replace(/\n{2,}/g, '</p><p>')
                .replace(/\n/g, '<br>')}</p>`,
            lead,
            kind: 'message',
            timelineText: `Email sent: "${input.subject}"`,
            ...(interest ? { interest } : {}),
          },
          task,
        );
        return { messageId, trackingId, to: input.to };
      },

      async 'email.draft'(input, meta) {
        const lead = await findLead(meta.tenantId, input.leadId, input.to);
        const knowledge = deps.searchKnowledge
          ? await deps.searchKnowledge(
              `${input.instruction} ${lead?.company ?? ''}`.trim().slice(0, 1000),
              meta,
            )
          : [];
        if (!deps.llm) return templateDraft(input, lead, knowledge);
        const facts = {
          recipient: lead
            ? {
                name: lead.name,
                email: lead.email,
                company: lead.company,
                status: lead.status,
                tags: lead.tags,
              }
            : { email: input.to ?? null },
          knowledgeBase: knowledge.slice(0, 5).map((k) => ({ title: k.title, snippet: k.snippet })),
        };
        const reply = await converse(
          deps.llm,
          {
            system:
              'You write short, personal business emails. Use only the facts given; never invent prices, dates or ' +
              'promises. Answer with JSON only: {"subject": "...", "body": "..."} (plain-text body, no signature placeholder).',
            prompt: `Instruction: ${input.instruction}\nTone: ${input.tone ?? 'friendly'}\nFacts (JSON): ${JSON.stringify(facts)}`,
            maxTokens: 1200,
            temperature: 0.4,
          },
          (u) => runs.addLlmUsage(meta.tenantId, meta.runId, u),
        );
        return parseDraft(reply.text) ?? templateDraft(input, lead, knowledge);
      },
    },
    previews: {
      'email.send': (input, meta) => ({
        messageId: 'dry-run',
        trackingId: trackingIdFor(meta),
        to: input.to,
      }),
    },
  };
};
