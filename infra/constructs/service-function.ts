import { join } from 'node:path';
import type { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type * as logs from 'aws-cdk-lib/aws-logs';
import { AGENTS } from '../../statemachines/catalogue';
import { FUNCTIONS_DIR } from '../paths';
import { bundleAliases, type DynarisFunctionProps } from './function';

/** Service name -> handler entry file, relative to functions/. */
export const FUNCTION_ENTRIES: Readonly<Record<string, string>> = {
  supervisor: 'supervisor/handler.ts',
  ...Object.fromEntries(AGENTS.map((a) => [`agent-${a}`, `agents/${a}/handler.ts`])),
  /** Every API route the functions below do not serve: health, runs, approvals, settings, events, schedules, logs. */
  api: 'api/handler.ts',
  /** /workflows and below (validation, versions), except a workflow's runs and its dry run. */
  'api-workflows': 'api/workflows-handler.ts',
  /** The data modules' collections: /leads, /contacts, /bookings, /invoices, /files, /knowledge. */
  'api-data': 'api/data-handler.ts',
  /** GET /openapi.json: the generated document. */
  'api-docs': 'api/docs-handler.ts',
  /** POST /workflows/{id}/test's dry run, invoked by api-workflows: the local engine, which no API function carries. */
  'api-dry-run': 'api/dry-run-handler.ts',
  /** POST /assistant/workflows: the API with the assistant (the request parser, the model call). */
  'api-assistant': 'api/assistant-handler.ts',
  webhooks: 'webhooks/handler.ts',
  dispatcher: 'dispatcher/handler.ts',
  correlator: 'correlator/handler.ts',
  provisioner: 'provisioner/handler.ts',
  /** Created by InboundEmail (infra/constructs/inbound-email.ts) when inbound email is configured. */
  'email-ingest': 'email/handler.ts',
};

/** What every function of the platform is deployed with, whatever it does. */
export interface ServiceFunctionProps {
  readonly namePrefix: string;
  /** The environment every function gets (table, bus, files bucket, secrets key, …). */
  readonly environment: Readonly<Record<string, string>>;
  readonly logRetention: logs.RetentionDays;
  readonly removalPolicy: RemovalPolicy;
  /** Reserved concurrency by service name (`dispatcher`, `agent-email`, …). @default none reserved */
  readonly reservedConcurrency?: Readonly<Record<string, number>> | undefined;
  /** Where the handler entry files live. @default <repo>/functions */
  readonly functionsDir?: string | undefined;
}

/** DynarisFunction's props for the service `name`: its entry file, bundle aliases and reserved concurrency. */
export const serviceFunctionProps = (
  name: string,
  description: string,
  service: ServiceFunctionProps,
  extra: { readonly timeout?: Duration; readonly memorySize?: number } = {},
): DynarisFunctionProps => {
  const entry = FUNCTION_ENTRIES[name];
  if (!entry) throw new Error(`No entry file registered for function ${name}`);
  const dir = service.functionsDir ?? FUNCTIONS_DIR;
  const reserved = service.reservedConcurrency?.[name];
  const aliases = bundleAliases(name, dir);
  return {
    entry: join(dir, entry),
    ...(Object.keys(aliases).length > 0 ? { aliases } : {}),
    serviceName: name,
    functionNamePrefix: service.namePrefix,
    description,
    environment: service.environment,
    logRetention: service.logRetention,
    removalPolicy: service.removalPolicy,
    ...(reserved !== undefined ? { reservedConcurrentExecutions: reserved } : {}),
    ...extra,
  };
};
