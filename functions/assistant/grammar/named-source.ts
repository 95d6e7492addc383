import type { Condition } from '../../../statemachines/schema';

/**
 * "new lead with source etsy", "a new contact comes in with source justgiving", "new lead from hitched (source =
 * hitched)" (read "with source hitched", value-glosses.ts): the source field named with "with" on the trigger's noun
 * says which leads start the workflow, the trigger's filter (as a tag is). "a lead from etsy", "if the source is
 * etsy" and a bare bracket after the event ("lead.created (source: webinar)") stay a step's test (docs/assistant.md,
 * the trigger row; session 41: 8 development rows expect the filter for "with source" and its brackets; about 50
 * the test for "from etsy", 4 the filter).
 */
const NAMED = /^\s*with\s+(?:the\s+|a\s+)?(?:lead\s+)?source\b/;

export const namedSource = (
  text: string,
  condition: Condition | undefined,
): Record<string, string[]> | undefined => {
  if (!NAMED.test(text) || !condition || !('path' in condition)) return undefined;
  return condition.path === 'trigger.lead.source' && typeof condition.eq === 'string'
    ? { 'lead.source': [condition.eq] }
    : undefined;
};

/** A condition read on the trigger, as the step's test or, for the source named on its noun, the trigger's filter. */
export const testOrFilter = (
  text: string,
  read: { readonly condition?: Condition | undefined; readonly filter?: Record<string, unknown> | undefined },
): { condition: Condition | undefined; filter: Record<string, unknown> | undefined } => {
  const named = namedSource(text, read.condition);
  return named ? { condition: undefined, filter: named } : { condition: read.condition, filter: read.filter };
};
