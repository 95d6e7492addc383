import fc from 'fast-check';

/**
 * Random VALID workflow definitions for property tests: random step trees (every kind, nested up to 3 levels),
 * with references only to what exists on that path (trigger fields, results of earlier steps that always ran,
 * the forEach item and index), inputs that satisfy the action schemas, and texts full of characters that need
 * escaping (`' { } \ * $ ( ) , "`).
 *
 * A shape tree is generated first; a deterministic builder then assigns ids and picks references from what is in
 * scope, so fast-check can shrink the shapes.
 */

type Cond = {
  kind: 'num' | 'str' | 'bool' | 'exists' | 'in' | 'time' | 'all' | 'any' | 'not';
  n: number;
  text: string;
};

type Shape =
  | {
      k: 'action';
      a: number;
      text: string;
      pick: number;
      name: string | null;
      onError: boolean;
      retry: number;
    }
  | { k: 'wait'; seconds: number; name: string | null }
  | { k: 'waitUntil'; iso: boolean }
  | { k: 'waitFor'; hours: number; onEvent: Shape[]; onTimeout: Shape[] }
  | { k: 'if'; cond: Cond; then: Shape[]; else: Shape[] | null }
  | { k: 'parallel'; branches: Shape[][]; name: string | null }
  | { k: 'forEach'; concurrency: number | null; steps: Shape[] }
  | { k: 'approval'; text: string; hours: number | null; onReject: Shape[] };

const TRICKY = [...'abcXYZ 019\'{}\\*$(),"#<>&|`é–'];
/** Literal text never holds `{{` or `}}` (they would start or end a reference). */
const text = (min = 1, max = 24) =>
  fc
    .array(fc.constantFrom(...TRICKY), { minLength: min, maxLength: max })
    .map((cs) => cs.join(''))
    .filter((s) => !s.includes('{{') && !s.includes('}}'));
const name = fc.option(
  text(1, 70).filter((s) => s.trim().length > 0),
  { nil: null, freq: 3 },
);

const cond: fc.Arbitrary<Cond> = fc.record({
  kind: fc.constantFrom('num', 'str', 'bool', 'exists', 'in', 'time', 'all', 'any', 'not'),
  n: fc.integer({ min: -5, max: 100_000 }),
  text: text(1, 10),
});

const shapes = fc.letrec<{ step: Shape; list: Shape[]; nonEmpty: Shape[] }>((tie) => ({
  step: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    {
      weight: 8,
      arbitrary: fc.record({
        k: fc.constant('action' as const),
        a: fc.nat(9),
        text: text(),
        pick: fc.nat(),
        name,
        onError: fc.boolean(),
        retry: fc.nat(4),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        k: fc.constant('wait' as const),
        seconds: fc.integer({ min: 1, max: 400_000 }),
        name,
      }),
    },
    { weight: 1, arbitrary: fc.record({ k: fc.constant('waitUntil' as const), iso: fc.boolean() }) },
    {
      weight: 2,
      arbitrary: fc.record({
        k: fc.constant('waitFor' as const),
        hours: fc.integer({ min: 1, max: 200 }),
        onEvent: tie('list'),
        onTimeout: tie('list'),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        k: fc.constant('if' as const),
        cond,
        then: tie('nonEmpty'),
        else: fc.option(tie('list'), { nil: null }),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        k: fc.constant('parallel' as const),
        branches: fc.array(tie('nonEmpty'), { minLength: 2, maxLength: 3 }),
        name,
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        k: fc.constant('forEach' as const),
        concurrency: fc.option(fc.nat(20), { nil: null }),
        steps: tie('nonEmpty'),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        k: fc.constant('approval' as const),
        text: text(),
        hours: fc.option(fc.integer({ min: 1, max: 300 }), { nil: null }),
        onReject: tie('list'),
      }),
    },
  ),
  list: fc.array(tie('step'), { maxLength: 3, depthIdentifier: 'steps' }),
  nonEmpty: fc.array(tie('step'), { minLength: 1, maxLength: 3, depthIdentifier: 'steps' }),
}));

interface Scope {
  /** Whole references to strings, usable in texts. */
  strings: string[];
  /** Numeric fields for conditions. */
  numbers: string[];
  booleans: string[];
  /** Arrays of leads, for forEach items. */
  leadLists: string[];
  /** An email address reference. */
  emails: string[];
  leadIds: string[];
  inLoop: boolean;
}

const ACTIONS = [
  'log',
  'notify.team',
  'email.send',
  'crm.addNote',
  'crm.findLeads',
  'crm.updateLead',
  'events.emit',
  'http.request',
  'ai.task',
  'crm.getLead',
] as const;

class Builder {
  #n = 0;

  id(): string {
    return `s${++this.#n}`;
  }

