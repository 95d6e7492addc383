import { createHash } from 'node:crypto';
import type { PreparedMachine } from './asl-types';
import { EngineError, type StateMachineType } from './engine-types';
import type { MachineLogging, RegisteredMachine } from './execution';
import { prepareDefinition } from './prepare';

export interface RegisterOptions {
  readonly stateNames?: Readonly<Record<string, string>>;
  readonly validate?: boolean;
  /** The state machine's CloudWatch Logs level: Express timelines exist only with ALL. @default OFF */
  readonly logging?: MachineLogging;
}

/** An ASL check (asl-check.ts `aslProblems`): a definition's problems, none when it is valid. */
export type AslCheck = (definition: unknown) => string[];

/**
 * A state machine as CreateStateMachine would accept it, prepared for the library; refused with AWS's error name
 * (InvalidArn, InvalidDefinition) otherwise.
 */
export const prepareMachine = (
  arn: string,
  definition: unknown,
  type: StateMachineType,
  options: RegisterOptions,
  checkAsl: AslCheck | undefined,
): RegisteredMachine => {
  const name = arn.split(':stateMachine:')[1];
  if (!name) throw new EngineError('InvalidArn', `Not a state machine ARN: ${arn}`);
  let prepared: PreparedMachine;
  try {
    prepared = prepareDefinition(definition, options.stateNames);
  } catch (error) {
    throw new EngineError('InvalidDefinition', error instanceof Error ? error.message : String(error));
  }
  // The original definition is checked; the rewritten one is run without validation.
  if (options.validate !== false) {
    if (!checkAsl)
      throw new Error('This engine checks no ASL (no checkAsl in its extras): register with validate: false');
    const problems = checkAsl(prepared.original);
    if (problems.length > 0) {
      throw new EngineError(
        'InvalidDefinition',
        `State machine definition is invalid: ${problems.join('; ')}`,
      );
    }
  }
  if (type === 'EXPRESS') {
    const [callback] = prepared.callbackResources;
    if (callback) {
      const pattern = callback.resource.endsWith('.waitForTaskToken') ? '.waitForTaskToken' : '.sync';
      throw new EngineError(
        'InvalidDefinition',
        `Express state machines do not support the '${pattern}' service integration pattern (state "${callback.state}", ${callback.resource}); use STANDARD`,
      );
    }
  }
  const version = createHash('sha256')
    .update(JSON.stringify([type, definition, options.stateNames ?? null]))
    .digest('base64url')
    .slice(0, 22);
  return {
    arn,
    name,
    type,
    prepared,
    version,
    logging: options.logging ?? { level: 'OFF', includeExecutionData: false },
  };
};
