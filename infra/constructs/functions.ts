import { join } from 'node:path';
import { Duration, type RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as destinations from 'aws-cdk-lib/aws-lambda-destinations';
import * as sources from 'aws-cdk-lib/aws-lambda-event-sources';
import type * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { DRY_RUN_LIMITS } from '../../functions/api/dry-run-limits';
import { ENV } from '../../functions/shared/config';
import { AGENTS, type AgentName } from '../../statemachines/catalogue';
import { functionTimeoutSeconds } from '../../statemachines/compile/policy';
import { FUNCTIONS_DIR } from '../paths';
import { acknowledge, REASONS } from './acknowledge';
import { bedrockModelArns, defaultBedrockModelId } from './bedrock-model';
import type { Bus } from './bus';
import { grantItemFileReads } from './distributed-maps';
import { bundleAliases, DynarisFunction } from './function';
import {
  grantFileObjects,
  grantIdempotencyWrites,
  grantSecrets,
  grantTableRead,
  grantTableReadWrite,
} from './grants';
import { deadLetterQueue } from './queues';
import type { Storage } from './storage';

/**
 * `read`: read the table, and write nothing but idempotency records (every agent records its results so a
 * retried step never acts twice). `readWrite`: the agent owns data in the table.
 */
type TableAccess = 'read' | 'readWrite';

/**
 * What each agent may touch, beyond its log group. Least privilege per area: agents that only look things up
 * get read access; only agents whose actions announce changes may publish on the bus.
 */
export interface AgentAccess {
  readonly table: TableAccess;
  readonly publishes: boolean;
  readonly sendsEmail?: boolean;
  readonly invokesModel?: boolean;
  readonly decryptsSecrets?: boolean;
  readonly files?: boolean;
  readonly memorySize?: number;
}

export const AGENT_ACCESS: Record<AgentName, AgentAccess> = {
  email: { table: 'readWrite', publishes: true, sendsEmail: true, invokesModel: true },
  crm: { table: 'readWrite', publishes: true, files: true },
  calendar: { table: 'readWrite', publishes: true },
  // Payment reminders go out by email; the daily overdue sweep runs over every tenant's open invoices.
  billing: { table: 'readWrite', publishes: true, sendsEmail: true },
  // Slack webhooks are tenant secrets; notify.team also emails the team.
  notify: { table: 'read', publishes: false, decryptsSecrets: true, sendsEmail: true },
  // Reads tenant settings (secrets decrypted on read) and summarizes with the model.
  report: { table: 'read', publishes: false, invokesModel: true, decryptsSecrets: true },
  http: { table: 'read', publishes: false, decryptsSecrets: true },
  files: { table: 'readWrite', publishes: true, files: true },
  knowledge: { table: 'read', publishes: false },
};

export const WORKFLOW_ITEM_SK = 'WORKFLOW';

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

export interface FunctionsProps {
  readonly namePrefix: string;
  readonly table: dynamodb.Table;
  readonly bus: Bus;
  readonly storage: Storage;
  /** @default the region's cross-region inference profile of BEDROCK_DEFAULT_MODEL (defaultBedrockModelId) */
  readonly bedrockModelId?: string | undefined;
  readonly sesIdentity: string;
  readonly fromAddress: string;
  readonly logRetention: logs.RetentionDays;
  readonly removalPolicy: RemovalPolicy;
  /** Reserved concurrency by service name (`dispatcher`, `agent-email`, …). */
  readonly reservedConcurrency?: Readonly<Record<string, number>>;
  /** Where the handler entry files live. @default <repo>/functions */
  readonly functionsDir?: string;
}

/** Every Lambda function of the platform, with the grants each one needs and nothing more. */
export class Functions extends Construct {
  readonly supervisor: DynarisFunction;
  readonly agents: Record<AgentName, DynarisFunction>;
  readonly api: DynarisFunction;
  readonly workflowsApi: DynarisFunction;
  readonly dataApi: DynarisFunction;
  readonly docsApi: DynarisFunction;
  readonly dryRun: DynarisFunction;
  readonly assistant: DynarisFunction;
  readonly webhooks: DynarisFunction;
  readonly dispatcher: DynarisFunction;
  readonly correlator: DynarisFunction;
  readonly provisioner: DynarisFunction;
  readonly provisionerStreamDlq;
  readonly overdueRule: events.Rule;
  readonly overdueDlq;
  /** The environment every function gets (table, bus, files bucket, secrets key, …). */
  readonly environment: Readonly<Record<string, string>>;
  /** Where the handler entry files live. */
  readonly functionsDir: string;

  constructor(scope: Construct, id: string, props: FunctionsProps) {
    super(scope, id);
    const { table, bus, storage } = props;
    const dir = props.functionsDir ?? FUNCTIONS_DIR;
    const stack = Stack.of(this);
    const modelId = props.bedrockModelId ?? defaultBedrockModelId(stack.region);
    const environment = {
      [ENV.tableName]: table.tableName,
      [ENV.eventBusName]: bus.bus.eventBusName,
      [ENV.filesBucket]: storage.filesBucket.bucketName,
      [ENV.secretsKeyId]: storage.secretsKey.keyArn,
      [ENV.bedrockModelId]: modelId,
      [ENV.fromAddress]: props.fromAddress,
    };
    this.environment = environment;
    this.functionsDir = dir;
    const make = (
      name: string,
      description: string,
      extra: { timeout?: Duration; memorySize?: number } = {},
    ) => {
      const entry = FUNCTION_ENTRIES[name];
      if (!entry) throw new Error(`No entry file registered for function ${name}`);
      const reserved = props.reservedConcurrency?.[name];
      const aliases = bundleAliases(name, dir);
      return new DynarisFunction(this, name, {
        entry: join(dir, entry),
        ...(Object.keys(aliases).length > 0 ? { aliases } : {}),
        serviceName: name,
        functionNamePrefix: props.namePrefix,
        description,
        environment,
        logRetention: props.logRetention,
        removalPolicy: props.removalPolicy,
        ...(reserved !== undefined ? { reservedConcurrentExecutions: reserved } : {}),
        ...extra,
      });
    };
    const unknownReserved = Object.keys(props.reservedConcurrency ?? {}).filter((n) => !FUNCTION_ENTRIES[n]);
    if (unknownReserved.length > 0) {
      throw new Error(`reservedConcurrency names unknown functions: ${unknownReserved.join(', ')}`);
    }

    const modelArns = bedrockModelArns(stack, modelId);
    const routedModel = modelArns.find((arn) => arn.includes(':bedrock:*::'));
    const invokeModel = (fn: DynarisFunction) => {
      fn.addToRolePolicy(
        new iam.PolicyStatement({
          sid: 'InvokeConfiguredModel',
          actions: ['bedrock:InvokeModel', 'bedrock:InvokeModelWithResponseStream'],
          resources: modelArns,
        }),
      );
      if (routedModel && fn.role) {
        const finding = routedModel.replace(/^arn:[^:]+:/, 'arn:<AWS::Partition>:');
        acknowledge(fn.role, `AwsSolutions-IAM5[Resource::${finding}]`, REASONS.inferenceProfile);
      }
    };
    const sendEmail = (fn: DynarisFunction) =>
      fn.addToRolePolicy(
        new iam.PolicyStatement({
          sid: 'SendFromVerifiedIdentity',
          actions: ['ses:SendEmail', 'ses:SendRawEmail'],
          resources: [
            stack.formatArn({ service: 'ses', resource: 'identity', resourceName: props.sesIdentity }),
          ],
        }),
      );
    const grantTable = (fn: DynarisFunction, access: TableAccess) => {
      if (access === 'readWrite') return grantTableReadWrite(table, fn);
      grantTableRead(table, fn);
      grantIdempotencyWrites(table, fn);
    };

    this.agents = Object.fromEntries(
      AGENTS.map((agent) => {
        const access = AGENT_ACCESS[agent];
        // Outlasts the longest Task timeout of its actions (statemachines/compile/policy.ts), so the Task decides.
        const fn = make(`agent-${agent}`, `Dynaris ${agent} agent`, {
          timeout: Duration.seconds(functionTimeoutSeconds(agent)),
          ...(access.memorySize ? { memorySize: access.memorySize } : {}),
        });
        grantTable(fn, access.table);
        if (access.publishes) bus.bus.grantPutEventsTo(fn);
        if (access.invokesModel) invokeModel(fn);
        if (access.decryptsSecrets) grantSecrets(storage.secretsKey, fn, 'decrypt');
        if (access.files) grantFileObjects(storage.filesBucket, fn);
        if (access.sendsEmail) sendEmail(fn);
        return [agent, fn];
      }),
    ) as Record<AgentName, DynarisFunction>;

    this.supervisor = make('supervisor', 'Dynaris supervisor: start, approval, finish, AI routing', {
      timeout: Duration.seconds(functionTimeoutSeconds('supervisor')),
    });
    // Its own records and events, the tenant's settings (read only, never their secrets: createSettingsReads), the
    // model for ai.task; the action ai.task chooses runs in that agent's function (functions/adapters/lambda-agents.ts),
    // with its grants. No KMS: the supervisor carries no secret box (its entry starts with the bus and Step Functions).
    grantTableReadWrite(table, this.supervisor);
    bus.bus.grantPutEventsTo(this.supervisor);
    invokeModel(this.supervisor);
    this.grantInvokeAgents(this.supervisor);
    this.supervisor.addEnvironment(ENV.agentFunctionArns, this.agentFunctionArns());

    // The API is served by several functions, each with its group of routes (infra/constructs/api.ts) and the
    // grants of that group only. api: runs (Step Functions, granted by WorkflowRuntime), approvals, settings (the
    // tenant's integration secrets are encrypted when saved), events, schedules, logs.
    this.api = make('api', 'Dynaris HTTP API: runs, approvals, settings, events, schedules, logs', {
      memorySize: 1024,
    });
    grantTableReadWrite(table, this.api);
    grantSecrets(storage.secretsKey, this.api, 'encryptDecrypt');
    // Workflows and their versions: saved to the table (the provisioner follows its stream); nothing else.
    this.workflowsApi = make('api-workflows', 'Dynaris HTTP API: workflows, validation, versions', {
      memorySize: 1024,
    });
    grantTableReadWrite(table, this.workflowsApi);
    // The data modules: their items, the files' content, and the events their writes announce.
    this.dataApi = make(
      'api-data',
      'Dynaris HTTP API: leads, contacts, bookings, invoices, files, knowledge',
      {
        memorySize: 1024,
      },
    );
    grantTableReadWrite(table, this.dataApi);
    bus.bus.grantPutEventsTo(this.dataApi);
    grantFileObjects(storage.filesBucket, this.dataApi);
    // GET /openapi.json: a generated document, no access to anything.
    this.docsApi = make('api-docs', 'Dynaris HTTP API: the OpenAPI document (GET /openapi.json)');

    // Dry runs record every action instead of performing it. api-workflows serves POST /workflows/{id}/test (the
    // workflow, the tenant's time zone, the caller's key and Idempotency-Key records are read and written there) and
    // invokes this function with the valid definition: the leads a crm.exportLeads reads and item files are all it
    // touches, so it reads the table and writes nothing to it.
    this.dryRun = make('api-dry-run', 'Dynaris dry runs of workflows (invoked by api-workflows)', {
      memorySize: 1024,
      timeout: Duration.seconds(DRY_RUN_LIMITS.functionSeconds), // < api-workflows' wait < API Gateway's
    });
    grantTableRead(table, this.dryRun);
    // No KMS: it decrypts nothing, and its entry carries no KMS adapter.
    // A forEach over an item file reads it; a crm.exportLeads it performs writes only to the dry run's memory.
    grantItemFileReads(this.dryRun, storage.filesBucket);
    // Only api-workflows runs dry runs: it alone may invoke the function (its unqualified ARN: no version or alias
    // wildcard), and finds it by DRY_RUN_FUNCTION.
    this.workflowsApi.addToRolePolicy(
      new iam.PolicyStatement({
        sid: 'InvokeDryRuns',
        actions: ['lambda:InvokeFunction'],
        resources: [this.dryRun.functionArn],
      }),
    );
    this.workflowsApi.addEnvironment(ENV.dryRunFunction, this.dryRun.functionName);

    // The only API route that calls the model: plain words -> a workflow definition.
    this.assistant = make(
      'api-assistant',
      'Dynaris assistant: workflows from plain words (POST /assistant/workflows)',
      {
        memorySize: 1024,
      },
    );
    grantTableReadWrite(table, this.assistant);
    // No KMS: it authenticates API keys and reads no settings; its entry carries no KMS adapter.
    invokeModel(this.assistant);

    this.webhooks = make('webhooks', 'Dynaris inbound webhooks: verify, de-duplicate, publish');
    grantTableReadWrite(table, this.webhooks);
    bus.bus.grantPutEventsTo(this.webhooks);
    grantSecrets(storage.secretsKey, this.webhooks, 'decrypt');

    this.dispatcher = make('dispatcher', 'Dynaris dispatcher: starts subscribed workflows');
    // A failed start throws: EventBridge retries the event, then parks it in the dispatch DLQ.
    grantTableReadWrite(table, this.dispatcher);

    this.correlator = make('correlator', 'Dynaris correlator: resumes waiting runs');
    grantTableReadWrite(table, this.correlator);

    this.provisioner = make('provisioner', 'Dynaris provisioner: converges workflow resources', {
      timeout: Duration.minutes(2),
    });
    grantTableReadWrite(table, this.provisioner);
    this.provisionerStreamDlq = deadLetterQueue(this, 'ProvisionerStreamDlq');
    const streamSource = dynamodb.Table.fromTableAttributes(this, 'WorkflowStream', {
      tableArn: table.tableArn,
      ...(table.tableStreamArn ? { tableStreamArn: table.tableStreamArn } : {}),
    });
    this.provisioner.addEventSource(
      new sources.DynamoEventSource(streamSource, {
        startingPosition: lambda.StartingPosition.LATEST,
        batchSize: 10,
        bisectBatchOnError: true,
        retryAttempts: 5,
        maxRecordAge: Duration.hours(6),
        reportBatchItemFailures: true,
        onFailure: new sources.SqsDlq(this.provisionerStreamDlq),
        // Only workflow items (functions/data/workflows.ts: sk WORKFLOW) concern the provisioner.
        filters: [
          lambda.FilterCriteria.filter({
            dynamodb: { Keys: { sk: { S: lambda.FilterRule.isEqual(WORKFLOW_ITEM_SK) } } },
          }),
        ],
      }),
    );
    if (this.provisioner.role)
      acknowledge(
        this.provisioner.role,
        'AwsSolutions-IAM5[Resource::*]',
        `${REASONS.listStreams} ${REASONS.xray}`,
      );
    // The API needs no invoke: on AWS a saved workflow reaches the provisioner through the table's stream.

    // Billing's daily sweep for overdue invoices.
    this.overdueDlq = deadLetterQueue(this, 'OverdueSweepDlq');
    this.overdueRule = new events.Rule(this, 'DailyOverdueSweep', {
      description: 'Daily: billing agent marks unpaid invoices past due as overdue (invoice.overdue events)',
      schedule: events.Schedule.cron({ minute: '0', hour: '6' }),
    });
    // Lambda's own retries of the asynchronous invoke end in the same queue, never silently dropped.
    this.agents.billing.configureAsyncInvoke({
      onFailure: new destinations.SqsDestination(this.overdueDlq),
      retryAttempts: 2,
      maxEventAge: Duration.hours(2),
    });
    this.overdueRule.addTarget(
      new targets.LambdaFunction(this.agents.billing, {
        event: events.RuleTargetInput.fromObject({ op: 'detectOverdue' }),
        deadLetterQueue: this.overdueDlq,
        retryAttempts: 4,
        maxEventAge: Duration.hours(2),
      }),
    );
  }

  /** Agent name -> function ARN as JSON (AGENT_FUNCTION_ARNS): the provisioner compiles with it, ai.task invokes. */
  agentFunctionArns(): string {
    return Stack.of(this).toJsonString(
      Object.fromEntries(AGENTS.map((a) => [a, this.agents[a].functionArn])),
    );
  }

  /** Lets `grantee` invoke the agent functions (unqualified ARNs) and no other function. */
  grantInvokeAgents(grantee: iam.IGrantable): void {
    grantee.grantPrincipal.addToPrincipalPolicy(
      new iam.PolicyStatement({
        sid: 'InvokeAgents',
        actions: ['lambda:InvokeFunction'],
        resources: AGENTS.map((a) => this.agents[a].functionArn),
      }),
    );
  }

  all(): DynarisFunction[] {
    return [
      this.supervisor,
      ...AGENTS.map((a) => this.agents[a]),
      this.api,
      this.workflowsApi,
      this.dataApi,
      this.docsApi,
      this.dryRun,
      this.assistant,
      this.webhooks,
      this.dispatcher,
      this.correlator,
      this.provisioner,
    ];
  }
}
