import { describe, expect, it } from 'vitest';
import { chooseWorkflowType, longestPathSeconds, needsRunApproval } from '../../statemachines/compile';
import { WorkflowDefinition } from '../../statemachines/schema';

const def = (steps: unknown[], extra: Record<string, unknown> = {}) =>
  WorkflowDefinition.parse({ name: 'T', trigger: { type: 'manual' }, steps, ...extra });
const note = (id: string) => ({ id, action: 'crm.addNote', input: { leadId: 'L1', text: 'x' } });

describe('STANDARD or EXPRESS, chosen for cost', () => {
  it('GIVEN a short manual workflow that never waits WHEN typed THEN EXPRESS', () => {
    expect(chooseWorkflowType(def([note('a'), note('b')]))).toBe('EXPRESS');
  });

  it('GIVEN a wait, a waitFor or an approval anywhere (even nested) WHEN typed THEN STANDARD', () => {
    expect(chooseWorkflowType(def([{ id: 'w', wait: 'PT10S' }]))).toBe('STANDARD');
    expect(
      chooseWorkflowType(
        def([
          {
            id: 'i',
            if: { path: 'trigger.x', eq: 1 },
            then: [{ id: 'w', waitFor: { event: 'email.received', match: { a: 'b' }, timeout: 'PT1M' } }],
          },
        ]),
      ),
    ).toBe('STANDARD');
    expect(
      chooseWorkflowType(
        def([{ id: 'p', parallel: [[note('a')], [{ id: 'ok', approval: { message: 'ok?' } }]] }]),
      ),
    ).toBe('STANDARD');
  });

  it('GIVEN an event trigger WHEN Auto Mode may ask for approval THEN still EXPRESS (the run is approved before its execution starts), and so with autoMode true', () => {
    const trigger = { type: 'event', event: 'lead.created' };
    expect(needsRunApproval(def([note('a')], { trigger }))).toBe(true);
    expect(chooseWorkflowType(def([note('a')], { trigger }))).toBe('EXPRESS');
    expect(chooseWorkflowType(def([note('a')], { trigger, autoMode: true }))).toBe('EXPRESS');
    expect(needsRunApproval(def([note('a')]))).toBe(false);
  });

  it('GIVEN the longest path may exceed 5 minutes WHEN typed THEN STANDARD (timeouts summed, the longest branch counts)', () => {
    // 2 x 30 s supervisor + n x 60 s
    expect(longestPathSeconds(def([note('a'), note('b'), note('c'), note('d')]))).toBe(300);
    expect(chooseWorkflowType(def([note('a'), note('b'), note('c'), note('d')]))).toBe('EXPRESS');
    expect(chooseWorkflowType(def([note('a'), note('b'), note('c'), note('d'), note('e')]))).toBe('STANDARD');
    const branchy = def([
      {
        id: 'i',
        if: { path: 'trigger.x', eq: 1 },
        then: [note('a')],
        else: [note('b'), note('c'), note('d'), note('e')],
      },
    ]);
    expect(longestPathSeconds(branchy)).toBe(300);
    expect(
      longestPathSeconds(
        def([{ id: 'x', action: 'crm.addNote', input: { leadId: 'L', text: 'x' }, timeout: 'PT10M' }]),
      ),
    ).toBe(660);
  });

  it('GIVEN a forEach WHEN typed THEN its body counts once per round of assumed items', () => {
    const loop = (concurrency: number) =>
      def([{ id: 'each', forEach: { items: '{{trigger.ids}}', concurrency, steps: [note('a')] } }]);
    expect(longestPathSeconds(loop(10))).toBe(60 + 60);
    expect(longestPathSeconds(loop(2))).toBe(60 + 5 * 60);
    expect(longestPathSeconds(loop(0))).toBe(60 + 60);
    expect(chooseWorkflowType(loop(2))).toBe('STANDARD');
  });

  it('GIVEN settings WHEN typed THEN an explicit type wins, and a timeout over 5 minutes means STANDARD', () => {
    expect(chooseWorkflowType(def([{ id: 'w', wait: 'PT10S' }], { settings: { type: 'EXPRESS' } }))).toBe(
      'EXPRESS',
    );
    expect(chooseWorkflowType(def([note('a')], { settings: { type: 'STANDARD' } }))).toBe('STANDARD');
    expect(chooseWorkflowType(def([note('a')], { settings: { timeout: 'PT6M' } }))).toBe('STANDARD');
  });
});
