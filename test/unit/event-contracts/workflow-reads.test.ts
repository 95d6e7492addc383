import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import { isDeclaredDetailPath } from '../../../statemachines/event-details';
import type { EventName } from '../../../statemachines/events';
import { collectReferences } from '../../../statemachines/references';
import { type Step, walkSteps } from '../../../statemachines/schema';
import { TEMPLATE_IDS, templateJson } from '../../../statemachines/templates';
import { validateWorkflow } from '../../../statemachines/validate';
import { TABLE } from '../assistant/table';

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Dotted keys of an EventBridge content filter (nested objects joined, `$or` branches included). */
const filterKeys = (filter: Json, prefix = ''): string[] =>
  Object.entries(filter).flatMap(([key, value]) => {
    if (key === '$or' && Array.isArray(value))
      return value.filter(isRecord).flatMap((branch) => filterKeys(branch, prefix));
    const path = `${prefix}${key}`;
    return isRecord(value) ? filterKeys(value, `${path}.`) : [path];
  });

/** Every `path` of a condition (comparisons nested in all/any/not). */
const conditionPaths = (value: unknown): string[] => {
  if (Array.isArray(value)) return value.flatMap(conditionPaths);
  if (!isRecord(value)) return [];
  return [
    ...(typeof value.path === 'string' ? [value.path] : []),
    ...Object.values(value).flatMap(conditionPaths),
  ];
};

const detailPath = (segments: readonly string[]) => segments.join('.');

/**
 * What a workflow reads from bus event details that EVENT_DETAILS does not declare: trigger references, condition
 * paths and filter keys (against the trigger event), waitFor match keys and `steps.<wait>.event.…` references
 * (against the awaited event).
 */
const undeclaredReads = (definition: unknown): string[] => {
  if (!isRecord(definition)) return ['not a workflow'];
  const problems: string[] = [];
  const trigger = isRecord(definition.trigger) ? definition.trigger : {};
  const triggerEvent = trigger.type === 'event' ? (trigger.event as EventName) : undefined;
  const check = (event: EventName, path: string, where: string) => {
    if (!isDeclaredDetailPath(event, path)) problems.push(`${where}: ${event} has no "${path}"`);
  };
  if (triggerEvent) {
    if (isRecord(trigger.filter))
      for (const key of filterKeys(trigger.filter)) check(triggerEvent, key, 'trigger filter');
    for (const { ref } of collectReferences(definition.steps))
      if (ref.root === 'trigger') check(triggerEvent, detailPath(ref.segments), `{{${ref.expression}}}`);
    for (const path of conditionPaths(definition.steps))
      if (path.startsWith('trigger.'))
        check(triggerEvent, path.slice('trigger.'.length), `condition ${path}`);
  }
  const waits = new Map<string, EventName>();
  for (const { step } of walkSteps((definition.steps ?? []) as Step[])) {
    if (!('waitFor' in step)) continue;
    const event = step.waitFor.event as EventName;
    waits.set(step.id, event);
    for (const key of Object.keys(step.waitFor.match ?? {})) check(event, key, `waitFor ${step.id} match`);
  }
  for (const { ref } of collectReferences(definition.steps)) {
    const [stepId, field, ...rest] = ref.segments;
    const event = ref.root === 'steps' && stepId ? waits.get(stepId) : undefined;
    if (event && field === 'event' && rest.length > 0)
      check(event, detailPath(rest), `{{${ref.expression}}}`);
  }
  return problems;
};

/** The prompts of the parser's table test (test/unit/assistant-parser.test.ts), read from its source. */
/** Every request of the assistant's development table (test/unit/assistant/table). */
const parserTablePrompts = (): string[] =>
  Object.values(TABLE).flatMap((cases) => cases.map(([prompt]) => prompt));

