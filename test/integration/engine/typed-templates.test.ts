import { describe, expect, it } from 'vitest';
import { dryRunWorkflow } from '../../../functions/engine/dry-run';
import { SupervisorRequestApproval } from '../../../statemachines/contracts';
import { WorkflowDefinition } from '../../../statemachines/schema';
import { validateWorkflow } from '../../../statemachines/validate';

/**
 * The validator and the run agree on what a reference may hold where it is used: text around a reference is
 * States.Format, which renders text, numbers and true/false and fails the run on a list or an object; a whole
 * reference passes its value as is, to a place that expects one type. Every definition below is validated and then
 * run by the local engine from its compiled state machine: the validator accepts exactly the ones that succeed.
 */
const NOW = new Date('2026-03-02T09:00:00.000Z');
const BOOKING = {
  id: 'b1',
  title: 'Haircut',
  start: '2026-03-02T10:00:00.000Z',
  end: '2026-03-02T10:30:00.000Z',
  status: 'confirmed',
  attendeeEmail: 'ana@example.com',
  leadId: null,
  location: null,
};
const OPTIONS = {
  now: NOW,
  tenantId: 't1',
  workflowId: 'w1',
  outputs: {
    find: { bookings: [BOOKING], count: 1, text: 'Mon 2 Mar 10:00–10:30 Haircut · ana@example.com' },
  },
} as const;

/**
 * The run went through, and what it handed the supervisor fits its contract (an approval's message is text:
 * SupervisorRequestApproval, which the dry run's recorder does not parse).
 */
const ranWell = (run: Awaited<ReturnType<typeof dryRunWorkflow>>): boolean =>
  run.status === 'SUCCEEDED' &&
  run.steps.every(
    (s) =>
      s.action !== 'approval' ||
      SupervisorRequestApproval.shape.message.safeParse((s.input as { message?: unknown }).message).success,
  );

const FIND = { id: 'find', action: 'calendar.find', input: { day: 'today' } };

/** A referenced value of each kind: the bookings found (a list), one booking (an object), fields of it. */
const REFERENCES = {
  list: '{{steps.find.bookings}}',
  object: '{{steps.find.bookings.0}}',
  text: '{{steps.find.bookings.0.title}}',
  number: '{{steps.find.count}}',
  /** The whole list, rendered by the find as one text. */
  'list as text': '{{steps.find.text}}',
} as const;

/** Where a reference is used: [label, steps using it]. */
const PLACES: readonly (readonly [string, (ref: string) => unknown[]])[] = [
  ['text of a message', (ref) => [{ id: 'say', action: 'notify.team', input: { text: `Today: ${ref}` } }]],
  [
    'subject of an email',
    (ref) => [
      {
        id: 'mail',
        action: 'email.send',
        input: { to: 'a@example.com', subject: `${ref} booked`, body: 'Hello' },
      },
    ],
  ],
  ['a log line', (ref) => [{ id: 'note', action: 'log', input: { message: `found ${ref}` } }]],
  ['an approval message', (ref) => [{ id: 'ok', approval: { message: `Confirm ${ref}?` } }]],
  ['a whole-reference approval message', (ref) => [{ id: 'ok', approval: { message: ref } }]],
];

const definitionOf = (steps: unknown[]): unknown => ({
  name: 'Typed templates',
  trigger: { type: 'manual' },
  steps: [FIND, ...steps],
});

describe('the validator accepts exactly the references the run can render', () => {
  for (const [place, stepsWith] of PLACES)
    for (const [kind, ref] of Object.entries(REFERENCES))
      it(`GIVEN ${kind === 'list' || kind === 'object' ? 'a' : 'one'} ${kind} referenced in ${place} WHEN validated and dry-run THEN the validator accepts it exactly when the run succeeds`, async () => {
        const raw = definitionOf(stepsWith(ref));
        const report = validateWorkflow(raw);
        const ran = ranWell(await dryRunWorkflow(WorkflowDefinition.parse(raw), {}, OPTIONS));
        expect({ kind, valid: report.valid }).toStrictEqual({ kind, valid: ran });
      });
});

