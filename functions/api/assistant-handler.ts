import { startAwsFunction } from '../adapters/aws-platform';
import { httpErrors } from '../shared/http-errors';
import { observed } from '../shared/observability';
import { defaultErrorLog, defaultLogger } from './api';
import { apiWith } from './api-with';
import { createAssistant } from './assistant-runner';

// Deployed: the Platform from this function's environment at cold start (Bedrock's SDK loads on first use).
await startAwsFunction([]);

/**
 * The assistant function: API Gateway sends it POST /assistant/workflows only, so the request parser and its
 * tables stay out of the api function, and only this function may call the model.
 */
export const handler = observed(
  apiWith((platform) => ({ assistant: createAssistant(platform) })),
  defaultLogger,
).use(httpErrors(defaultErrorLog));
