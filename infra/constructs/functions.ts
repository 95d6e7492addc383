import { Duration, type RemovalPolicy, Stack } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as logs from 'aws-cdk-lib/aws-logs';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { ENV } from '../../functions/shared/config';
import { AGENTS, type AgentName } from '../../statemachines/catalogue';
import { functionTimeoutSeconds } from '../../statemachines/compile/policy';
import { FUNCTIONS_DIR } from '../paths';
import { AgentFunction } from './agent-function';
import { bedrockModelArns, defaultBedrockModelId, grantInvokeModel } from './bedrock-model';
import type { Bus } from './bus';
import { DryRunFunction } from './dry-run-function';
import { DynarisFunction } from './function';
import { grantFileObjects, grantSecrets, grantTableReadWrite } from './grants';
import { OverdueSweep } from './overdue-sweep';
import { ProvisionerFunction } from './provisioner-function';
import { FUNCTION_ENTRIES, type ServiceFunctionProps, serviceFunctionProps } from './service-function';
import type { Storage } from './storage';

export { AGENT_ACCESS, type AgentAccess } from './agent-function';
export { WORKFLOW_ITEM_SK } from './provisioner-function';
export { FUNCTION_ENTRIES } from './service-function';

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
  /** Reserved concurrency by service name (`dispatcher`, `agent-email`, …). @default none reserved */
  readonly reservedConcurrency?: Readonly<Record<string, number>>;
  /** Where the handler entry files live. @default <repo>/functions */
  readonly functionsDir?: string;
}

/**
 * Every Lambda function of the platform, with the grants each one needs and nothing more. The functions are children
 * of this construct with their service name as id (and so their logical ids, and the permission ids other constructs
 * derive from them); each concern with more than its grants is its own construct: AgentFunction, DryRunFunction,
 * ProvisionerFunction, OverdueSweep.
 */
export class Functions extends Construct {
  readonly supervisor: DynarisFunction;
  readonly agents: Record<AgentName, AgentFunction>;
  readonly api: DynarisFunction;
  readonly workflowsApi: DynarisFunction;
  readonly dataApi: DynarisFunction;
  readonly docsApi: DynarisFunction;
  readonly dryRun: DryRunFunction;
  readonly assistant: DynarisFunction;
  readonly webhooks: DynarisFunction;
  readonly dispatcher: DynarisFunction;
  readonly correlator: DynarisFunction;
  readonly provisioner: ProvisionerFunction;
  readonly provisionerStreamDlq: sqs.Queue;
  readonly overdueRule: OverdueSweep;
  readonly overdueDlq: sqs.Queue;
  /** The environment every function gets (table, bus, files bucket, secrets key, …). */
  readonly environment: Readonly<Record<string, string>>;
  /** Where the handler entry files live. */
  readonly functionsDir: string;

  constructor(scope: Construct, id: string, props: FunctionsProps) {
    super(scope, id);
    const { table, bus, storage } = props;
    const stack = Stack.of(this);
    const modelId = props.bedrockModelId ?? defaultBedrockModelId(stack.region);
    this.environment = {
      [ENV.tableName]: table.tableName,
      [ENV.eventBusName]: bus.bus.eventBusName,
      [ENV.filesBucket]: storage.filesBucket.bucketName,
      [ENV.secretsKeyId]: storage.secretsKey.keyArn,
      [ENV.bedrockModelId]: modelId,
      [ENV.fromAddress]: props.fromAddress,
    };
    this.functionsDir = props.functionsDir ?? FUNCTIONS_DIR;
    const service: ServiceFunctionProps = {
      namePrefix: props.namePrefix,
      environment: this.environment,
      logRetention: props.logRetention,
      removalPolicy: props.removalPolicy,
      reservedConcurrency: props.reservedConcurrency,
      functionsDir: this.functionsDir,
    };
    const unknownReserved = Object.keys(props.reservedConcurrency ?? {}).filter((n) => !FUNCTION_ENTRIES[n]);
    if (unknownReserved.length > 0) {
      throw new Error(`reservedConcurrency names unknown functions: ${unknownReserved.join(', ')}`);
    }
    const make = (
      name: string,
      description: string,
      extra: Parameters<typeof serviceFunctionProps>[3] = {},
    ) => new DynarisFunction(this, name, serviceFunctionProps(name, description, service, extra));
    const modelArns = bedrockModelArns(stack, modelId);

    this.agents = Object.fromEntries(
      AGENTS.map((agent) => [
        agent,
        new AgentFunction(this, `agent-${agent}`, {
          ...service,
          agent,
          table,
          eventBus: bus.bus,
          filesBucket: storage.filesBucket,
          secretsKey: storage.secretsKey,
          modelArns,
          sesIdentity: props.sesIdentity,
        }),
      ]),
    ) as Record<AgentName, AgentFunction>;

    this.supervisor = make('supervisor', 'Dynaris supervisor: start, approval, finish, AI routing', {
      timeout: Duration.seconds(functionTimeoutSeconds('supervisor')),
    });
    // Its own records and events, the tenant's settings (read only, never their secrets: createSettingsReads), the
    // model for ai.task; the action ai.task chooses runs in that agent's function (functions/adapters/lambda-agents.ts),
    // with its grants. No KMS: the supervisor carries no secret box (its entry starts with the bus and Step Functions).
    grantTableReadWrite(table, this.supervisor);
    bus.bus.grantPutEventsTo(this.supervisor);
    grantInvokeModel(this.supervisor, modelArns);
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
    this.dryRun = new DryRunFunction(this, 'api-dry-run', {
      ...service,
      table,
      filesBucket: storage.filesBucket,
    });
    this.dryRun.grantDryRuns(this.workflowsApi);

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
    grantInvokeModel(this.assistant, modelArns);

    this.webhooks = make('webhooks', 'Dynaris inbound webhooks: verify, de-duplicate, publish');
    grantTableReadWrite(table, this.webhooks);
    bus.bus.grantPutEventsTo(this.webhooks);
    grantSecrets(storage.secretsKey, this.webhooks, 'decrypt');

    this.dispatcher = make('dispatcher', 'Dynaris dispatcher: starts subscribed workflows');
    // A failed start throws: EventBridge retries the event, then parks it in the dispatch DLQ.
    grantTableReadWrite(table, this.dispatcher);

    this.correlator = make('correlator', 'Dynaris correlator: resumes waiting runs');
    grantTableReadWrite(table, this.correlator);

    this.provisioner = new ProvisionerFunction(this, 'provisioner', { ...service, table });
    this.provisionerStreamDlq = this.provisioner.streamDlq;

    this.overdueRule = new OverdueSweep(this, 'DailyOverdueSweep', { billing: this.agents.billing });
    this.overdueDlq = this.overdueRule.dlq;
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
