import { traceClient } from '../../shared/observability';
import { AWS_RETRY } from '../../shared/retry';
import type { RuleCallsVia } from '../eventbridge-bus';
import { onFirstUse } from '../lazy-sdk';
import { EventBridgeClient } from './eventbridge';
import {
  DescribeRuleCommand,
  ListRuleNamesByTargetCommand,
  PutRuleCommand,
  PutTargetsCommand,
} from './eventbridge-rules';

/**
 * The dispatch rule check's calls through the lean EventBridge client (traced like every SDK client), for the
 * environment leanAwsEnvironment resolved. The provisioner's entry passes it, so only its bundle carries them.
 */
export const leanRuleCalls: RuleCallsVia = (environment) => {
  const client = onFirstUse(async () => traceClient(new EventBridgeClient({ ...environment, ...AWS_RETRY })));
  return {
    listRuleNamesByTarget: async (input) => (await client()).run(new ListRuleNamesByTargetCommand(input)),
    describeRule: async (input) => (await client()).run(new DescribeRuleCommand(input)),
    putRule: async (input) => (await client()).run(new PutRuleCommand(input)),
    putTargets: async (input) => (await client()).run(new PutTargetsCommand(input)),
  };
};