describe('a list or an object inside text is refused with its path', () => {
  it('GIVEN the bookings found referenced in a message text WHEN validated THEN a type-mismatch at the input names the list and says to go through it with forEach', () => {
    const report = validateWorkflow(
      definitionOf([{ id: 'say', action: 'notify.team', input: { text: 'Today: {{steps.find.bookings}}' } }]),
    );
    expect(report.issues.map(({ path, code }) => ({ path, code }))).toStrictEqual([
      { path: '$.steps[1].input.text', code: 'type-mismatch' },
    ]);
    expect(report.issues[0]?.message).toContain('{{steps.find.bookings}} is a list');
    expect(report.issues[0]?.message).toContain('use {{steps.find.text}} (the list as text)');
    expect(report.issues[0]?.message).toContain('forEach');
  });

  it('GIVEN a list with no text beside it (a trigger field, a field inside a found record) WHEN put in text THEN the refusal offers forEach only', () => {
    const report = validateWorkflow({
      name: 'Tags',
      trigger: { type: 'event', event: 'lead.created' },
      steps: [{ id: 'say', action: 'notify.team', input: { text: 'Tags: {{trigger.lead.tags}}' } }],
    });
    expect(report.issues.map((i) => i.code)).toStrictEqual(['type-mismatch']);
    expect(report.issues[0]?.message).not.toContain('as text');
    expect(report.issues[0]?.message).toContain('forEach');
  });

  it("GIVEN the trigger's lead (an object) inside an email body WHEN validated THEN it is refused naming the lead's fields to choose from", () => {
    const report = validateWorkflow({
      name: 'Lead object',
      trigger: { type: 'event', event: 'lead.created' },
      steps: [
        {
          id: 'mail',
          action: 'email.send',
          input: { to: '{{trigger.lead.email}}', subject: 'Hi', body: 'New lead: {{trigger.lead}}' },
        },
      ],
    });
    const issue = report.issues.find((i) => i.path === '$.steps[0].input.body');
    expect(issue?.code).toBe('type-mismatch');
    expect(issue?.message).toContain('{{trigger.lead}} is an object');
    expect(issue?.message).toContain('email');
  });

  it('GIVEN a field of each booking inside a forEach body and the count in text WHEN validated THEN both are accepted', () => {
    const report = validateWorkflow(
      definitionOf([
        {
          id: 'each',
          forEach: {
            items: '{{steps.find.bookings}}',
            steps: [
              { id: 'say', action: 'notify.team', input: { text: '{{item.title}} at {{item.start}}' } },
            ],
          },
        },
        { id: 'total', action: 'notify.team', input: { text: '{{steps.find.count}} bookings today' } },
      ]),
    );
    expect(report.issues).toStrictEqual([]);
  });

  it('GIVEN a wait until a whole reference to a list WHEN validated THEN it is refused: a wait needs a timestamp', () => {
    const report = validateWorkflow(
      definitionOf([{ id: 'later', wait: { until: '{{steps.find.bookings}}' } }]),
    );
    expect(report.issues.map(({ path, code }) => ({ path, code }))).toStrictEqual([
      { path: '$.steps[1].wait.until', code: 'type-mismatch' },
    ]);
  });
});

describe('approvers named through references', () => {
  it("GIVEN an approval whose approvers are the lead's owner by reference and a fixed address WHEN dry-run THEN the approval is asked of the rendered addresses, never of the braces", async () => {
    const definition = WorkflowDefinition.parse({
      name: 'Owner approves',
      trigger: { type: 'event', event: 'lead.created' },
      steps: [
        {
          id: 'ok',
          approval: {
            message: 'Approve {{trigger.lead.name}}?',
            approvers: ['{{trigger.lead.email}}', 'boss@example.com'],
          },
        },
      ],
    });
    expect(validateWorkflow(definition).issues).toStrictEqual([]);
    const run = await dryRunWorkflow(
      definition,
      { lead: { name: 'Ana', email: 'ana@example.com' } },
      OPTIONS,
    );
    expect(run.steps.find((s) => s.id === 'ok')?.input).toStrictEqual({
      message: 'Approve Ana?',
      approvers: ['ana@example.com', 'boss@example.com'],
    });
  });
});
