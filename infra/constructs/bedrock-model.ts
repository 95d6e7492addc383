import type { Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { acknowledge, REASONS } from './acknowledge';

/** The default model: current Anthropic models are invoked through a cross-region inference profile only. */
export const BEDROCK_DEFAULT_MODEL = 'anthropic.claude-haiku-4-5-20251001-v1:0';

/**
 * The cross-region inference profile of `model` for the stack's region: `us.` (US and Canada), `eu.` (Europe),
 * `apac.` (Asia Pacific). An unresolved region (an environment-agnostic synth) gets `us.`.
 */
export const defaultBedrockModelId = (region: string, model = BEDROCK_DEFAULT_MODEL): string => {
  const geo = /^eu-/.test(region) ? 'eu' : /^ap-/.test(region) ? 'apac' : 'us';
  return `${geo}.${model}`;
};

/** ARNs a Bedrock InvokeModel call is authorised on: a foundation model, or a cross-region inference profile. */
export const bedrockModelArns = (stack: Stack, modelId: string): string[] => {
  const profile = /^(us|eu|apac|us-gov|global)\.(.+)$/.exec(modelId);
  if (!profile) return [`arn:${stack.partition}:bedrock:${stack.region}::foundation-model/${modelId}`];
  return [
    `arn:${stack.partition}:bedrock:${stack.region}:${stack.account}:inference-profile/${modelId}`,
    // A cross-region profile routes to the base model in whichever region serves the request.
    `arn:${stack.partition}:bedrock:*::foundation-model/${profile[2]}`,
  ];
};

/**
 * InvokeModel on `modelArns` (bedrockModelArns). A cross-region inference profile needs its base model in every region
 * of its geography: cdk-nag's finding for that wildcard is acknowledged on the grantee.
 */
export const grantInvokeModel = (grantee: iam.IGrantable, modelArns: readonly string[]): void => {
  grantee.grantPrincipal.addToPrincipalPolicy(
    new iam.PolicyStatement({
      sid: 'InvokeConfiguredModel',
      actions: ['bedrock:InvokeModel', 'bedrock:InvokeModelWithResponseStream'],
      resources: [...modelArns],
    }),
  );
  const routedModel = modelArns.find((arn) => arn.includes(':bedrock:*::'));
  if (routedModel && Construct.isConstruct(grantee.grantPrincipal)) {
    const finding = routedModel.replace(/^arn:[^:]+:/, 'arn:<AWS::Partition>:');
    acknowledge(grantee.grantPrincipal, `AwsSolutions-IAM5[Resource::${finding}]`, REASONS.inferenceProfile);
  }
};
