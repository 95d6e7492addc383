import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import * as logs from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { ENV } from '../functions/shared/config';
import { isProduction, type StageConfig } from './config';
import { Api } from './constructs/api';
import { type BuiltInTemplate, BuiltInWorkflows } from './constructs/built-in-workflows';
import { Bus } from './constructs/bus';
import { ConsoleHosting } from './constructs/console';
import { Functions } from './constructs/functions';
import { InboundEmail } from './constructs/inbound-email';
import { Observability } from './constructs/observability';
import { Scheduler } from './constructs/scheduler';
import { Storage } from './constructs/storage';
import { Table } from './constructs/table';
import { WorkflowRuntime } from './constructs/workflow-runtime';
import { CONSOLE_DIST } from './paths';
import { cdkResolver } from './resolver';

export interface DynarisStackProps extends StackProps {
  readonly config: StageConfig;
  /** Where the handler entry files live. @default <repo>/functions */
  readonly functionsDir?: string;
  /** Templates that `config.builtInWorkflows` picks from (infra/templates.ts loadTemplates()). */
  readonly templates: ReadonlyMap<string, BuiltInTemplate>;
  /** The built web console. @default <repo>/console/dist */
  readonly consoleDir?: string;
}

/** Days CloudWatch Logs accepts as a retention, rounded up from the configured number. */
const retentionDays = (days: number): logs.RetentionDays => {
  const allowed = Object.values(logs.RetentionDays)
    .filter((d): d is number => typeof d === 'number' && d > 0)
    .sort((a, b) => a - b);
  return (allowed.find((d) => d >= days) ?? allowed[allowed.length - 1]) as logs.RetentionDays;
};

/** One stage of the platform: each concern is one construct; this file only wires them together. */
export class DynarisStack extends Stack {
  readonly table: Table;
  readonly storage: Storage;
  readonly bus: Bus;
  readonly scheduler: Scheduler;
  readonly functions: Functions;
  readonly runtime: WorkflowRuntime;
  readonly builtIns: BuiltInWorkflows;
  /** SES receiving, when `inboundEmailDomain` is configured. */
  readonly inboundEmail: InboundEmail | undefined;
  readonly api: Api;
  readonly console: ConsoleHosting | undefined;
  readonly observability: Observability;
  readonly functionsDir: string | undefined;

