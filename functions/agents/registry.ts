import type { AgentName } from '../../statemachines/catalogue';
import { createActivityStore } from '../data/activity';
import { createTenantRepository } from '../data/tenants';
import type { Platform } from '../shared/platform';
import { createBillingAgent } from './billing/agent';
import { createCalendarAgent } from './calendar/agent';
import { createCrmAgent } from './crm/agent';
import { createEmailAgent } from './email/email';
import { knowledgeSearchFor } from './email/knowledge-context';
import { createFilesAgent } from './files/agent';
import { createHttpAgent } from './http/http';
import type { AgentRegistry } from './in-process';
import { createKnowledgeAgent } from './knowledge/agent';
import { createNotifyAgent } from './notify/notify';
import { createReportAgent } from './report/report';
import { type AgentParts, type Executors, toAgentParts } from './runner';

/**
 * Every agent area's executors in one process: the supervisor's ai.task routing runs the chosen action through the
 * same executors (and the same runner: validation, dry run, idempotency) the agent Lambdas use. Each area is
 * listed here as `create<Area>Agent(platform)`. The local runtime serves ai.task from it (inProcessAgentTasks); a
 * deployed supervisor invokes the agent functions instead (functions/adapters/lambda-agents.ts).
 */
type AreaFactory = (platform: Platform) => Executors | AgentParts;

const AREAS: Partial<Record<AgentName, AreaFactory>> = {
  email: (p) => createEmailAgent({ ...p, searchKnowledge: knowledgeSearchFor(p) }),
  notify: (p) => createNotifyAgent(p),
  report: (p) => createReportAgent({ ...p, activity: createActivityStore(p) }),
  http: (p) => createHttpAgent({ ...p, ...(p.mode === 'local' ? { via: p.fetch } : {}) }),
  crm: (p) => createCrmAgent({ ...p, settings: createTenantRepository(p) }),
  calendar: (p) => createCalendarAgent({ ...p, settings: createTenantRepository(p) }),
  billing: (p) => createBillingAgent(p),
  files: (p) => createFilesAgent(p),
  knowledge: (p) => createKnowledgeAgent(p),
};

export const createAgentRegistry = (platform: Platform): AgentRegistry =>
  Object.fromEntries(
    Object.entries(AREAS).map(([area, factory]) => [area, toAgentParts((factory as AreaFactory)(platform))]),
  ) as AgentRegistry;
