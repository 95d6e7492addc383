import type * as EventBridgeSdk from '@aws-sdk/client-eventbridge';
import type {
  DescribeRuleCommandInput,
  DescribeRuleCommandOutput,
  EventBridgeClient,
  ListRuleNamesByTargetCommandInput,
  ListRuleNamesByTargetCommandOutput,
  PutEventsCommandInput,
  PutEventsCommandOutput,
  PutEventsRequestEntry,
  PutRuleCommandInput,
  PutRuleCommandOutput,
  PutTargetsCommandInput,
  PutTargetsCommandOutput,
} from '@aws-sdk/client-eventbridge';
import { requireCommonJs } from '../shared/commonjs';
import type { RoutingRule, RoutingRulesPort } from '../shared/deployment-ports';
import { traceClient } from '../shared/observability';
import type { EventPublisher, PublishedEvent } from '../shared/ports';
import { AWS_RETRY, POLICIES, retry } from '../shared/retry';
import { type LeanEnvironment, leanAwsEnvironment } from './aws-lean/environment';
import { lazyClient, onFirstUse } from './lazy-sdk';

/** @aws-sdk/client-eventbridge, loaded on first use (or preloaded at cold start). */
export const loadEventBridgeSdk = onFirstUse(
  async () => requireCommonJs('@aws-sdk/client-eventbridge') as typeof EventBridgeSdk,
);

/**
 * EventBridge through the SDK: the EventPublisher port (PutEvents) and the provisioner's RoutingRulesPort.
 *
 * EventBridge assigns its own event ids, so a publisher-given stable id (a webhook delivery, an outbox replay)
 * travels in the detail as `_eventId`; consumers (fromEventBridge) use it as the event id, which keeps
 * de-duplication working when the same event is published twice.
 */

export const STABLE_ID_FIELD = '_eventId';
/** PutEvents accepts at most 10 entries per call. */
export const PUT_EVENTS_BATCH = 10;

export interface EventBridgeBusOptions {
  readonly client?: EventBridgeClient;
  readonly eventBusName: string;
  /** PutEvents through another client where the environment allows (PutEventsVia); a given `client` wins. */
  readonly lean?: PutEventsVia;
  /** Pauses between attempts of the entries PutEvents failed (tests pass a fake). */
  readonly sleep?: (ms: number) => Promise<void>;
}

export const toPutEventsEntry = (event: PublishedEvent, eventBusName: string): PutEventsRequestEntry => ({
  EventBusName: eventBusName,
  Source: event.source,
  DetailType: event.detailType,
  Detail: JSON.stringify(event.id ? { ...event.detail, [STABLE_ID_FIELD]: event.id } : event.detail),
  ...(event.time ? { Time: new Date(event.time) } : {}),
});

export class PublishError extends Error {
  readonly failed: readonly { detailType: string; errorCode: string; errorMessage: string }[];
  constructor(failed: readonly { detailType: string; errorCode: string; errorMessage: string }[]) {
    super(
      `${failed.length} event(s) could not be published: ${failed
        .map((f) => `${f.detailType} (${f.errorCode}: ${f.errorMessage})`)
        .join(', ')}`,
    );
    this.name = 'PublishError';
    this.failed = failed;
  }
}

/**
 * A PutEvents call of another client than @aws-sdk/client-eventbridge, for a resolved environment: the lean client
 * (aws-lean/eventbridge.ts leanPutEvents, the same signed request as the stock client's), which an entry whose main
 * path publishes passes (startAwsFunction), so that its cold start need not load the SDK package (~6 ms of CPU).
 */
export type PutEventsVia = (
  environment: LeanEnvironment,
) => (input: PutEventsCommandInput) => Promise<PutEventsCommandOutput>;

/** The SDK's service id of EventBridge, for its endpoint override variable (AWS_ENDPOINT_URL_EVENTBRIDGE). */
const EVENTBRIDGE_ENV_ID = 'EVENTBRIDGE';

/** Whether `lean` serves in this environment (leanAwsEnvironment); if not, the publisher uses the SDK package. */
export const publishesLean = (
  lean: PutEventsVia | undefined,
  env: NodeJS.ProcessEnv = process.env,
): boolean => lean !== undefined && leanAwsEnvironment(EVENTBRIDGE_ENV_ID, env) !== undefined;

const putEventsVia = (
  options: EventBridgeBusOptions,
): ((input: PutEventsCommandInput) => Promise<PutEventsCommandOutput>) => {
  const environment = options.client || !options.lean ? undefined : leanAwsEnvironment(EVENTBRIDGE_ENV_ID);
  if (options.lean && environment) return options.lean(environment);
  const sdk = lazyClient(
    loadEventBridgeSdk,
    (m) => traceClient(new m.EventBridgeClient({ ...AWS_RETRY })),
    options.client,
  );
  return (input) => sdk((m, c) => c.send(new m.PutEventsCommand(input)));
};

