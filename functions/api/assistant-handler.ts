// First: JSON.parse exact for escaped keys before any module parses (functions/shared/json-parse.ts).
import '../shared/json-parse-install';
import { startAwsFunctionWith } from '../adapters/aws-platform-core';
import { httpErrors } from '../shared/http-errors';
import { observed } from '../shared/observability';
import { apiFunction } from './api-with';
import { createAssistant } from './assistant-runner';
import { ASSISTANT_ROUTES, assistantApiDeps } from './groups/assistant';
import { defaultErrorLog, defaultLogger } from './serve';

// Deployed: the Platform from this function's environment at cold start (Bedrock's SDK loads on first use), without
// the adapters it never uses (SES, EventBridge, KMS, S3): its route reads the table and asks the model.
await startAwsFunctionWith({});

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
