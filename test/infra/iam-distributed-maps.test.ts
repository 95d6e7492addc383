import { beforeAll, describe, expect, it } from 'vitest';
import { functionRoleId, resourcesFor, roleStatements, type Synthesized, synth } from './support/synth';

let s: Synthesized;
beforeAll(() => {
  s = synth({});
});

/** What a forEach with itemsFrom (a Step Functions Distributed Map) may touch, and nothing more. */
describe('IAM of forEach over an item file', () => {
  it('GIVEN the workflow state machine role WHEN it reads items, writes results and runs children THEN only the export and result prefixes of the files bucket, and only this stage’s state machines and executions', () => {
    const stmts = roleStatements(s.resources, 'WorkflowRuntimeStateMachineRoleBE1600FF');
    expect(resourcesFor(stmts, 's3:GetObject').sort()).toEqual([
      expect.stringMatching(/^<StorageFiles\w+\.Arn>\/exports\/\*$/),
      expect.stringMatching(/^<StorageFiles\w+\.Arn>\/map-results\/\*$/),
    ]);
    expect(resourcesFor(stmts, 'states:StartExecution')).toEqual([
      expect.stringMatching(/:stateMachine:dynaris-dev_\*$/),
    ]);
    expect(resourcesFor(stmts, 'states:RedriveExecution')).toEqual([
      expect.stringMatching(/:execution:dynaris-dev_\*:\*$/),
    ]);
  });

  it('GIVEN the API WHEN it reads a run’s item progress THEN ListMapRuns on this stage’s executions and DescribeMapRun on their Map Runs only', () => {
    const api = roleStatements(s.resources, functionRoleId(s.resources, 'dynaris-dev-api'));
    const prefix = 'arn:<AWS::Partition>:states:eu-central-1:123456789012';
    expect(resourcesFor(api, 'states:ListMapRuns')).toContain(`${prefix}:execution:dynaris-dev_*:*`);
    expect(resourcesFor(api, 'states:DescribeMapRun')).toEqual([`${prefix}:mapRun:dynaris-dev_*/*:*`]);
  });

  it('GIVEN the dry-run function WHEN it runs a forEach over an item file THEN it may read the export prefix only, and write nothing to the bucket', () => {
    const dryRun = roleStatements(s.resources, functionRoleId(s.resources, 'dynaris-dev-api-dry-run'));
    expect(resourcesFor(dryRun, 's3:GetObject')).toEqual([
      expect.stringMatching(/^<StorageFiles\w+\.Arn>\/exports\/\*$/),
    ]);
    expect(resourcesFor(dryRun, 's3:PutObject')).toEqual([]);
  });
});
