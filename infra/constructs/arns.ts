import { ArnFormat, Stack } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

const states = (scope: IConstruct, resource: string, resourceName: string): string =>
  Stack.of(scope).formatArn({
    service: 'states',
    resource,
    resourceName,
    arnFormat: ArnFormat.COLON_RESOURCE_NAME,
  });

/** Every workflow state machine: `arn:…:stateMachine:<prefix>-*` (built-in and runtime-provisioned). */
export const workflowStateMachineArns = (scope: IConstruct, prefix: string): string =>
  states(scope, 'stateMachine', `${prefix}-*`);

/** Every execution of those state machines: `arn:…:execution:<prefix>-*:*`. */
export const workflowExecutionArns = (scope: IConstruct, prefix: string): string =>
  states(scope, 'execution', `${prefix}-*:*`);

/** The ARN prefix every workflow state machine's ARN starts with (for event patterns): `arn:…:stateMachine:<prefix>-`. */
export const workflowStateMachineArnPrefix = (scope: IConstruct, prefix: string): string =>
  states(scope, 'stateMachine', `${prefix}-`);
