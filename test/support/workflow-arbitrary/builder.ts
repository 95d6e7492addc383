import type { Cond, Shape } from './shapes';

/** Turns a shape tree into steps: ids assigned in order, references picked from what is in scope on that path. */
export interface Scope {
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

export const ACTIONS = [
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

export class Builder {
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
          'email.send': { to, subject: t, body: t, cc: [to, 'boss@acme.test'] },
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
    // a text field of free content (the status holds one of a fixed set: other values are unknown-value errors)
    const str = 'trigger.lead.email';
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

export const TRIGGER_SCOPE: Scope = {
  strings: ['trigger.lead.email', 'trigger.lead.name', 'trigger.lead.id', 'trigger.lead.createdAt'],
  numbers: ['trigger.lead.value'],
  booleans: [],
  leadLists: [],
  emails: ['trigger.lead.email'],
  leadIds: ['trigger.lead.id'],
  inLoop: false,
};
