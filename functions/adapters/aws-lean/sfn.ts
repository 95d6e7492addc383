import type * as Sfn from '@aws-sdk/client-sfn';
import type { HttpResponse } from '@smithy/types';
import {
  LeanClient,
  type LeanClientConfig,
  LeanCommand,
  type LeanErrorDetails,
  type LeanOperation,
  type LeanService,
} from './client';
import { jsonError, jsonRpcOperation, parseJsonBody, type Shape } from './json';

/**
 * Step Functions' state-machine calls, the ones the provisioner makes (awsJson1_0, target AWSStepFunctions), for a
 * lean client (client.ts): DescribeStateMachine, ListTagsForResource, CreateStateMachine, UpdateStateMachine,
 * TagResource, ListExecutions, DeleteStateMachine. Every member of their requests and answers, in the order of the
 * service model (the SDK's schemas), so that any input the stock client accepts is sent byte for byte alike and any
 * answer reads alike (test/unit/aws-lean-sfn.test.ts).
 */
export const SFN: LeanService = {
  clientName: 'SFNClient',
  endpointPrefix: 'states',
  signingName: 'states',
  apiVersion: '2016-11-23',
};

/** Step Functions' modelled errors (the SDK's error registry; the test checks the list): all client faults. */
export const SFN_MODELED_ERRORS: ReadonlySet<string> = new Set([
  'ActivityAlreadyExists',
  'ActivityDoesNotExist',
  'ActivityLimitExceeded',
  'ActivityWorkerLimitExceeded',
  'ConflictException',
  'ExecutionAlreadyExists',
  'ExecutionDoesNotExist',
  'ExecutionLimitExceeded',
  'ExecutionNotRedrivable',
  'InvalidArn',
  'InvalidDefinition',
  'InvalidEncryptionConfiguration',
  'InvalidExecutionInput',
  'InvalidLoggingConfiguration',
  'InvalidName',
  'InvalidOutput',
  'InvalidToken',
  'InvalidTracingConfiguration',
  'KmsAccessDeniedException',
  'KmsInvalidStateException',
  'KmsThrottlingException',
  'MissingRequiredParameter',
  'ResourceNotFound',
  'ServiceQuotaExceededException',
  'StateMachineAlreadyExists',
  'StateMachineDeleting',
  'StateMachineDoesNotExist',
  'StateMachineLimitExceeded',
  'StateMachineTypeNotSupported',
  'TaskDoesNotExist',
  'TaskTimedOut',
  'TooManyTags',
  'ValidationException',
]);

const readError = jsonError(['type', 'code', 'header']);

/**
 * A JSON error answer as the SDK's awsJson protocol throws it: the code names it; a modelled error is a client fault
 * whatever the status, any other takes its fault from the status; every member of the body is set on the error
 * (decorateServiceException), and the message is `message`, else `Message`, else `UnknownError`.
 */
const sfnError = (body: Uint8Array, response: HttpResponse): LeanErrorDetails => {
  const { code } = readError(body, response);
  let data: Record<string, unknown> = {};
  try {
    data = parseJsonBody(body);
  } catch {
    // Not JSON (a proxy's page): named from the status and header only, as the SDK does.
  }
  const first = data.message ?? data.Message ?? 'UnknownError';
  return {
    code,
    message: String(first || data.Message || 'UnknownError'),
    ...(SFN_MODELED_ERRORS.has(code) ? { fault: 'client' as const } : {}),
    fields: Object.fromEntries(Object.entries(data).filter(([name]) => name !== 'message')),
  };
};

const SERVICE = { version: '1.0', target: 'AWSStepFunctions' } as const;

const LOGGING: Shape = {
  struct: {
    level: 'string',
    includeExecutionData: 'boolean',
    destinations: { list: { struct: { cloudWatchLogsLogGroup: { struct: { logGroupArn: 'string' } } } } },
  },
};
const TRACING: Shape = { struct: { enabled: 'boolean' } };
const TAGS: Shape = { list: { struct: { key: 'string', value: 'string' } } };
const ENCRYPTION: Shape = {
  struct: { type: 'string', kmsKeyId: 'string', kmsDataKeyReusePeriodSeconds: 'number' },
};

type Out<T> = Omit<T, '$metadata'>;

const operation = <I extends object, O extends object>(
  name: string,
  input: Readonly<Record<string, Shape>>,
  output: Readonly<Record<string, Shape>>,
): LeanOperation<I, O> => ({
  ...jsonRpcOperation<I, O>(SERVICE, name, { struct: input }, { struct: output }),
  error: sfnError,
});

const DESCRIBE = operation<Sfn.DescribeStateMachineCommandInput, Out<Sfn.DescribeStateMachineCommandOutput>>(
  'DescribeStateMachine',
  { stateMachineArn: 'string', includedData: 'string' },
  {
    stateMachineArn: 'string',
    name: 'string',
    definition: 'string',
    roleArn: 'string',
    type: 'string',
    creationDate: 'timestamp',
    status: 'string',
    loggingConfiguration: LOGGING,
    tracingConfiguration: TRACING,
    label: 'string',
    revisionId: 'string',
    description: 'string',
    encryptionConfiguration: ENCRYPTION,
    variableReferences: { map: { list: 'string' } },
  },
);

