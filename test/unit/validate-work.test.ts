import { afterEach, describe, expect, it, vi } from 'vitest';
import { validateWorkflow } from '../../statemachines/validate';

afterEach(() => {
  vi.restoreAllMocks();
});

/** Ten steps that each open nested lists (then, onEvent, forEach, parallel) reading earlier results. */
const block = (n: number): unknown[] => [
  { id: `find-${n}`, action: 'crm.findLeads', input: { status: 'new', limit: 50 } },
  {
    id: `hot-${n}`,
    if: { path: 'trigger.lead.value', gt: 10000 },
    then: [
      {
        id: `welcome-${n}`,
        action: 'email.send',
        input: { to: '{{trigger.lead.email}}', subject: 'Welcome', body: `Found {{steps.find-${n}.count}}` },
      },
    ],
  },
  {
    id: `reply-${n}`,
    waitFor: { event: 'email.received', match: { leadId: '{{trigger.lead.id}}' }, timeout: 'P2D' },
    onEvent: [
      {
        id: `thanks-${n}`,
        action: 'crm.addNote',
        input: { leadId: '{{trigger.lead.id}}', text: `Replied: {{steps.reply-${n}.event.subject}}` },
      },
    ],
  },
  {
    id: `each-${n}`,
    forEach: {
      items: `{{steps.find-${n}.leads}}`,
      steps: [{ id: `tag-${n}`, action: 'crm.updateLead', input: { leadId: '{{item.id}}', addTags: ['x'] } }],
    },
  },
  {
    id: `both-${n}`,
    parallel: [
      [{ id: `log-a-${n}`, action: 'log', input: { message: `Found {{steps.find-${n}.count}}` } }],
      [{ id: `log-b-${n}`, action: 'log', input: { message: 'b' } }],
    ],
  },
];

const workflow = (steps: number): unknown => ({
  name: `${steps} steps`,
  trigger: { type: 'event', event: 'lead.created' },
  steps: Array.from({ length: steps / 10 }, (_, i) => block(i)).flat(),
});

/** Map writes while validating (the walk's scopes, indexes and shapes are Maps; copying a scope writes one per entry). */
const mapWrites = (definition: unknown): number => {
  const set = vi.spyOn(Map.prototype, 'set');
  const report = validateWorkflow(definition);
  const writes = set.mock.calls.length;
  set.mockRestore();
  // A load shape, not a runnable workflow: its waits and loops would keep far more than 256 KiB in one run (and the
  // 1,000-step one write more than 25,000 history events), which the run-limit checks rightly report; every other
  // check must pass.
  const runLimits = new Set(['state-too-large', 'history-too-long']);
  expect(report.issues.some((i) => i.code === 'state-too-large')).toBe(true);
  const problems = report.issues.filter((i) => !runLimits.has(i.code));
  expect(problems.map((i) => `${i.path}: ${i.message}`)).toStrictEqual([]);
  return writes;
};

describe('validation work grows linearly with the steps', () => {
  it('GIVEN workflows of 100 and 1,000 steps with nested lists WHEN validated as the API does (limits checked) THEN the larger does at most 11 times the Map writes of the smaller', () => {
    const small = mapWrites(workflow(100));
    const large = mapWrites(workflow(1000));
    expect(large).toBeGreaterThan(small);
    expect(large / small).toBeLessThanOrEqual(11);
  });
});
