import { Duration } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';
import { DRY_RUN_LIMITS } from '../../functions/api/dry-run-limits';
import { ENV } from '../../functions/shared/config';
import { grantItemFileReads } from './distributed-maps';
import { DynarisFunction } from './function';
import { type BucketRef, grantTableRead, type TableRef } from './grants';
import { type ServiceFunctionProps, serviceFunctionProps } from './service-function';

export interface DryRunFunctionProps extends ServiceFunctionProps {
  readonly table: TableRef;
  /** Where a forEach over an item file reads it (exports/<tenant>/…). */
  readonly filesBucket: BucketRef;
}

/**
 * api-dry-run: dry runs record every action instead of performing it. api-workflows serves POST /workflows/{id}/test
 * (the workflow, the tenant's time zone, the caller's key and Idempotency-Key records are read and written there) and
 * invokes this function with the valid definition: the leads a crm.exportLeads reads and item files are all it
 * touches, so it reads the table and writes nothing to it. No KMS: it decrypts nothing, and its entry carries no KMS
 * adapter. Its timeout is the longest a dry run may take (< api-workflows' wait < API Gateway's: dry-run-limits.ts).
 */
export class DryRunFunction extends DynarisFunction {
  constructor(scope: Construct, id: string, props: DryRunFunctionProps) {
    super(
      scope,
      id,
      serviceFunctionProps('api-dry-run', 'Dynaris dry runs of workflows (invoked by api-workflows)', props, {
        memorySize: 1024,
        timeout: Duration.seconds(DRY_RUN_LIMITS.functionSeconds),
      }),
    );
    grantTableRead(props.table, this);
    // A crm.exportLeads it performs writes only to the dry run's memory.
    grantItemFileReads(this, props.filesBucket);
  }

  /**
   * Lets `caller` run dry runs: invoke this function (its unqualified ARN: no version or alias wildcard) and find it
   * by DRY_RUN_FUNCTION. Only api-workflows is granted.
   */
  grantDryRuns(caller: DynarisFunction): void {
    caller.addToRolePolicy(
      new iam.PolicyStatement({
        sid: 'InvokeDryRuns',
        actions: ['lambda:InvokeFunction'],
        resources: [this.functionArn],
      }),
    );
    caller.addEnvironment(ENV.dryRunFunction, this.functionName);
  }
}