const LIST_TAGS = operation<Sfn.ListTagsForResourceCommandInput, Out<Sfn.ListTagsForResourceCommandOutput>>(
  'ListTagsForResource',
  { resourceArn: 'string' },
  { tags: TAGS },
);

const CREATE = operation<Sfn.CreateStateMachineCommandInput, Out<Sfn.CreateStateMachineCommandOutput>>(
  'CreateStateMachine',
  {
    name: 'string',
    definition: 'string',
    roleArn: 'string',
    type: 'string',
    loggingConfiguration: LOGGING,
    tags: TAGS,
    tracingConfiguration: TRACING,
    publish: 'boolean',
    versionDescription: 'string',
    encryptionConfiguration: ENCRYPTION,
  },
  { stateMachineArn: 'string', creationDate: 'timestamp', stateMachineVersionArn: 'string' },
);

const UPDATE = operation<Sfn.UpdateStateMachineCommandInput, Out<Sfn.UpdateStateMachineCommandOutput>>(
  'UpdateStateMachine',
  {
    stateMachineArn: 'string',
    definition: 'string',
    roleArn: 'string',
    loggingConfiguration: LOGGING,
    tracingConfiguration: TRACING,
    publish: 'boolean',
    versionDescription: 'string',
    encryptionConfiguration: ENCRYPTION,
  },
  { updateDate: 'timestamp', revisionId: 'string', stateMachineVersionArn: 'string' },
);

const TAG = operation<Sfn.TagResourceCommandInput, Out<Sfn.TagResourceCommandOutput>>(
  'TagResource',
  { resourceArn: 'string', tags: TAGS },
  {},
);

const LIST_EXECUTIONS = operation<Sfn.ListExecutionsCommandInput, Out<Sfn.ListExecutionsCommandOutput>>(
  'ListExecutions',
  {
    stateMachineArn: 'string',
    statusFilter: 'string',
    maxResults: 'number',
    nextToken: 'string',
    mapRunArn: 'string',
    redriveFilter: 'string',
  },
  {
    executions: {
      list: {
        struct: {
          executionArn: 'string',
          stateMachineArn: 'string',
          name: 'string',
          status: 'string',
          startDate: 'timestamp',
          stopDate: 'timestamp',
          mapRunArn: 'string',
          itemCount: 'number',
          stateMachineVersionArn: 'string',
          stateMachineAliasArn: 'string',
          redriveCount: 'number',
          redriveDate: 'timestamp',
        },
      },
    },
    nextToken: 'string',
  },
);

const DELETE = operation<Sfn.DeleteStateMachineCommandInput, Out<Sfn.DeleteStateMachineCommandOutput>>(
  'DeleteStateMachine',
  { stateMachineArn: 'string' },
  {},
);

/** The lean module the provisioner's state-machine calls use in place of @aws-sdk/client-sfn. */
export class SFNClient extends LeanClient {
  constructor(config: LeanClientConfig) {
    super(SFN, config);
  }
}

export class DescribeStateMachineCommand extends LeanCommand<
  Sfn.DescribeStateMachineCommandInput,
  Out<Sfn.DescribeStateMachineCommandOutput>
> {
  constructor(input: Sfn.DescribeStateMachineCommandInput) {
    super(input, DESCRIBE);
  }
}

export class ListTagsForResourceCommand extends LeanCommand<
  Sfn.ListTagsForResourceCommandInput,
  Out<Sfn.ListTagsForResourceCommandOutput>
> {
  constructor(input: Sfn.ListTagsForResourceCommandInput) {
    super(input, LIST_TAGS);
  }
}

export class CreateStateMachineCommand extends LeanCommand<
  Sfn.CreateStateMachineCommandInput,
  Out<Sfn.CreateStateMachineCommandOutput>
> {
  constructor(input: Sfn.CreateStateMachineCommandInput) {
    super(input, CREATE);
  }
}

export class UpdateStateMachineCommand extends LeanCommand<
  Sfn.UpdateStateMachineCommandInput,
  Out<Sfn.UpdateStateMachineCommandOutput>
> {
  constructor(input: Sfn.UpdateStateMachineCommandInput) {
    super(input, UPDATE);
  }
}

export class TagResourceCommand extends LeanCommand<
  Sfn.TagResourceCommandInput,
  Out<Sfn.TagResourceCommandOutput>
> {
  constructor(input: Sfn.TagResourceCommandInput) {
    super(input, TAG);
  }
}

export class ListExecutionsCommand extends LeanCommand<
  Sfn.ListExecutionsCommandInput,
  Out<Sfn.ListExecutionsCommandOutput>
> {
  constructor(input: Sfn.ListExecutionsCommandInput) {
    super(input, LIST_EXECUTIONS);
  }
}

export class DeleteStateMachineCommand extends LeanCommand<
  Sfn.DeleteStateMachineCommandInput,
  Out<Sfn.DeleteStateMachineCommandOutput>
> {
  constructor(input: Sfn.DeleteStateMachineCommandInput) {
    super(input, DELETE);
  }
}
