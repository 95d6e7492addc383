import { ArnFormat, Stack } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { stateMachineNamePrefix } from '../../functions/provisioner/names';

const states = (scope: IConstruct, resource: string, resourceName: string): string =>
  Stack.of(scope).formatArn({
    service: 'states',
    resource,
    resourceName,
    arnFormat: ArnFormat.COLON_RESOURCE_NAME,
  });

/** Every workflow state machine: `arn:…:stateMachine:<prefix>_*` (built-in and runtime-provisioned). */
export const workflowStateMachineArns = (scope: IConstruct, prefix: string): string =>
  states(scope, 'stateMachine', `${stateMachineNamePrefix(prefix)}*`);

/** Every Standard execution of those state machines: `arn:…:execution:<prefix>_*:*`. */
export const workflowExecutionArns = (scope: IConstruct, prefix: string): string =>
  states(scope, 'execution', `${stateMachineNamePrefix(prefix)}*:*`);

/** Every Map Run of those state machines' Distributed Maps: `arn:…:mapRun:<prefix>_<machine>/<label>:<id>`. */
export const workflowMapRunArns = (scope: IConstruct, prefix: string): string =>
  states(scope, 'mapRun', `${stateMachineNamePrefix(prefix)}*/*:*`);

/** Every Express execution of those state machines: `arn:…:express:<prefix>_*:*`. */
export const workflowExpressExecutionArns = (scope: IConstruct, prefix: string): string =>
  states(scope, 'express', `${stateMachineNamePrefix(prefix)}*:*`);

/** The ARN prefix every workflow state machine's ARN starts with (for event patterns): `arn:…:stateMachine:<prefix>_`. */
export const workflowStateMachineArnPrefix = (scope: IConstruct, prefix: string): string =>
  states(scope, 'stateMachine', stateMachineNamePrefix(prefix));
