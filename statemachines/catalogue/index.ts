import type * as z from 'zod/mini';
import { CALENDAR_AND_BILLING_ACTIONS } from './calendar-billing';
import { CRM_ACTIONS } from './crm';
import { EMAIL_ACTIONS } from './messaging';
import { NOTIFY_AND_REPORT_ACTIONS } from './notify-report';
import type { ActionSpec, AgentName } from './spec';
import { TOOL_ACTIONS } from './tools';

/**
 * The action catalogue: one registry, read by the validator, the compiler, the assistant, the local runtime, the
 * agents and the docs. Action names are a public contract. Each area's actions are in their own file; this is
 * their union, in the order the docs list them.
 */
export const CATALOGUE = {
  ...EMAIL_ACTIONS,
  ...CRM_ACTIONS,
  ...CALENDAR_AND_BILLING_ACTIONS,
  ...NOTIFY_AND_REPORT_ACTIONS,
  ...TOOL_ACTIONS,
} as const satisfies Record<string, ActionSpec>;

export {
  type ActionRetry,
  type ActionSpec,
  AGENTS,
  AgentName,
  LeadSummary,
  nullMeansAbsent,
  type Performer,
  withoutNullOptionals,
} from './spec';

export type ActionName = keyof typeof CATALOGUE;
export const ACTION_NAMES = Object.keys(CATALOGUE) as ActionName[];

export type ActionInput<A extends ActionName> = z.infer<(typeof CATALOGUE)[A]['input']>;
export type ActionOutput<A extends ActionName> = z.infer<(typeof CATALOGUE)[A]['output']>;

export const isActionName = (name: string): name is ActionName => Object.hasOwn(CATALOGUE, name);

export const getAction = (name: string): ActionSpec | undefined =>
  isActionName(name) ? (CATALOGUE[name] as unknown as ActionSpec) : undefined;

export const actionsOfAgent = (agentName: AgentName): ActionName[] =>
  ACTION_NAMES.filter((n) => {
    const p = CATALOGUE[n].performer;
    return p.kind === 'agent' && p.agent === agentName;
  });
