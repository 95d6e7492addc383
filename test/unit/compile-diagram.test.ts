import { describe, expect, it } from 'vitest';
import { escapeMermaid, toMermaid, triggerLabel } from '../../statemachines/diagram';
import { WorkflowDefinition } from '../../statemachines/schema';

const def = (steps: unknown[], extra: Record<string, unknown> = {}) =>
  WorkflowDefinition.parse({ name: 'Demo', trigger: { type: 'manual' }, steps, ...extra });

describe('Mermaid diagram of a workflow', () => {
  it('GIVEN a workflow with every step kind WHEN drawn THEN the flowchart shows the trigger, each named step and labelled outcomes', () => {
    const mermaid = toMermaid(
      def(
        [
          {
            id: 'welcome',
            name: 'Send welcome email',
            action: 'email.send',
            input: { to: 'a@b.co', subject: 'Hi' },
          },
          {
            id: 'r',
            waitFor: { event: 'email.received', match: { leadId: '{{trigger.lead.id}}' }, timeout: 'P2D' },
            onTimeout: [{ id: 'n', action: 'log', input: { message: 'silent' } }],
          },
          {
            id: 'hot',
            if: { path: 'trigger.lead.value', gt: 10000 },
            then: [{ id: 't', action: 'notify.team', input: { text: 'Hot' } }],
          },
          {
            id: 'p',
            parallel: [
              [{ id: 'a', action: 'log', input: { message: 'a' } }],
              [{ id: 'b', action: 'log', input: { message: 'b' } }],
            ],
          },
          { id: 'pause', wait: 'PT1H' },
          { id: 'find', action: 'crm.findLeads', input: {} },
          {
            id: 'each',
            forEach: {
              items: '{{steps.find.leads}}',
              concurrency: 2,
              steps: [{ id: 'c', action: 'log', input: { message: 'c' } }],
            },
          },
          {
            id: 'ok',
            approval: { message: 'Go?' },
            onReject: [{ id: 'd', action: 'log', input: { message: 'd' } }],
          },
        ],
        { trigger: { type: 'event', event: 'lead.created' } },
      ),
    );
    expect(mermaid).toBe(
      [
        'flowchart TD',
        '%% Demo',
        '  n1(["When lead.created"])',
        '  n2{{"Approval, when Auto Mode is off"}}',
        '  n1 --> n2',
        '  n3(["Run ends as rejected"])',
        '  n2 -->|"rejected"| n3',
        '  n4["Send welcome email"]',
        '  n2 -->|"approved or not needed"| n4',
        '  n5{{"Wait for reply (2 days)"}}',
        '  n4 --> n5',
        '  n6["Write log entry: silent"]',
        '  n5 -->|"timeout (2 days)"| n6',
        '  n7{"Lead value #gt; 10000?"}',
        '  n5 -->|"event arrives"| n7',
        '  n6 --> n7',
        '  n8["Notify team: Hot"]',
        '  n7 -->|"yes"| n8',
        '  n9[["Run 2 branches in parallel"]]',
        '  n8 --> n9',
        '  n7 -->|"no"| n9',
        '  n10["Write log entry: a"]',
        '  n9 -->|"branch 1"| n10',
        '  n11["Write log entry: b"]',
        '  n9 -->|"branch 2"| n11',
        '  n12(("all done"))',
        '  n10 --> n12',
        '  n11 --> n12',
        '  n13[/"Wait 1 hour"/]',
        '  n12 --> n13',
        '  n14["Find leads"]',
        '  n13 --> n14',
        '  subgraph g15["For each lead (2 at a time)"]',
        '    direction TB',
        '    n16["Write log entry: c"]',
        '  end',
        '  n14 --> g15',
        '  n17{{"Approval: Go?"}}',
        '  g15 --> n17',
        '  n18["Write log entry: d"]',
        '  n17 -->|"rejected or no decision"| n18',
        '  n18 --> n3',
        '  n19(["Done"])',
        '  n17 -->|"approved"| n19',
      ].join('\n'),
    );
  });

  it('GIVEN a manual workflow WHEN drawn THEN there is no approval gate', () => {
    expect(toMermaid(def([{ id: 'x', action: 'log', input: { message: 'x' } }]))).toBe(
      [
        'flowchart TD',
        '%% Demo',
        '  n1(["Started by hand"])',
        '  n2["Write log entry: x"]',
        '  n1 --> n2',
        '  n3(["Done"])',
        '  n2 --> n3',
      ].join('\n'),
    );
  });

  it('GIVEN autoMode false WHEN drawn THEN every automatic run visibly waits for approval', () => {
    const mermaid = toMermaid(
      def([{ id: 'x', action: 'log', input: { message: 'x' } }], {
        trigger: { type: 'webhook', source: 'typeform' },
        autoMode: false,
      }),
    );
    expect(mermaid).toContain('  n2{{"Approval before each run"}}');
    expect(mermaid).toContain('  n2 -->|"approved"| n4');
  });

  it('GIVEN labels with quotes, #, <, >, & and backticks WHEN escaped THEN they become Mermaid entity codes and cannot break out', () => {
    expect(escapeMermaid('Send "welcome" <b> & #tag `x`')).toBe(
      'Send #quot;welcome#quot; #lt;b#gt; #amp; #35;tag #96;x#96;',
    );
    expect(escapeMermaid('two\nlines')).toBe('two lines');
    const mermaid = toMermaid(
      def([{ id: 'x', name: 'Say "hi"]) --> evil', action: 'log', input: { message: 'x' } }], {
        name: 'A\nB',
      }),
    );
    expect(mermaid).toContain('  n2["Say #quot;hi#quot;]) --#gt; evil"]');
    expect(mermaid.split('\n')[1]).toBe('%% A B');
    expect(mermaid).not.toContain('"]) -->');
  });

  it('GIVEN each kind of trigger WHEN labelled THEN the label says when the workflow runs', () => {
    expect(triggerLabel({ type: 'event', event: 'invoice.overdue', filter: { x: [1] } })).toBe(
      'When invoice.overdue (filtered)',
    );
    expect(triggerLabel({ type: 'schedule', cron: '0 17 * * ? *', timezone: 'Europe/Berlin' })).toBe(
      'Schedule: cron 0 17 * * ? * (Europe/Berlin)',
    );
    expect(triggerLabel({ type: 'schedule', rate: '1 day' })).toBe('Every 1 day');
    expect(triggerLabel({ type: 'schedule', at: '2026-12-01T09:00:00', timezone: 'UTC' })).toBe(
      'Once at 2026-12-01T09:00:00 (UTC)',
    );
    expect(triggerLabel({ type: 'webhook', source: 'typeform' })).toBe('Webhook from typeform');
  });
});
