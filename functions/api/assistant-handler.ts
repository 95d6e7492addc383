// Deployed: build the Platform from this function's environment at cold start (the local runtime sets its own).
import '../adapters/aws-platform';
import middy from '@middy/core';
import { httpErrors } from '../shared/http-errors';
import { defaultErrorLog } from './api';
import { apiWith } from './api-with';
import { createAssistant } from './assistant-runner';

/**
 * The assistant function: API Gateway sends it POST /assistant/workflows only, so the request parser and its
 * tables stay out of the api function, and only this function may call the model.
 */
export const handler = middy(apiWith((platform) => ({ assistant: createAssistant(platform) }))).use(
  httpErrors(defaultErrorLog),
);
