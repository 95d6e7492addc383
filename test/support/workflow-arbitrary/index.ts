import fc from 'fast-check';
import { Builder, TRIGGER_SCOPE } from './builder';
import { type Shape, shapes, text } from './shapes';

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