  /** Text with up to two references from the scope woven in. */
  text(base: string, scope: Scope, pick: number): string {
    const refs = scope.strings;
    if (refs.length === 0 || pick % 3 === 0) return base;
    const a = refs[pick % refs.length];
    const b = refs[(pick >> 2) % refs.length];
    return pick % 3 === 1 ? `${base} {{${a}}}` : `{{${a}}} ${base} {{${b}}}`;
  }

  sequence(list: readonly Shape[], scope: Scope): Record<string, unknown>[] {
    // Results of steps in this sequence become visible to the steps after them.
    const local: Scope = {
      ...scope,
      strings: [...scope.strings],
      numbers: [...scope.numbers],
      booleans: [...scope.booleans],
      leadLists: [...scope.leadLists],
      emails: [...scope.emails],
      leadIds: [...scope.leadIds],
    };
    return list.flatMap((shape) => this.step(shape, local));
  }

  step(shape: Shape, scope: Scope): Record<string, unknown>[] {
    const id = this.id();
    switch (shape.k) {
      case 'action': {
        const action = ACTIONS[shape.a % ACTIONS.length] as (typeof ACTIONS)[number];
        const t = this.text(shape.text, scope, shape.pick);
        const leadId = scope.leadIds.length
          ? `{{${scope.leadIds[shape.pick % scope.leadIds.length]}}}`
          : 'L1';
        const to = scope.emails.length
          ? `{{${scope.emails[shape.pick % scope.emails.length]}}}`
          : 'ann@acme.test';
        const inputs: Record<(typeof ACTIONS)[number], Record<string, unknown>> = {
          log: { message: t, level: 'info' },
          'notify.team': { text: t },
          'email.send': { to, subject: t, cc: [to, 'boss@acme.test'] },
          'crm.addNote': { leadId, text: t },
          'crm.findLeads': { status: 'new', limit: 5 },
          'crm.updateLead': { leadId, status: 'contacted', fields: { note: t, nested: { n: 1 } } },
          'events.emit': {
            event: 'lead.updated',
            // lead and changes: what every lead.updated carries (the validator requires them).
            detail: { lead: '{{trigger.lead}}', changes: {}, leadId, note: t, list: [t, 1] },
          },
          'http.request': { url: 'https://example.com/hook', method: 'POST', body: { text: t, n: [1, 2] } },
          'ai.task': { instruction: t },
          'crm.getLead': { leadId },
        };
        const step: Record<string, unknown> = { id, action, input: inputs[action] };
        if (shape.name) step.name = shape.name;
        if (shape.onError) step.onError = 'continue';
        if (shape.retry === 1) step.retry = { maxAttempts: 0 };
        if (shape.retry === 2) step.retry = { maxAttempts: 2, intervalSeconds: 7, backoffRate: 1.5 };
        if (!shape.onError) {
          if (action === 'crm.findLeads') {
            scope.leadLists.push(`steps.${id}.leads`);
            scope.numbers.push(`steps.${id}.count`);
          }
          if (action === 'email.send') scope.strings.push(`steps.${id}.messageId`);
          if (action === 'crm.getLead') {
            scope.strings.push(`steps.${id}.lead.email`);
            scope.leadIds.push(`steps.${id}.leadId`);
            scope.emails.push(`steps.${id}.lead.email`);
          }
          if (action === 'ai.task') scope.strings.push(`steps.${id}.result`);
        }
        return [step];
      }
      case 'wait':
        return [{ id, wait: `PT${shape.seconds}S`, ...(shape.name ? { name: shape.name } : {}) }];
      case 'waitUntil':
        return [{ id, wait: { until: shape.iso ? '2030-01-01T09:00:00Z' : '{{trigger.lead.createdAt}}' } }];
      case 'waitFor': {
        const match = { leadId: scope.leadIds.length ? `{{${scope.leadIds[0]}}}` : 'L1' };
        const onEvent = this.sequence(shape.onEvent, {
          ...scope,
          strings: [...scope.strings, `steps.${id}.event.subject`],
        });
        const onTimeout = this.sequence(shape.onTimeout, scope);
        scope.booleans.push(`steps.${id}.received`);
        return [
          {
            id,
            waitFor: { event: 'email.received', match, timeout: `PT${shape.hours}H` },
            ...(onEvent.length ? { onEvent } : {}),
            ...(onTimeout.length ? { onTimeout } : {}),
          },
        ];
      }
      case 'if':
        return [
          {
            id,
            if: this.condition(shape.cond, scope),
            then: this.sequence(shape.then, scope),
            ...(shape.else ? { else: this.sequence(shape.else, scope) } : {}),
          },
        ];
      case 'parallel':
        return [
          {
            id,
            ...(shape.name ? { name: shape.name } : {}),
            parallel: shape.branches.map((b) => this.sequence(b, scope)),
          },
        ];
      case 'forEach': {
        const before: Record<string, unknown>[] = [];
        let items = scope.leadLists.at(-1);
        if (!items) {
          const findId = this.id();
          before.push({ id: findId, action: 'crm.findLeads', input: { tag: 'x' } });
          items = `steps.${findId}.leads`;
          scope.leadLists.push(items);
          scope.numbers.push(`steps.${findId}.count`);
        }
        const body = this.sequence(shape.steps, {
          ...scope,
          strings: [...scope.strings, 'item.name', 'item.email', 'item.id'],
          numbers: [...scope.numbers, 'item.value', 'index'],
          emails: [...scope.emails, 'item.email'],
          leadIds: [...scope.leadIds, 'item.id'],
          leadLists: [],
          inLoop: true,
        });
        return [
          ...before,
          {
            id,
            forEach: {
              items: `{{${items}}}`,
              ...(shape.concurrency === null ? {} : { concurrency: shape.concurrency }),
              steps: body,
            },
          },
        ];
      }
      case 'approval':
        return [
          {
            id,
            approval: {
              message: this.text(shape.text, scope, shape.text.length),
              ...(shape.hours ? { timeout: `PT${shape.hours}H` } : {}),
            },
            ...(shape.onReject.length ? { onReject: this.sequence(shape.onReject, scope) } : {}),
          },
        ];
    }
  }

