import { describe, expect, it } from 'vitest';
import { EVENT_DETAILS } from '../../../statemachines/event-details';
import { WorkflowDefinition } from '../../../statemachines/schema';
import { runWorkflow } from '../../support/compiled-run';

describe('the compiled events.emit publishes what the workflow forwards', () => {
  it('GIVEN a workflow that forwards the trigger lead in an emitted lead.updated WHEN it runs THEN the detail parses, with the run tenant and not the one written in the definition', async () => {
    const lead = {
      id: 'L1',
      email: 'ivy@example.com',
      name: 'Ivy',
      company: null,
      phone: null,
      source: null,
      status: 'new',
      value: null,
      tags: [],
      fields: {},
      createdAt: '2026-01-05T09:00:00.000Z',
      updatedAt: '2026-01-05T09:00:00.000Z',
      version: 1,
    };
    const run = await runWorkflow(
      WorkflowDefinition.parse({
        name: 'Forward',
        trigger: { type: 'event', event: 'lead.created' },
        steps: [
          {
            id: 'emit',
            action: 'events.emit',
            input: {
              event: 'lead.updated',
              detail: { tenantId: 'someone-else', lead: '{{trigger.lead}}', changes: {} },
            },
          },
        ],
      }),
      { trigger: { tenantId: 't1', lead } },
    );
    expect(run.status).toBe('SUCCEEDED');
    const [entry] = run.inputsOfAction('events.emit')[0].Entries;
    const detail = EVENT_DETAILS['lead.updated'].parse(entry.Detail);
    expect(detail).toMatchObject({ tenantId: 't1', lead: { email: 'ivy@example.com' } });
    expect(entry.Source).toBe('dynaris.workflow');
  });
});
