import * as Stock from '@aws-sdk/client-sfn';
import type { LeanCommand } from '../../functions/adapters/aws-lean/client';
import * as Lean from '../../functions/adapters/aws-lean/sfn';
import { type Answer, wireSubject } from './aws-lean-wire';

/** A lean command class as the harness takes it (its output type, with required members, is only read back). */
export const command = <I extends object>(C: new (input: I) => unknown) =>
  C as new (
    input: I,
  ) => LeanCommand<I, object>;

/** A state-machine call of the stock and the lean Step Functions clients as one wire subject. */
const sfnSubject = <I extends object>(
  StockCommand: new (input: I) => unknown,
  LeanCommand: new (input: I) => unknown,
) => wireSubject<I>(Stock.SFNClient, StockCommand, Lean.SFNClient, command(LeanCommand));

/**
 * The seven state-machine calls of the provisioner, stock and lean, as wire subjects (test/support/aws-lean-wire.ts),
 * with the inputs and answers of test/unit/aws-lean-sfn.test.ts and aws-lean-sfn-errors.test.ts.
 */
export const DESCRIBE = sfnSubject<Stock.DescribeStateMachineCommandInput>(
  Stock.DescribeStateMachineCommand,
  Lean.DescribeStateMachineCommand,
);
export const LIST_TAGS = sfnSubject<Stock.ListTagsForResourceCommandInput>(
  Stock.ListTagsForResourceCommand,
  Lean.ListTagsForResourceCommand,
);
export const CREATE = sfnSubject<Stock.CreateStateMachineCommandInput>(
  Stock.CreateStateMachineCommand,
  Lean.CreateStateMachineCommand,
);
export const UPDATE = sfnSubject<Stock.UpdateStateMachineCommandInput>(
  Stock.UpdateStateMachineCommand,
  Lean.UpdateStateMachineCommand,
);
export const TAG = sfnSubject<Stock.TagResourceCommandInput>(
  Stock.TagResourceCommand,
  Lean.TagResourceCommand,
);
export const LIST_EXECUTIONS = sfnSubject<Stock.ListExecutionsCommandInput>(
  Stock.ListExecutionsCommand,
  Lean.ListExecutionsCommand,
);
export const DELETE = sfnSubject<Stock.DeleteStateMachineCommandInput>(
  Stock.DeleteStateMachineCommand,
  Lean.DeleteStateMachineCommand,
);

export const ARN = 'arn:aws:states:eu-west-1:111122223333:stateMachine:dynaris-dev-t-1-wf-1-a';
export const ROLE = 'arn:aws:iam::111122223333:role/dynaris-dev-state-machines';
export const LOG_GROUP = 'arn:aws:logs:eu-west-1:111122223333:log-group:/aws/vendedlogs/states/dynaris-dev:*';
export const DEFINITION = JSON.stringify({
  StartAt: 'A',
  States: { A: { Type: 'Pass', Comment: 'héllo “quoted” \u2028 \\ /', End: true } },
});
export const LOGGING = {
  level: 'ALL' as const,
  includeExecutionData: true,
  destinations: [{ cloudWatchLogsLogGroup: { logGroupArn: LOG_GROUP } }],
};
export const ok = (body: unknown): Answer => ({ status: 200, body: JSON.stringify(body) });
export const EMPTY: Answer = { status: 200, body: '{}' };
/** Every member of DescribeStateMachine's answer (the service model's), fractional timestamps included. */
export const DESCRIBED = {
  stateMachineArn: ARN,
  name: 'dynaris-dev-t-1-wf-1-a',
  status: 'ACTIVE',
  definition: DEFINITION,
  roleArn: ROLE,
  type: 'STANDARD',
  creationDate: 1733420130.123,
  loggingConfiguration: LOGGING,
  tracingConfiguration: { enabled: true },
  label: 'v1',
  revisionId: 'rev-1',
  description: 'described',
  encryptionConfiguration: {
    type: 'CUSTOMER_MANAGED_KMS_KEY',
    kmsKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/k',
    kmsDataKeyReusePeriodSeconds: 300,
  },
  variableReferences: { A: ['x', 'y'] },
  notInTheModel: 'dropped by both',
};