export const createEventBridgePublisher = (options: EventBridgeBusOptions): EventPublisher => {
  const putEvents = putEventsVia(options);

  /**
   * PutEvents answers 200 with FailedEntryCount when some entries failed (throttled inside the batch): the SDK
   * does not retry those, so the failed entries alone are sent again (POLICIES.failedPutEvents).
   */
  const publishBatch = async (batch: readonly PublishedEvent[]) => {
    let pending = batch.map((event) => ({ event, entry: toPutEventsEntry(event, options.eventBusName) }));
    await retry(
      async () => {
        const out = await putEvents({ Entries: pending.map((p) => p.entry) });
        if (!out.FailedEntryCount) return;
        // Entries answer in request order; only the failed ones are sent again.
        const results = out.Entries ?? [];
        const failedIndexes = pending.map((_, i) => i).filter((i) => !results[i] || results[i]?.ErrorCode);
        const failures = failedIndexes.map((i) => ({
          detailType: pending[i]?.event.detailType ?? '',
          errorCode: results[i]?.ErrorCode ?? 'Unknown',
          errorMessage: results[i]?.ErrorMessage ?? 'no result returned',
        }));
        pending = failedIndexes.map((i) => pending[i]!);
        throw new PublishError(failures);
      },
      POLICIES.failedPutEvents,
      {
        retryOn: (error) => error instanceof PublishError,
        ...(options.sleep ? { sleep: options.sleep } : {}),
      },
    );
  };

  return {
    async publish(events) {
      for (let i = 0; i < events.length; i += PUT_EVENTS_BATCH) {
        await publishBatch(events.slice(i, i + PUT_EVENTS_BATCH));
      }
    },
  };
};

/** The four rule calls of the dispatch rule check, whichever client sends them. */
export interface RuleCalls {
  readonly listRuleNamesByTarget: (
    input: ListRuleNamesByTargetCommandInput,
  ) => Promise<ListRuleNamesByTargetCommandOutput>;
  readonly describeRule: (input: DescribeRuleCommandInput) => Promise<DescribeRuleCommandOutput>;
  readonly putRule: (input: PutRuleCommandInput) => Promise<PutRuleCommandOutput>;
  readonly putTargets: (input: PutTargetsCommandInput) => Promise<PutTargetsCommandOutput>;
}

/**
 * The rule calls through another client than @aws-sdk/client-eventbridge, for a resolved environment: the lean
 * client (aws-lean/rule-calls.ts leanRuleCalls, the same signed requests as the stock client's), which the
 * provisioner passes, so that its first enabling of an event- or webhook-triggered workflow need not load the SDK
 * package (~6 ms of CPU).
 */
export type RuleCallsVia = (environment: LeanEnvironment) => RuleCalls;

const ruleCalls = (client: EventBridgeClient | undefined, lean: RuleCallsVia | undefined): RuleCalls => {
  const environment = client || !lean ? undefined : leanAwsEnvironment(EVENTBRIDGE_ENV_ID);
  if (lean && environment) return lean(environment);
  const sdk = lazyClient(
    loadEventBridgeSdk,
    (m) => traceClient(new m.EventBridgeClient({ ...AWS_RETRY })),
    client,
  );
  return {
    listRuleNamesByTarget: (input) => sdk((m, c) => c.send(new m.ListRuleNamesByTargetCommand(input))),
    describeRule: (input) => sdk((m, c) => c.send(new m.DescribeRuleCommand(input))),
    putRule: (input) => sdk((m, c) => c.send(new m.PutRuleCommand(input))),
    putTargets: (input) => sdk((m, c) => c.send(new m.PutTargetsCommand(input))),
  };
};

export interface RoutingRulesOptions {
  readonly client?: EventBridgeClient;
  readonly eventBusName: string;
  readonly dispatcherArn: string;
  readonly dispatchDlqArn?: string;
  /** The rule calls through another client where the environment allows (RuleCallsVia); a given `client` wins. */
  readonly lean?: RuleCallsVia;
}

/** Retry policy of the dispatcher targets the provisioner adds (same as the static ones infra deploys). */
export const DISPATCH_TARGET_RETRY = { MaximumRetryAttempts: 8, MaximumEventAgeInSeconds: 6 * 3600 } as const;

export const createRoutingRules = (options: RoutingRulesOptions): RoutingRulesPort => {
  // Resolved on the first check, not at cold start: most convergences never check the dispatch rules.
  let resolved: RuleCalls | undefined;
  const calls = (): RuleCalls => {
    resolved ??= ruleCalls(options.client, options.lean);
    return resolved;
  };
  return {
    async listDispatchRules() {
      const names: string[] = [];
      let NextToken: string | undefined;
      do {
        const page = await calls().listRuleNamesByTarget({
          TargetArn: options.dispatcherArn,
          EventBusName: options.eventBusName,
          ...(NextToken ? { NextToken } : {}),
        });
        names.push(...(page.RuleNames ?? []));
        NextToken = page.NextToken;
      } while (NextToken);
      const rules: RoutingRule[] = [];
      for (const name of names) {
        const rule = await calls().describeRule({ Name: name, EventBusName: options.eventBusName });
        if (rule.State !== 'DISABLED' && rule.EventPattern) rules.push({ name, pattern: rule.EventPattern });
      }
      return rules;
    },

    async createDispatchRule(rule, description) {
      await calls().putRule({
        Name: rule.name,
        EventBusName: options.eventBusName,
        EventPattern: rule.pattern,
        State: 'ENABLED',
        Description: description,
      });
      await calls().putTargets({
        Rule: rule.name,
        EventBusName: options.eventBusName,
        Targets: [
          {
            Id: 'dispatcher',
            Arn: options.dispatcherArn,
            RetryPolicy: { ...DISPATCH_TARGET_RETRY },
            ...(options.dispatchDlqArn ? { DeadLetterConfig: { Arn: options.dispatchDlqArn } } : {}),
          },
        ],
      });
    },
  };
};
