import * as z from 'zod/mini';
import { ACTION_NAMES, getAction } from '../../statemachines/catalogue';

/**
 * The JSON Schema of each agent-performed action's input, as ai.task offers it to the model (a Bedrock tool's
 * inputSchema). Rendered at build time into tool-schemas.generated.json (`npm run generate`; the generated-files test
 * fails when it is stale), so the supervisor's bundle carries the JSON and not zod's JSON Schema converter (~20 KB,
 * compiled at every cold start for one invocation kind). Only the generator and the tests import this module.
 */
export const renderToolSchemas = (): Record<string, Record<string, unknown>> => {
  const schemas: Record<string, Record<string, unknown>> = {};
  for (const name of ACTION_NAMES) {
    const spec = getAction(name);
    if (spec?.performer.kind !== 'agent') continue;
    const { $schema: _drop, ...schema } = z.toJSONSchema(spec.input, {
      unrepresentable: 'any',
      io: 'input',
    }) as Record<string, unknown>;
    schemas[name] = schema;
  }
  return schemas;
};