  constructor(scope: Construct, id: string, props: DynarisStackProps) {
    super(scope, id, props);
    const { config } = props;
    this.functionsDir = props.functionsDir;
    const production = isProduction(config);
    const namePrefix = `dynaris-${config.stage}`;
    const stateMachinePrefix = namePrefix;
    const removalPolicy = production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;
    const logRetention = retentionDays(config.logRetentionDays);

    this.table = new Table(this, 'Data', { tableName: namePrefix, production });
    this.storage = new Storage(this, 'Storage', { production });
    this.bus = new Bus(this, 'Events', {
      busName: namePrefix,
      archiveRetention: Duration.days(config.archiveRetentionDays),
      removalPolicy,
    });
    this.scheduler = new Scheduler(this, 'Schedules', { groupName: namePrefix, stateMachinePrefix });
    this.functions = new Functions(this, 'Functions', {
      namePrefix,
      table: this.table.table,
      bus: this.bus,
      storage: this.storage,
      bedrockModelId: config.bedrockModelId,
      sesIdentity: config.sesIdentity,
      fromAddress: config.fromAddress,
      logRetention,
      removalPolicy,
      reservedConcurrency: config.reservedConcurrency,
      ...(props.functionsDir ? { functionsDir: props.functionsDir } : {}),
    });
    this.bus.connect(this.functions.dispatcher, this.functions.correlator);
    this.inboundEmail = config.inboundEmailDomain
      ? new InboundEmail(this, 'InboundEmail', {
          namePrefix,
          receivingDomain: config.inboundEmailDomain,
          defaultTenant: config.inboundEmailTenant ?? config.tenantId,
          recipientTenants: config.inboundEmailRecipients,
          verdicts: config.inboundEmailVerdicts,
          table: this.table.table,
          bus: this.bus,
          storage: this.storage,
          environment: this.functions.environment,
          functionsDir: this.functions.functionsDir,
          logRetention,
          removalPolicy,
        })
      : undefined;
    this.runtime = new WorkflowRuntime(this, 'WorkflowRuntime', {
      stateMachinePrefix,
      table: this.table.table,
      bus: this.bus,
      functions: this.functions,
      scheduler: this.scheduler,
      logRetention,
      removalPolicy,
      filesBucket: this.storage.filesBucket,
    });
    this.builtIns = new BuiltInWorkflows(this, 'BuiltInWorkflows', {
      templateIds: config.builtInWorkflows,
      templates: props.templates,
      tenantId: config.tenantId,
      stateMachinePrefix,
      resolver: cdkResolver(this.functions, this.table.table, this.bus.bus, this.storage.filesBucket),
      runtime: this.runtime,
      bus: this.bus.bus,
      scheduler: this.scheduler,
      dispatcher: this.functions.dispatcher,
    });
    // GET /workflows lists the built-ins, and POST /workflows/{id}/runs and /test serve them.
    this.builtIns.describeTo(this.functions.api, this.functions.workflowsApi);
    this.console = config.console
      ? new ConsoleHosting(this, 'Console', {
          assetsDir: props.consoleDir ?? CONSOLE_DIST,
          accessLogsBucket: this.storage.accessLogsBucket,
          removalPolicy,
          logRetention,
        })
      : undefined;
    // The API's in-container buckets use the stage throttling's figures (functions/api/middleware/rate-limit.ts).
    for (const fn of [
      this.functions.api,
      this.functions.workflowsApi,
      this.functions.dataApi,
      this.functions.assistant,
    ]) {
      fn.addEnvironment(ENV.apiRateLimit, String(config.apiRateLimit));
      fn.addEnvironment(ENV.apiBurstLimit, String(config.apiBurstLimit));
    }
    this.api = new Api(this, 'Api', {
      namePrefix,
      apiFunction: this.functions.api,
      workflowsFunction: this.functions.workflowsApi,
      dataFunction: this.functions.dataApi,
      docsFunction: this.functions.docsApi,
      assistantFunction: this.functions.assistant,
      webhookFunction: this.functions.webhooks,
      corsOrigins: config.corsOrigins,
      rateLimit: config.apiRateLimit,
      burstLimit: config.apiBurstLimit,
      logRetention,
      removalPolicy,
      production,
      ...(this.console
        ? {
            console: {
              url: this.console.url,
              origin: this.console.origin,
              signInDomainPrefix: config.signInDomainPrefix ?? `${namePrefix}-${this.account}`,
            },
          }
        : {}),
    });
    if (this.console && this.api.signInDomain) {
      this.console.publish({
        apiUrl: this.api.url,
        signInDomain: this.api.signInDomain.baseUrl(),
        userPoolClientId: this.api.userPoolClient.userPoolClientId,
      });
      new CfnOutput(this, 'ConsoleUrl', { value: this.console.url, description: 'The web console' });
    }
    this.observability = new Observability(this, 'Observability', {
      namePrefix,
      functions: [...this.functions.all(), ...(this.inboundEmail ? [this.inboundEmail.ingest] : [])],
      deadLetterQueues: {
        Dispatch: this.bus.dispatchDlq,
        Correlate: this.bus.correlateDlq,
        Scheduler: this.scheduler.dlq,
        ProvisionerStream: this.functions.provisionerStreamDlq,
        OverdueSweep: this.functions.overdueDlq,
        BuiltInTriggers: this.builtIns.dlq,
        StatusChange: this.runtime.statusChangeDlq,
      },
      apis: { Api: this.api.httpApi, MachineApi: this.api.machineApi },
      workflowLogGroup: this.runtime.logGroup,
      builtInStateMachines: this.builtIns.stateMachines,
      alarmEmail: config.alarmEmail,
    });

    new CfnOutput(this, 'ApiUrl', {
      value: this.api.url,
      description: 'HTTP API (Cognito ID token as bearer)',
    });
    new CfnOutput(this, 'MachineApiUrl', {
      value: this.api.machineUrl,
      description: 'HTTP API for machine clients (x-api-key header)',
    });
    new CfnOutput(this, 'WebhookBaseUrl', {
      value: this.api.webhookBaseUrl,
      description: 'POST <base><tenantId>/<source> with x-dynaris-signature',
    });
    new CfnOutput(this, 'UserPoolId', { value: this.api.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: this.api.userPoolClient.userPoolClientId });
    new CfnOutput(this, 'EventBusName', { value: this.bus.bus.eventBusName });
    new CfnOutput(this, 'TableName', { value: this.table.table.tableName });
    new CfnOutput(this, 'SecretsKeyArn', {
      value: this.storage.secretsKey.keyArn,
      description: 'KMS key for tenant secrets (infra/tenant.ts --secrets-key)',
    });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.observability.topic.topicArn });
  }
}
