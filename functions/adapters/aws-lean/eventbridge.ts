import type { PutEventsCommandInput, PutEventsCommandOutput } from '@aws-sdk/client-eventbridge';
import { LeanClient, type LeanClientConfig, LeanCommand, type LeanService } from './client';
import { jsonRpcOperation } from './json';

/**
 * EventBridge's PutEvents, the one call the publisher makes (awsJson1_1, target AWSEvents), for a lean client
 * (client.ts). Member order as in the service model (the SDK's schema for PutEventsRequestEntry).
 */
export const EVENTBRIDGE: LeanService = {
  clientName: 'EventBridgeClient',
  endpointPrefix: 'events',
  signingName: 'events',
  apiVersion: '2015-10-07',
};

const PUT_EVENTS = jsonRpcOperation<PutEventsCommandInput, Omit<PutEventsCommandOutput, '$metadata'>>(
  { version: '1.1', target: 'AWSEvents' },
  'PutEvents',
  {
    struct: {
      Entries: {
        list: {
          struct: {
            Time: 'timestamp',
            Source: 'string',
            Resources: { list: 'string' },
            DetailType: 'string',
            Detail: 'string',
            EventBusName: 'string',
            TraceHeader: 'string',
          },
        },
      },
    },
  },
  {
    struct: {
      FailedEntryCount: 'number',
      Entries: { list: { struct: { EventId: 'string', ErrorCode: 'string', ErrorMessage: 'string' } } },
    },
  },
);

/** The lean module the publisher loads in place of @aws-sdk/client-eventbridge: the same two names. */
export class EventBridgeClient extends LeanClient {
  constructor(config: LeanClientConfig) {
    super(EVENTBRIDGE, config);
  }
}

export class PutEventsCommand extends LeanCommand<
  PutEventsCommandInput,
  Omit<PutEventsCommandOutput, '$metadata'>
> {
  constructor(input: PutEventsCommandInput) {
    super(input, PUT_EVENTS);
  }
}
