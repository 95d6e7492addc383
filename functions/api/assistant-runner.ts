import { createWorkflowFromPrompt } from '../assistant/assistant';
import { Logger } from '../shared/logger';
import type { Platform } from '../shared/platform';
import type { Assistant } from './context';

const logger = new Logger({ serviceName: 'assistant' });

/** The assistant over the platform's model (functions/assistant): plain words -> a validated workflow. */
export const createAssistant = (platform: Platform): Assistant => ({
  createWorkflowFromPrompt: async ({ tenantId, prompt }) => ({
    ...(await createWorkflowFromPrompt(
      {
        llm: platform.llm,
        // Token use per request, in the function's structured log (metric filters can sum it per tenant).
        recordUsage: (usage) => logger.info('assistant token use', { tenantId, ...usage }),
      },
      prompt,
    )),
  }),
});