  condition(c: Cond, scope: Scope): Record<string, unknown> {
    const num = scope.numbers[c.n % scope.numbers.length] ?? 'trigger.lead.value';
    const str = 'trigger.lead.status';
    switch (c.kind) {
      case 'num':
        return { path: num, [['gt', 'gte', 'lt', 'lte', 'eq', 'ne'][Math.abs(c.n) % 6] as string]: c.n };
      case 'str':
        return { path: str, [['eq', 'ne', 'contains', 'startsWith'][Math.abs(c.n) % 4] as string]: c.text };
      case 'bool':
        return scope.booleans.length
          ? { path: scope.booleans[c.n % scope.booleans.length], eq: c.n % 2 === 0 }
          : { path: 'trigger.lead.email', exists: true };
      case 'exists':
        return { path: 'trigger.lead.name', exists: c.n % 2 === 0 };
      case 'in':
        return { path: str, in: ['new', c.text, 'contacted'] };
      case 'time':
        return { path: 'trigger.lead.createdAt', lt: '2026-06-01T00:00:00Z' };
      case 'all':
        return {
          all: [
            { path: num, gte: 0 },
            { path: str, ne: c.text },
          ],
        };
      case 'any':
        return {
          any: [
            { path: num, lt: c.n },
            { path: str, eq: 'new' },
          ],
        };
      case 'not':
        return { not: { path: str, contains: c.text } };
    }
  }
}

const TRIGGER_SCOPE: Scope = {
  strings: ['trigger.lead.email', 'trigger.lead.name', 'trigger.lead.id', 'trigger.lead.createdAt'],
  numbers: ['trigger.lead.value'],
  booleans: [],
  leadLists: [],
  emails: ['trigger.lead.email'],
  leadIds: ['trigger.lead.id'],
  inLoop: false,
};

/** A trigger (lead.created detail) carrying every field the generated workflows reference. */
export const SAMPLE_TRIGGER = {
  tenantId: 't1',
  lead: {
    id: 'L1',
    email: 'ann@acme.test',
    name: "Ann O'Hara",
    status: 'new',
    value: 12_000,
    createdAt: '2026-01-02T10:00:00Z',
    company: 'Acme',
    tags: ['x'],
  },
};

export const workflowFromShapes = (
  steps: Shape[],
  options: { name: string; autoMode: boolean | null },
): Record<string, unknown> => {
  const builder = new Builder();
  return {
    name: options.name,
    trigger: { type: 'event', event: 'lead.created' },
    ...(options.autoMode === null ? {} : { autoMode: options.autoMode }),
    steps: builder.sequence(steps, TRIGGER_SCOPE),
  };
};

/** Nesting depth of a step list (a step with children is one level deeper than its list). */
const depth = (steps: unknown): number => {
  if (!Array.isArray(steps)) return 0;
  let max = 0;
  for (const step of steps as Record<string, unknown>[]) {
    const children = [
      step.then,
      step.else,
      step.onEvent,
      step.onTimeout,
      step.onReject,
      (step.forEach as { steps?: unknown } | undefined)?.steps,
      ...((step.parallel as unknown[] | undefined) ?? []),
    ];
    max = Math.max(max, 1 + Math.max(0, ...children.map(depth)));
  }
  return max;
};

/** Random valid workflow definitions (raw JSON, as a user would write them), nested at most 8 levels (MAX_NESTING_DEPTH). */
export const validWorkflow: fc.Arbitrary<Record<string, unknown>> = fc
  .record({
    steps: shapes.nonEmpty,
    name: text(1, 80).filter((s) => s.trim().length > 0),
    autoMode: fc.option(fc.boolean(), { nil: null }),
  })
  .map(({ steps, ...options }) => workflowFromShapes(steps, options))
  .filter((def) => depth(def.steps) <= 8);
