import { startAwsFunction } from '../adapters/aws-platform';
import { httpErrors } from '../shared/http-errors';
import { observed } from '../shared/observability';
import { apiFunction } from './api-with';
import { createAssistant } from './assistant-runner';
import { ASSISTANT_ROUTES, assistantApiDeps } from './groups/assistant';
import { defaultErrorLog, defaultLogger } from './serve';

// Deployed: the Platform from this function's environment at cold start (Bedrock's SDK loads on first use).
await startAwsFunction([]);

/**
 * The assistant function: API Gateway sends it POST /assistant/workflows only, so the request parser and its
 * tables stay out of the other functions, and only this function may call the model.
 */
export const handler = observed(
  apiFunction({
    routes: ASSISTANT_ROUTES,
    deps: assistantApiDeps,
    overrides: (platform) => ({ assistant: createAssistant(platform) }),
  }),
  defaultLogger,
).use(httpErrors(defaultErrorLog));
