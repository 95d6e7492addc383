/**
 * What the provisioner converges, as ports: AWS implementations in functions/adapters/ (sfn-engine, scheduler,
 * eventbridge-bus), in-memory or local ones in tests and the local runtime. Every method is idempotent from the
 * caller's point of view: `describe`/`get` return undefined for what does not exist, deletes of what is already
 * gone succeed.
 */

export type StateMachineType = 'STANDARD' | 'EXPRESS';

export interface StateMachineLogging {
  readonly level: 'ALL' | 'ERROR' | 'FATAL' | 'OFF';
  readonly includeExecutionData: boolean;
  /** CloudWatch Logs log group ARN (ending in `:*`). */
  readonly logGroupArn?: string;
}

export interface StateMachineSpec {
  readonly name: string;
  /** ASL as deployed (JSON text). */
  readonly definition: string;
  readonly roleArn: string;
  readonly type: StateMachineType;
  readonly logging: StateMachineLogging;
  readonly tracingEnabled: boolean;
  readonly tags: Readonly<Record<string, string>>;
}

export interface DeployedStateMachine extends StateMachineSpec {
  readonly arn: string;
  readonly status: 'ACTIVE' | 'DELETING';
}

export interface StateMachinePort {
  /** The ARN a state machine of this name has (or would have) in this account and region. */
  arnFor(name: string): string;
  describe(arn: string): Promise<DeployedStateMachine | undefined>;
  create(spec: StateMachineSpec): Promise<{ arn: string }>;
  /** Definition, role, logging and tracing (the type cannot change in place). */
  update(arn: string, spec: StateMachineSpec): Promise<void>;
  /** Adds or replaces tags (only those given). */
  tag(arn: string, tags: Readonly<Record<string, string>>): Promise<void>;
  delete(arn: string): Promise<void>;
  /**
   * Whether a deletion now would end runs: a STANDARD machine's executions are terminated at their next state
   * transition once it is deleted. (AWS cannot list EXPRESS executions, which run to their end after a deletion.)
   */
  hasRunningExecutions(arn: string, type: StateMachineType): Promise<boolean>;
}

export interface FlexibleWindow {
  readonly mode: 'OFF' | 'FLEXIBLE';
  readonly maximumWindowInMinutes?: number;
}

export interface ScheduleSpec {
  readonly name: string;
  readonly groupName: string;
  /** `cron(…)`, `rate(…)` or `at(…)`. */
  readonly expression: string;
  readonly timezone: string;
  readonly description: string;
  readonly flexibleWindow: FlexibleWindow;
  readonly target: {
    readonly arn: string;
    readonly roleArn: string;
    /** JSON text given to StartExecution (may hold Scheduler placeholders such as <aws.scheduler.scheduled-time>). */
    readonly input: string;
    readonly retryPolicy: {
      readonly maximumEventAgeInSeconds: number;
      readonly maximumRetryAttempts: number;
    };
    readonly deadLetterArn?: string;
  };
  readonly state: 'ENABLED' | 'DISABLED';
}

export interface DeployedSchedule extends ScheduleSpec {
  readonly arn: string;
}

export interface SchedulePort {
  get(groupName: string, name: string): Promise<DeployedSchedule | undefined>;
  create(spec: ScheduleSpec): Promise<{ arn: string }>;
  update(spec: ScheduleSpec): Promise<{ arn: string }>;
  delete(groupName: string, name: string): Promise<void>;
}

export interface RoutingRule {
  readonly name: string;
  /** EventBridge pattern (JSON text). */
  readonly pattern: string;
}

/** The static bus rules that send events to the dispatcher (a handful, by event type; never one per workflow). */
export interface RoutingRulesPort {
  /** Rules on the bus that target the dispatcher. */
  listDispatchRules(): Promise<RoutingRule[]>;
  /** PutRule + PutTargets (dispatcher, with its DLQ and retry policy). */
  createDispatchRule(rule: RoutingRule, description: string): Promise<void>;
}
