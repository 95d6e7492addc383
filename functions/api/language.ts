import { toMermaid } from '../../statemachines/diagram';
import { validateWorkflow } from '../../statemachines/validate';
import type { WorkflowLanguage } from './context';

/** The workflow language as the API uses it: validation with the limits check, and the Mermaid diagram. */
export const defaultLanguage: WorkflowLanguage = {
  validate: (definition) => validateWorkflow(definition),
  diagram: (definition) => toMermaid(definition),
};
