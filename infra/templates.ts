import { compileWorkflow } from '../statemachines/compile';
import { TEMPLATE_IDS, TEMPLATES } from '../statemachines/templates';
import type { BuiltInTemplate } from './constructs/built-in-workflows';

/** The templates of statemachines/templates/, as the BuiltInWorkflows construct deploys them. */
export const loadTemplates = (): ReadonlyMap<string, BuiltInTemplate> =>
  new Map(
    TEMPLATE_IDS.map((id) => {
      const definition = TEMPLATES[id];
      const template: BuiltInTemplate = {
        id,
        name: definition.name,
        trigger: definition.trigger,
        compile: (resolver) => {
          const compiled = compileWorkflow(definition, { resolver });
          return { definition: compiled.definition, type: compiled.type };
        },
      };
      return [id, template];
    }),
  );
