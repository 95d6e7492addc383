import { createEmailAgent } from '../../../functions/agents/email/email';
import type { Mailer, OutgoingEmail, PublishedEvent } from '../../../functions/shared/ports';
import type { WorkflowDefinition } from '../../../statemachines/schema';

/** A clock that moves forward 1 ms on every read, so newest-first orderings are deterministic. */
export const tickingClock = (start = '2026-11-25T10:00:00.000Z') => {
  let now = new Date(start).getTime();
  return {
    now: () => new Date(now++),
    set: (iso: string) => {
      now = new Date(iso).getTime();
    },
    advance: (ms: number) => {
      now += ms;
    },
  };
};

export const recordingBus = () => {
  const events: PublishedEvent[] = [];
  return {
    events,
    async publish(batch: readonly PublishedEvent[]) {
      events.push(...batch);
    },
    ofType: (type: string) => events.filter((e) => e.detailType === type),
  };
};

export const definition = (name: string, extra: Partial<WorkflowDefinition> = {}): WorkflowDefinition =>
  ({
    name,
    trigger: { type: 'event', event: 'lead.created' },
    steps: [
      {
        id: 'welcome',
        action: 'email.send',
        input: { to: '{{trigger.lead.email}}', subject: 'Welcome', body: 'Hello' },
      },
    ],
    ...extra,
  }) as WorkflowDefinition;

/** An email agent (no model, no knowledge base) whose mailer records what it sends, and that record. */
export const recordingEmailAgent = (
  deps: Pick<Parameters<typeof createEmailAgent>[0], 'db' | 'clock'>,
  fromAddress: string,
) => {
  const sent: OutgoingEmail[] = [];
  const mailer: Mailer = {
    send: async (e) => {
      sent.push(e);
      return { messageId: `m-${sent.length}` };
    },
  };
  const agent = createEmailAgent({ ...deps, bus: recordingBus(), mailer, llm: undefined, fromAddress });
  return { agent, sent };
};
