import * as z from 'zod/mini';
import { workflowGraph } from '../../../statemachines/graph';
import { builtOnFirstUse, described, withMeta } from '../../../statemachines/zod-kit';
import { type AnyRoute, defineRoute, ok } from '../../shared/http';
import type { ApiContext } from '../context';
import { ValidationReport } from '../schemas';

/**
 * Validation without saving: what an editor calls as the user types (every problem with its JSON path, structural
 * and semantic alike, always 200), with the compiled graph and the Mermaid diagram of a valid definition.
 */

const route = defineRoute<ApiContext>();

const GraphNode = /* @__PURE__ */ builtOnFirstUse(() =>
  z.object({
    id: described(z.string(), 'The state name, as in the Step Functions console'),
    kind: z.enum(['Task', 'Pass', 'Wait', 'Choice', 'Parallel', 'Map', 'Succeed', 'Fail', 'Join']),
    stepId: described(z.optional(z.string()), 'The workflow step this state performs'),
    parent: described(z.optional(z.string()), 'The Parallel or Map state this state runs inside'),
    comment: z.optional(z.string()),
  }),
);
const GraphEdge = /* @__PURE__ */ builtOnFirstUse(() =>
  z.object({
    from: z.string(),
    to: z.string(),
    kind: z.enum(['next', 'choice', 'default', 'catch', 'branch', 'join']),
    label: z.optional(z.string()),
  }),
);
export const StateGraph = /* @__PURE__ */ builtOnFirstUse(() =>
  withMeta(z.object({ startAt: z.string(), nodes: z.array(GraphNode()), edges: z.array(GraphEdge()) }), {
    id: 'StateGraph',
  }),
);

export const ValidateWorkflowBody = /* @__PURE__ */ (() =>
  z.strictObject({
    definition: described(z.unknown(), 'A workflow definition, valid or not'),
  }))();

export const WorkflowCheck = /* @__PURE__ */ builtOnFirstUse(() =>
  withMeta(
    z.object({
      valid: z.boolean(),
      issues: ValidationReport().shape.issues,
      warnings: ValidationReport().shape.warnings,
      graph: described(z.nullable(StateGraph()), 'The compiled state machine as a graph; null when invalid'),
      diagram: described(z.string(), 'Mermaid flowchart; empty when invalid'),
    }),
    { id: 'WorkflowCheck' },
  ),
);

export const validationRoutes: AnyRoute<ApiContext>[] = [
  route({
    operationId: 'validateWorkflow',
    method: 'POST',
    path: '/workflows/validate',
    docs: typeof DYNARIS_BUNDLE === 'undefined' && {
      summary:
        'Validate a definition without saving it; a valid one comes with its compiled graph and diagram',
      description:
        'Always 200 for any JSON definition: `issues` lists every problem with its JSONPath (`$.steps[0].action`); ' +
        '`warnings` lists what may fail at run time without making the definition invalid (a reference that may be ' +
        'null or absent where a step needs a value). Nothing is stored.',
      tags: ['Workflows'],
      responses: { 200: { description: 'The validation report', schema: WorkflowCheck } },
    },
    auth: 'tenant',
    body: ValidateWorkflowBody,
    async handler(req, ctx) {
      const report = ctx.deps.language.validate(req.body.definition);
      const definition = report.valid ? report.definition : undefined;
      return ok({
        valid: report.valid,
        issues: report.issues,
        warnings: report.warnings,
        graph: definition ? workflowGraph(definition) : null,
        diagram: definition ? ctx.deps.language.diagram(definition) : '',
      });
    },
  }),
];
