import { Duration } from 'aws-cdk-lib';
import type * as events from 'aws-cdk-lib/aws-events';
import type { Construct } from 'constructs';
import type { AgentName } from '../../statemachines/catalogue';
import { functionTimeoutSeconds } from '../../statemachines/compile/policy';
import { grantInvokeModel } from './bedrock-model';
import { DynarisFunction } from './function';
import {
  type BucketRef,
  grantFileObjects,
  grantIdempotencyWrites,
  grantSecrets,
  grantSendEmail,
  grantTableRead,
  grantTableReadWrite,
  type KeyRef,
  type TableRef,
} from './grants';
import { type ServiceFunctionProps, serviceFunctionProps } from './service-function';

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

export interface AgentFunctionProps extends ServiceFunctionProps {
  readonly agent: AgentName;
  readonly table: TableRef;
  readonly eventBus: events.EventBus;
  readonly filesBucket: BucketRef;
  readonly secretsKey: KeyRef;
  /** What InvokeModel is allowed on (bedrockModelArns). */
  readonly modelArns: readonly string[];
  /** The SES identity the agent's email is sent from. */
  readonly sesIdentity: string;
}

/**
 * The function of one agent (`agent-<name>`), granted what AGENT_ACCESS lists for it and nothing more. It outlasts the
 * longest Task timeout of its actions (statemachines/compile/policy.ts), so the Task decides.
 */
export class AgentFunction extends DynarisFunction {
  readonly agent: AgentName;
  readonly access: AgentAccess;

  constructor(scope: Construct, id: string, props: AgentFunctionProps) {
    const { agent } = props;
    const access = AGENT_ACCESS[agent];
    super(
      scope,
      id,
      serviceFunctionProps(`agent-${agent}`, `Dynaris ${agent} agent`, props, {
        timeout: Duration.seconds(functionTimeoutSeconds(agent)),
        ...(access.memorySize ? { memorySize: access.memorySize } : {}),
      }),
    );
    this.agent = agent;
    this.access = access;
    if (access.table === 'readWrite') grantTableReadWrite(props.table, this);
    else {
      grantTableRead(props.table, this);
      grantIdempotencyWrites(props.table, this);
    }
    if (access.publishes) props.eventBus.grantPutEventsTo(this);
    if (access.invokesModel) grantInvokeModel(this, props.modelArns);
    if (access.decryptsSecrets) grantSecrets(props.secretsKey, this, 'decrypt');
    if (access.files) grantFileObjects(props.filesBucket, this);
    if (access.sendsEmail) grantSendEmail(this, props.sesIdentity);
  }
}
