import { Duration, type RemovalPolicy } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as destinations from 'aws-cdk-lib/aws-lambda-destinations';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { type RoutingTarget, routedToPattern } from '../../statemachines/event-routing';
import { EVENT_NAMES, type EventName } from '../../statemachines/events';
import { deadLetterQueue } from './queues';

/** Every Dynaris event has a `dynaris.<module>` source; the rules match nothing else on the bus. */
export const DYNARIS_SOURCE_PREFIX = 'dynaris.';

/** Event names grouped by their module (`lead.created` -> `lead`): one static dispatch rule per group. */
export const eventGroups = (names: readonly EventName[] = EVENT_NAMES): Map<string, EventName[]> => {
  const groups = new Map<string, EventName[]>();
  for (const name of names) {
    const group = name.split('.')[0] ?? name;
    groups.set(group, [...(groups.get(group) ?? []), name]);
  }
  return groups;
};

/**
 * The `detail` part of a routed target's rule: a run's own event whose publisher found nothing subscribing to or
 * awaiting it says so in `detail.routing`, and the rule leaves it out (statemachines/event-routing.ts; the local bus
 * matches the same pattern).
 */
const routedDetail = (target: RoutingTarget) => routedToPattern(target).detail as Record<string, unknown>;

/** What every Lambda target of a bus rule gets: its DLQ, bounded retries and event age. */
export const TARGET_RETRY = { retryAttempts: 8, maxEventAge: Duration.hours(6) } as const;

export interface BusProps {
  readonly busName: string;
  readonly archiveRetention: Duration;
  readonly removalPolicy: RemovalPolicy;
}

/**
 * The custom event bus, its archive (replay), and the static routing: a rule per event group to the
 * dispatcher and one rule for every Dynaris event to the correlator. No rule per workflow (300-rule quota).
 */
export class Bus extends Construct {
  readonly bus: events.EventBus;
  /** The bus name as a literal (ARNs built from it read plainly in policies). */
  readonly busName: string;
  readonly archive: events.Archive;
  readonly dispatchDlq: sqs.Queue;
  readonly correlateDlq: sqs.Queue;
  readonly dispatchRules: events.Rule[] = [];
  correlateRule: events.Rule | undefined;

  constructor(scope: Construct, id: string, props: BusProps) {
    super(scope, id);
    this.busName = props.busName;
    this.bus = new events.EventBus(this, 'Bus', { eventBusName: props.busName });
    this.bus.applyRemovalPolicy(props.removalPolicy);
    this.archive = this.bus.archive('Archive', {
      archiveName: `${props.busName}-archive`,
      description: 'Every Dynaris event, for replay',
      eventPattern: { source: events.Match.prefix(DYNARIS_SOURCE_PREFIX) },
      retention: props.archiveRetention,
    });
    this.dispatchDlq = deadLetterQueue(this, 'DispatchDlq');
    this.correlateDlq = deadLetterQueue(this, 'CorrelateDlq');
  }

  /**
   * Routes each event group to the dispatcher and every event to the correlator, except a run's own events their
   * publisher marked as unsubscribed (dispatcher) or already recorded with nothing awaiting them (correlator). The target DLQs catch events
   * EventBridge could not deliver; an event whose function keeps failing after Lambda's own async retries goes to
   * the same queue through the function's on-failure destination, so it is never dropped.
   */
  connect(dispatcher: lambda.IFunction, correlator: lambda.IFunction): void {
    dispatcher.configureAsyncInvoke({
      onFailure: new destinations.SqsDestination(this.dispatchDlq),
      retryAttempts: 2,
      maxEventAge: TARGET_RETRY.maxEventAge,
    });
    correlator.configureAsyncInvoke({
      onFailure: new destinations.SqsDestination(this.correlateDlq),
      retryAttempts: 2,
      maxEventAge: TARGET_RETRY.maxEventAge,
    });
    for (const [group, names] of eventGroups()) {
      const rule = new events.Rule(this, `Dispatch-${group}`, {
        eventBus: this.bus,
        description: `${names.join(', ')} -> dispatcher (starts subscribed workflows)`,
        eventPattern: {
          source: events.Match.prefix(DYNARIS_SOURCE_PREFIX),
          detailType: names,
          detail: routedDetail('dispatcher'),
        },
      });
      rule.addTarget(
        new targets.LambdaFunction(dispatcher, { deadLetterQueue: this.dispatchDlq, ...TARGET_RETRY }),
      );
      this.dispatchRules.push(rule);
    }
    this.correlateRule = new events.Rule(this, 'CorrelateAll', {
      eventBus: this.bus,
      description:
        'Every Dynaris event but a run own ones nothing awaits -> correlator (resumes waiting runs, records the activity feed)',
      eventPattern: {
        source: events.Match.prefix(DYNARIS_SOURCE_PREFIX),
        detail: routedDetail('correlator'),
      },
    });
    this.correlateRule.addTarget(
      new targets.LambdaFunction(correlator, { deadLetterQueue: this.correlateDlq, ...TARGET_RETRY }),
    );
  }
}