/** Sentences for every event the parser knows, beyond the table (one subject each). */
const EVENT_PROMPTS = [
  'When a lead is updated, send them an email and notify the team',
  'When an email is sent, notify the team',
  'When a file is uploaded, notify the team',
  'When a booking is cancelled, email the attendee and notify the team',
  'When an invoice is created, send a thank-you email and notify the team',
  'When an invoice is paid, send a thank-you email',
  'When an invoice is overdue, send a payment reminder and notify the team',
  'When a form is submitted, send them a welcome email and notify the team',
  'When a lead replies, notify the team',
  'When a meeting is booked, send a confirmation email and add a note',
  'When a workflow fails, notify the team',
  "If a customer doesn't pay within 7 days, send a payment reminder",
  "If a lead doesn't book a meeting within two days, send a follow-up email",
];

describe('what workflows read from events is declared', () => {
  it.each(TEMPLATE_IDS)(
    'GIVEN template %s WHEN its trigger references, conditions, filters and waits are read THEN each names a declared detail field',
    (id) => {
      expect(undeclaredReads(templateJson(id))).toStrictEqual([]);
    },
  );

  it('GIVEN the parser table WHEN its prompts are read from the test source THEN there are many of them', () => {
    expect(parserTablePrompts().length).toBeGreaterThanOrEqual(150);
    expect(parserTablePrompts()).toContain("If a lead doesn't respond in 2 days, send a reminder email");
  });

  it.each([...parserTablePrompts(), ...EVENT_PROMPTS])(
    'GIVEN the prompt "%s" WHEN parsed THEN every field it reads from an event detail is declared',
    (prompt) => {
      const result = parsePrompt(prompt);
      if (!result.ok) throw new Error(`not understood: ${result.problems.join('; ')}`);
      expect(undeclaredReads(result.definition)).toStrictEqual([]);
      expect(validateWorkflow(result.definition).issues).toStrictEqual([]);
    },
  );

  it('GIVEN a template reading a field no publisher sends WHEN checked THEN it is reported', () => {
    const definition = {
      name: 'x',
      trigger: { type: 'event', event: 'email.sent', filter: { lead: { stage: ['new'] } } },
      steps: [
        { id: 'a', action: 'log', input: { message: '{{trigger.lead.emial}} {{trigger.leadId}}' } },
        {
          id: 'w',
          waitFor: { event: 'invoice.paid', match: { invoiceId: '{{trigger.leadId}}' }, timeout: 'P1D' },
        },
      ],
    };
    expect(undeclaredReads(definition)).toStrictEqual([
      'trigger filter: email.sent has no "lead.stage"',
      '{{trigger.lead.emial}}: email.sent has no "lead.emial"',
      'waitFor w match: invoice.paid has no "invoiceId"',
    ]);
  });
});

describe('the validator reads the derived fields', () => {
  const refs = (event: EventName, message: string) =>
    validateWorkflow({
      name: 'x',
      trigger: { type: 'event', event },
      steps: [{ id: 'a', action: 'log', input: { message } }],
    }).issues.map((i) => i.code);

  it.each([
    ['email.received', '{{trigger.inReplyTo}} {{trigger.webhook.deliveryId}}'],
    ['workflow.started', '{{trigger.version}} {{trigger.triggerType}}'],
    ['approval.requested', '{{trigger.message}} {{trigger.approvers.0}}'],
    ['email.sent', '{{trigger.lead.status}} {{trigger.workflowId}}'],
    ['form.submitted', '{{trigger.fields.anything}} {{trigger.lead.email}}'],
  ] as [EventName, string][])(
    'GIVEN a %s trigger WHEN %s is referenced THEN it is accepted',
    (event, message) => {
      expect(refs(event, message)).toStrictEqual([]);
    },
  );

  it.each([
    ['email.received', '{{trigger.leadid}}'],
    ['booking.cancelled', '{{trigger.lead.id}}'],
    ['workflow.failed', '{{trigger.result.status}}'],
  ] as [EventName, string][])(
    'GIVEN a %s trigger WHEN %s is referenced THEN it is refused',
    (event, message) => {
      expect(refs(event, message)).toContain('unknown-field');
    },
  );
});
